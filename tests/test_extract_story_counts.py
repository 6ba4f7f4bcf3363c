"""Intervals a sentence counts with no day before them ("a day after ...") count from the day
the story tells, not from publication."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

_WEDNESDAY = date(2024, 6, 19)


def _dates(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_basis) for e in events}


@pytest.mark.parametrize(("second", "expected"), [
    # the story tells Tuesday: "a day after" is Monday
    ("The expulsion came a day after the Peruvian president made an unannounced trip to Bolivia.",
     ("visit", "PER", "BOL", "2024-06-17", "relative")),
    # a day named before the interval is what it counts from
    ("The Peruvian president had met Bolivian officials on Sunday, a day after he made an unannounced trip to Bolivia.",
     ("visit", "PER", "BOL", "2024-06-15", "relative")),
])
def test_a_day_after_counts_from_the_story_day(second, expected):
    text = "Chile expelled two Peruvian diplomats on Tuesday, accusing them of spying.\n\n" + second
    assert expected in _dates(extract(text, _WEDNESDAY))


def test_with_no_story_day_it_counts_from_publication():
    text = ("Chile expelled two Peruvian diplomats, accusing them of spying.\n\n"
            "The expulsion came a day after the Peruvian president made an unannounced trip to Bolivia.")
    assert ("visit", "PER", "BOL", "2024-06-18", "relative") in _dates(extract(text, _WEDNESDAY))
