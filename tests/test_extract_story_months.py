"""A story told forward: a month earlier in the year than the one the story was in is of the next year."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

PUBLISHED = date(2024, 6, 19)


def _dates(events, kind):
    return {(e.actor_country, e.target_country, e.date_start, e.date_precision) for e in events if e.event_type == kind}


@pytest.mark.parametrize("first", [
    "Japan and India signed a trade pact in June 2023.",
    "Japan and India signed a trade pact on Nov. 4, 2023.",
    "Japan and India signed a trade pact in December 2023.",
])
def test_an_earlier_month_after_a_dated_one_is_of_the_next_year(first):
    events = extract(first + " The Indian prime minister visited Tokyo in February.", PUBLISHED)
    assert _dates(events, "visit") == {("IND", "JPN", date(2024, 2, 1), "month")}


def test_a_later_month_stays_in_the_year_told():
    events = extract("Japan and India signed a trade pact in March 2023. "
                     "The Indian prime minister visited Tokyo in September.", PUBLISHED)
    assert _dates(events, "visit") == {("IND", "JPN", date(2023, 9, 1), "month")}


def test_the_story_goes_on_in_the_year_it_moved_into():
    events = extract("Japan and India signed a trade pact in October 2022. "
                     "The Indian prime minister visited Tokyo in February. "
                     "The Japanese prime minister visited New Delhi in May.", PUBLISHED)
    assert _dates(events, "visit") == {("IND", "JPN", date(2023, 2, 1), "month"),
                                       ("JPN", "IND", date(2023, 5, 1), "month")}


@pytest.mark.parametrize("first, second", [
    # a year named alone gives no month to go on from
    ("Japan and India signed a trade pact in 2023.", "The Indian prime minister visited Tokyo in February."),
    # told back from the story's month
    ("Japan and India signed a trade pact in June 2023.", "The Indian prime minister had visited Tokyo in February."),
])
def test_no_move_without_a_month_or_when_told_back(first, second):
    events = extract(first + " " + second, PUBLISHED)
    assert _dates(events, "visit") == {("IND", "JPN", date(2023, 2, 1), "month")}


def test_the_next_year_is_not_after_the_report():
    events = extract("Japan and India signed a trade pact in June 2024. "
                     "The Indian prime minister visited Tokyo in February.", PUBLISHED)
    assert _dates(events, "visit") == {("IND", "JPN", date(2024, 2, 1), "month")}
