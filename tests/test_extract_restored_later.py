"""Relations ended and restored in one sentence ("... and restored them") (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples, triples_with_pattern_untried

CASES = [
    # "restored them" after a break: a restoration between the same sides.
    ("Ghana cut diplomatic ties with Libya in 1980 and restored them in 1987.",
     {("relations", "break", "GHA", "LBY", "asserted"), ("relations", "restore", "GHA", "LBY", "asserted")}),
    # "returning them" after envoys recalled: each recalling side restores.
    ("Sweden and Norway recalled their ambassadors from Minsk, before returning them a year later.",
     {("relations", "recall", "SWE", "BLR", "asserted"), ("relations", "recall", "NOR", "BLR", "asserted"),
      ("relations", "restore", "SWE", "BLR", "asserted"), ("relations", "restore", "NOR", "BLR", "asserted")}),
    # No pronoun restored, no restoration.
    ("Ghana cut diplomatic ties with Libya in 1980.", {("relations", "break", "GHA", "LBY", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_restored_later(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_restoration_dated_by_the_year_after_the_verb() -> None:
    restored = [e for e in extract("Ghana cut diplomatic ties with Libya in 1980 and restored them in 1987.")
                if e.event_mode == "restore"]
    assert [(e.date_start, e.place_country) for e in restored] == [(date(1987, 1, 1), None)]


def test_no_pattern_search_without_an_ended_relation() -> None:
    # the case-free pattern tries every position: sentences with no break or recall skip it
    text = "Kenya and Ghana signed a trade pact, and they restored them in 1990."
    assert triples_with_pattern_untried("dashboard.extract.restored_later", "_RESTORED_THEM", text) == {
        ("agreement", "sign", "KEN", "GHA", "asserted")}
