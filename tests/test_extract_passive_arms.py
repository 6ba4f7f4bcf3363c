"""Arms told in the passive: the recipient after "to", the supplier after "by" or, with none, the
article's latest supplier of arms to the same country."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Norway sent 12 howitzers to Estonia in May. More howitzers will be delivered to Estonia next year.",
     {("military", "arms_transfer", "NOR", "EST", "asserted"), ("military", "arms_transfer", "NOR", "EST", "planned")}),
    ("The rifles were delivered by Brazil to Angola.",
     {("military", "arms_transfer", "BRA", "AGO", "asserted")}),
    # No supplier named, none told before: no event.
    ("More howitzers will be delivered to Estonia next year.", set()),
    # The latest supplier sent arms elsewhere: it is not taken for another recipient's.
    ("Norway sent 12 howitzers to Estonia in May. Drones were delivered to Latvia in June.",
     {("military", "arms_transfer", "NOR", "EST", "asserted")}),
])
def test_arms_delivered_in_the_passive(text, expected):
    assert triples([e for e in extract(text) if e.event_type == "military"]) == expected
