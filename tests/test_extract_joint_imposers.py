"""Exact events out of short sentences (own wording): sanctions imposed by several states named
side by side take the one other country the sentence names as their target, like a single
imposer's; "both sides" stays two sides said of each other."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("London and Ottawa have imposed sanctions on several aides close to Iranian President Hassan Rouhani.",
     {("sanction", "impose", "GBR", "IRN", "asserted"), ("sanction", "impose", "CAN", "IRN", "asserted")}),
    ("London, Ottawa and Canberra froze the assets of businessmen close to Belarusian leader Alexander Lukashenko.",
     {("sanction", "impose", "GBR", "BLR", "asserted"), ("sanction", "impose", "CAN", "BLR", "asserted"),
      ("sanction", "impose", "AUS", "BLR", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_imposers_named_together_share_the_target_left(text: str, expected: set[tuple]) -> None:
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected


def test_both_sides_take_no_target_by_elimination() -> None:
    events = extract("Serbia and Kosovo signed the commitments in Washington. Both sides also undertook to "
                     "designate the group as a terrorist organisation, a clause aimed at China's firms.")
    assert not any(e.event_type == "sanction" and e.target_country == "CHN" for e in events)
