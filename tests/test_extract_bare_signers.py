"""A bare "Ministers" or "Officials" opening a sentence of signing after talks (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_TALKS = "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Tuesday. "


def _deals(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country)
            for e in extract(text) if e.event_type == "agreement"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # Bare ministers or officials who signed sign for the sides at the table.
    ("Ministers then signed documents on farming and tourism.", {("agreement", "sign", "KEN", "GHA")}),
    ("Officials signed a memorandum on cocoa trade.", {("agreement", "sign", "KEN", "GHA")}),
    ("Officials also exchanged agreements on visas and health.", {("agreement", "sign", "KEN", "GHA")}),
    # Officials who only said something sign nothing.
    ("Officials said the deal was not ready.", set()),
])
def test_bare_ministers_or_officials_sign_for_the_sides_at_the_table(sentence, expected):
    assert _deals(_TALKS + sentence) == expected
