"""Where a story opens and what keeps it on the day of the report: a site's furniture above the
story is not its opening, and a day the report looks ahead to is not its news."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.story_day import opening_span
from tests.conftest import extract


def _rows(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_basis, e.modality)
            for e in events}


_TUESDAY = date(2024, 5, 14)
_TALKS = ("Italy's prime minister arrived in Madrid on Monday for two days of talks on migration with her "
          "Spanish counterpart.\n\nThe Spanish prime minister praised Italy's coastguard.")


@pytest.mark.parametrize("furniture", [
    "clock menu search\n\nFiled under:\n\nItaly and Spain discuss migration\n\n",  # menus, a label, a headline
    "Cookie settings\n12.5 C\n\nTalks in Madrid\n\n",  # a site's banner and weather widget
])
def test_furniture_above_the_story_is_not_its_opening(furniture):
    assert _rows(extract(furniture + _TALKS, _TUESDAY)) == {
        ("visit", "ITA", "ESP", "2024-05-13", "relative", "asserted"),
        ("meeting", "ITA", "ESP", "2024-05-13", "relative", "asserted"),
        ("statement", "ESP", "ITA", "2024-05-13", "relative", "asserted"),
    }


def test_furniture_takes_its_place_among_the_two_opening_paragraphs():
    text = ("PRESS OFFICE\nMinistry of Foreign Affairs\n\nItaly's prime minister arrived in Madrid for two "
            "days of talks on migration with her Spanish counterpart.\n\nThe two sides signed a memorandum "
            "on Monday.\n\nThe Spanish prime minister praised Italy's coastguard.")
    assert _rows(extract(text, _TUESDAY)) == {
        ("visit", "ITA", "ESP", "2024-05-14", "published", "asserted"),
        ("meeting", "ITA", "ESP", "2024-05-14", "published", "asserted"),
        ("agreement", "ITA", "ESP", "2024-05-13", "relative", "asserted"),
        ("statement", "ESP", "ITA", "2024-05-14", "published", "asserted"),
    }


@pytest.mark.parametrize(("text", "expected"), [
    ("Filed under:\n\nHeadline here\n\nThe minister arrived in the capital on Monday for two days of talks.\n\n"
     "Second paragraph.\n\nThird paragraph.", "The minister arrived"),
    # a line that dates the page opens the story, as before
    ("Press release\nRome, 14 May 2024\n\nThe minister arrived in the capital for two days of talks.",
     "Press release"),
])
def test_opening_starts_at_prose_or_a_dated_block(text, expected):
    start, _ = opening_span(text)
    assert text[start:].startswith(expected)


def test_a_trip_planned_for_the_report_day_keeps_the_story_on_its_day():
    text = ("The Kenyan president arrived in Addis Ababa on Friday for talks with Ethiopia's prime minister. "
            "He will travel on to Djibouti on Saturday.\n\nThe Ethiopian prime minister praised Kenya's "
            "mediation in Sudan.")
    assert _rows(extract(text, date(2024, 5, 18))) == {
        ("visit", "KEN", "ETH", "2024-05-17", "relative", "asserted"),
        ("meeting", "KEN", "ETH", "2024-05-17", "relative", "asserted"),
        ("visit", "KEN", "DJI", "2024-05-18", "relative", "planned"),
        ("statement", "ETH", "KEN", "2024-05-17", "relative", "asserted"),
    }


_PERU = ("Peru has cut diplomatic ties with Bolivia over a shooting at the border.\n\nThe two neighbours "
         "have long argued over water rights in the highlands.\n\nA regional meeting {} on Tuesday to "
         "discuss the crisis.\n\nLima, which had already recalled its ambassador, announced on Monday it "
         "would sever all ties.")


@pytest.mark.parametrize(("held", "lede"), [
    ("will be held", ("relations", "PER", "BOL", "2024-05-13", "relative", "asserted")),  # looks ahead
    ("was held", ("relations", "PER", "BOL", "2024-05-14", "published", "asserted")),  # news of the day
])
def test_a_day_the_report_looks_ahead_to_is_not_its_news(held, lede):
    assert _rows(extract(_PERU.format(held), _TUESDAY)) == {
        lede,
        ("relations", "PER", "BOL", "2024-05-13", "relative", "asserted"),
        ("relations", "PER", "BOL", "2024-05-13", "relative", "planned"),
    }
