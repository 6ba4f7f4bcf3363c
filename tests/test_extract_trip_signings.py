"""Deals signed on a trip or at talks the sentence tells, with no sides of their own (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples, triples_with_pattern_untried

VISIT = ("visit", "unspecified", "TUR", "AZE", "asserted")
SIGNED = ("agreement", "sign", "TUR", "AZE", "asserted")

CASES = [
    # A passive signing during a visit: between the visitor and the host.
    ("The arms contract was signed during Erdogan's visit to Baku in May.", {VISIT, SIGNED}),
    ("The arms contract was signed when Erdogan visited Baku in May.", {VISIT, SIGNED}),
    # Firms of the visitor's country signing during the visit.
    ("Turkish companies signed deals worth billions during Erdogan's visit to Baku.", {VISIT, SIGNED}),
    # The signing told after the trip: "where", "when", "after which".
    ("Erdogan visited Baku in May, when the two sides signed an arms contract.", {VISIT, SIGNED}),
    ("Erdogan visited Baku in March, where the two sides inked a gas deal.", {VISIT, SIGNED}),
    # Talks "as" the two governments signed: between the sides of the talks.
    ("Erdogan held talks with President Ilham Aliyev on Monday as the two governments signed a package of trade deals.",
     {("meeting", "talks", "TUR", "AZE", "asserted"), SIGNED}),
    # A signing not tied to the trip: no deal of the trip.
    ("Erdogan visited Baku in May. He said the deal signed in 2010 had failed.",
     {VISIT, ("statement", "comment", "TUR", "AZE", "asserted")}),
    # A mediator signs nothing.
    (("Norway, which mediated between Colombia and Venezuela, scored its biggest success in 2016, when the two sides"
      " signed a border accord."), None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_trip_signings(text: str, expected: set[tuple] | None) -> None:
    found = triples(extract(text))
    if expected is None:
        assert not any(t[0] == "agreement" for t in found)
    else:
        assert found == expected


def test_signing_dated_and_placed_as_the_visit() -> None:
    signed = [e for e in extract("The arms contract was signed when Erdogan visited Baku in May.")
              if e.event_type == "agreement"]
    assert [(e.date_start, e.place_country) for e in signed] == [(date(2024, 5, 1), "AZE")]


def test_no_pattern_search_without_a_trip() -> None:
    # the case-free "signed" pattern tries every position: sentences with no visit or talks skip it
    text = "Kenya recalled its ambassador from Ghana after the vote was signed."
    assert triples_with_pattern_untried("dashboard.extract.trip_signings", "_SIGNED", text) == {
        ("relations", "recall", "KEN", "GHA", "asserted")}
