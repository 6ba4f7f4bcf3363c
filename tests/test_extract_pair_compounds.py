"""Two sides joined by a hyphen before a meeting or deal noun (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    # Two sides joined by a hyphen before a meeting or a deal are its sides, modifiers between.
    ("The Kenya-Uganda talks resumed in Nairobi on Monday.", {("meeting", "talks", "KEN", "UGA", "asserted")}),
    ("Albanese welcomed Kishida to Perth for the Australia-Japan Annual Leaders' Meeting.",
     {("meeting", "talks", "AUS", "JPN", "asserted")}),
    ("Washington and New Delhi signed the U.S.-India nuclear deal in 2008.",
     {("agreement", "sign", "USA", "IND", "asserted")}),
    # A pair before another noun is no event.
    ("Trucks queued at the Kenya-Uganda border on Monday.", set()),
])
def test_a_hyphened_pair_before_a_meeting_or_deal_names_its_sides(sentence, expected):
    assert triples(extract(sentence)) == expected
