"""Being present at a gathering, as attending it: "Orban was also present" (the article's
summit), "was present at the summit in Rome" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

OPENING = "JOHANNESBURG, Aug. 22 - Leaders of the BRICS group opened their summit in Johannesburg on Tuesday. "

CASES = [
    (OPENING + "Hungary's Viktor Orban was also present.",
     {("visit", "summit", "HUN", "ZAF", "asserted")}),
    ("Indian Prime Minister Narendra Modi was present at the summit in Rome.",
     {("visit", "summit", "IND", "ITA", "asserted")}),
    # Present somewhere that is no gathering: no trip told.
    ("A Chinese research vessel was present in the area on Monday.", set()),
    ("The Russian ambassador was present.", set()),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_present_at_gathering(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
