"""An envoy who leaves the post is recalled by the envoy's state (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    # The envoy is the subject of "left <capital>": recalled from where they served.
    ("Spain's ambassador left Caracas on Friday.",
     {("relations", "recall", "ESP", "VEN", "asserted")}),
    # "returned home" with the post named in the envoy's phrase, or after "from".
    ("The Chilean ambassador in Lima is to return home.",
     {("relations", "recall", "CHL", "PER", "planned")}),
    ("Norway's ambassador returned home from Tehran on Monday.",
     {("relations", "recall", "NOR", "IRN", "asserted")}),
    # A traveller who leaves a city is still a visitor; an envoy leaving a meeting is no recall.
    ("Macron left Dakar after two days of talks.",
     {("visit", "unspecified", "FRA", "SEN", "asserted")}),
    ("The Polish ambassador left the meeting early.", set()),
    # "come home", and envoys told to: their own state sends for them from where they serve.
    ("Norway's ambassador came home from Tehran on Monday.",
     {("relations", "recall", "NOR", "IRN", "asserted")}),
    ("Chilean diplomats in Lima were told to come home on Friday.",
     {("relations", "recall", "CHL", "PER", "asserted")}),
    # The base form after "will"/"would", with the staff named in two words.
    ("Spain's diplomatic staff will leave Venezuela.",
     {("relations", "recall", "ESP", "VEN", "planned")}),
    ("The Polish ambassador will leave the talks early.", set()),
    # After "to" the departure is ordered by the host: an expulsion, no recall beside it.
    ("Cairo asked the Turkish ambassador to leave.",
     {("relations", "expel", "EGY", "TUR", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_envoy_departures(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
