"""Another meeting of the article's latest pair told with "the" and an ordinal, or "their", and
a passive "held" or "took place" giving its own place and date, from short sentences written for
these tests: "The first meeting was held in Lima in October 2019" after a meeting of Chile and Peru
is their meeting in Peru, and Chile's trip there."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

_GENEVA = "The foreign ministers of Chile and Peru met in Geneva on Monday. "
_IN_GENEVA = {("meeting", "talks", "CHL", "PER", "CHE", date(2024, 6, 17)),
              ("visit", "unspecified", "CHL", "CHE", "CHE", date(2024, 6, 17)),
              ("visit", "unspecified", "PER", "CHE", "CHE", date(2024, 6, 17))}


@pytest.mark.parametrize("text, expected", [
    ("The first meeting was held in Lima in October 2019.",
     {("meeting", "talks", "CHL", "PER", "PER", date(2019, 10, 1)),
      ("visit", "unspecified", "CHL", "PER", "PER", date(2019, 10, 1))}),
    ("The previous round of talks took place in Quito in March 2023.",
     {("meeting", "talks", "CHL", "PER", "ECU", date(2023, 3, 1)),
      ("visit", "unspecified", "CHL", "ECU", "ECU", date(2023, 3, 1)),
      ("visit", "unspecified", "PER", "ECU", "ECU", date(2023, 3, 1))}),
    ("Their previous meeting was held in Madrid in May 2022.",
     {("meeting", "talks", "CHL", "PER", "ESP", date(2022, 5, 1)),
      ("visit", "unspecified", "CHL", "ESP", "ESP", date(2022, 5, 1)),
      ("visit", "unspecified", "PER", "ESP", "ESP", date(2022, 5, 1))}),
])
def test_an_earlier_meeting_of_the_pair_is_held_where_told(text, expected):
    assert rows(extract(_GENEVA + text)) == _IN_GENEVA | expected


@pytest.mark.parametrize("text", [
    "The first meeting of the commission was held in Lima in October 2019.",  # another body's meeting
    "The last meeting was a success.",  # a reference back, no occasion told
])
def test_no_other_meeting_of_the_pair(text):
    assert rows(extract(_GENEVA + text)) == _IN_GENEVA
