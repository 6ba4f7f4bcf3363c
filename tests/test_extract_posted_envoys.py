"""A state's envoy posted to a body speaks for the state: "Russia's U.N. Ambassador" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    # The body's name between the state and the title: the state's envoy, not the body's.
    ("Kenya's U.N. Ambassador Martin Kimani accused Ethiopia of arming the rebels.",
     {("statement", "accusation", "KEN", "ETH", "asserted")}),
    ("Brazil's UN ambassador criticised Venezuela on Tuesday.",
     {("statement", "criticism", "BRA", "VEN", "asserted")}),
    ("The Chilean UN envoy condemned Peru.", {("statement", "criticism", "CHL", "PER", "asserted")}),
    # No state before it: the body's own envoy, as before.
    ("The UN special envoy accused Israel of violating the truce.",
     {("statement", "accusation", "UNO", "ISR", "asserted")}),
    # "ambassador to the United Nations" named after the title was the state's already.
    ("Ghana's ambassador to the United Nations criticised Togo.",
     {("statement", "criticism", "GHA", "TGO", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_posted_envoys(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_envoy_keeps_the_state_as_actor_name() -> None:
    (event,) = extract("Brazil's UN ambassador criticised Venezuela on Tuesday.")
    assert "United Nations" not in event.actor
