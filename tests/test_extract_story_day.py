"""The day a wire story tells: undated lines of a report take the day its lede gives."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dates(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, str(e.date_start), e.date_basis) for e in events}


def test_undated_lines_of_a_wire_story_take_the_day_its_lede_tells():
    text = ("OSLO, June 18 — Norway's foreign minister met his Swedish counterpart in Oslo on Monday.\n\n"
            "The Swedish minister praised Norway's mediation in Colombia.")
    assert ("statement", "SWE", "2024-06-17", "relative") in _dates(extract(text, date(2024, 6, 18)))


def test_a_lede_that_reaches_the_publication_day_keeps_undated_lines_on_it():
    text = ("WARSAW, June 18 — Poland expelled a Russian diplomat on Monday and summoned the Russian "
            "ambassador on Tuesday.\n\nThe Polish foreign minister praised Lithuania's support.")
    assert ("statement", "POL", "2024-06-18", "published") in _dates(extract(text, date(2024, 6, 18)))


def test_a_lede_day_weeks_before_publication_is_not_the_story_day():
    text = ("ROME, June 18 — Italy and Albania signed a migration pact on June 10.\n\n"
            "The Italian prime minister praised Albania's cooperation.")
    assert ("statement", "ITA", "2024-06-18", "published") in _dates(extract(text, date(2024, 6, 18)))


def test_a_lede_that_tells_its_day_without_an_event_still_dates_the_story():
    # "sat around one table" is no event, but "on Friday" is the day the report carries
    text = ("For years the group was more idea than institution. On Friday, its leaders sat around one "
            "table for the first time.\n\nThe Indian prime minister praised Japan's support.")
    assert ("statement", "IND", "2021-09-24", "relative") in _dates(extract(text, date(2021, 9, 25)))


def test_a_lede_that_names_the_publication_day_keeps_undated_lines_on_it():
    text = ("Talks opened on Thursday and ended on Saturday with a short communique.\n\n"
            "The Indian prime minister praised Japan's support.")
    assert ("statement", "IND", "2021-09-25", "published") in _dates(extract(text, date(2021, 9, 25)))
