"""Officials sent to the gathering an article tells of: "Mexico sent its foreign minister",
"Uganda and Kenya sent envoys", "Venezuela was represented by its foreign minister" (own
wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

OPENING = "JOHANNESBURG, Aug. 22 - Leaders of the BRICS group opened their summit in Johannesburg on Tuesday. "

CASES = [
    (OPENING + "Mexico sent its foreign minister, Marcelo Ebrard, in his place.",
     {("visit", "summit", "MEX", "ZAF", "asserted")}),
    (OPENING + "Uganda and Kenya sent envoys.",
     {("visit", "summit", "UGA", "ZAF", "asserted"), ("visit", "summit", "KEN", "ZAF", "asserted")}),
    (OPENING + "Venezuela was represented by its foreign minister.",
     {("visit", "summit", "VEN", "ZAF", "asserted")}),
    # Not the sender's trip: others' leaders sent, a letter sent to someone, an envoy sent back.
    (OPENING + "ECOWAS sent the presidents of Ghana and Togo.", set()),
    (OPENING + "Putin sent Ramaphosa a letter.", set()),
    (OPENING + "Kenya sent its ambassador back.", set()),
    # Troops sent stay a deployment.
    ("Russia sent troops to Belarus.", {("military", "deployment", "RUS", "BLR", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_sent_to_gathering(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
