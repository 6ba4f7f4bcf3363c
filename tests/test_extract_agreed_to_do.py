"""One side that "agreed to" do something after talks agreed with the other side (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract

_TALKS = "Kenyan President William Ruto met Ghanaian President John Mahama in Accra on Tuesday. "


def _deals(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country)
            for e in extract(text) if e.event_type == "agreement"}


@pytest.mark.parametrize(("sentence", "expected"), [
    # A side of the talks that agreed to do something agreed with the other side.
    ("Nairobi also agreed to turn part of its loans into grants, the Kenyan foreign ministry said.",
     {("agreement", "agree", "KEN", "GHA")}),
    ("Mahama said Accra had agreed to drop the new port fees.", {("agreement", "agree", "GHA", "KEN")}),
    # Not when it did not agree, nor when a third country is named, who may be the partner.
    ("Nairobi had not agreed to write off the loans, officials said.", set()),
    ("Nairobi also agreed to buy grain from Ukraine.", set()),
])
def test_one_side_that_agreed_to_do_something_agreed_with_the_other(sentence, expected):
    assert _deals(_TALKS + sentence) == expected
