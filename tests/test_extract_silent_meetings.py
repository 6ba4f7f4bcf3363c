"""Meetings whose trigger and sides are in the sentence but were left silent (own wording)."""

from __future__ import annotations

from tests.conftest import extract, triples


def _meetings(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "meeting"}


def test_continued_talks_are_held_by_the_two_sides_of_the_subject():
    assert _meetings("Brazil and Argentina continued talks in Brasilia on Monday.") == {
        ("meeting", "talks", "BRA", "ARG", "asserted")}


def test_the_pair_will_continue_negotiations():
    text = ("Japan and Vietnam signed a port deal on Friday. "
            "The two countries will continue negotiations on a fuller accord.")
    assert ("meeting", "negotiation", "JPN", "VNM", "planned") in _meetings(text)


_PACT = "Ghana and Togo signed a border pact in Lome on Monday. "


def test_talks_of_one_side_of_the_latest_pair_are_with_the_other_side():
    assert ("meeting", "talks", "GHA", "TGO", "asserted") in _meetings(_PACT + "Ghana had walked away from talks in 2019.")


def test_a_meeting_verb_with_no_object_takes_the_other_side_of_the_pair():
    assert ("meeting", "talks", "GHA", "TGO", "asserted") in _meetings(
        _PACT + "The Ghanaian president met again in 2019.")


def test_no_pair_partner_when_a_third_country_is_named_or_others_are_met():
    assert ("meeting", "talks", "GHA", "TGO", "asserted") not in _meetings(
        _PACT + "Ghana had walked away from talks with Benin in 2019.")
    assert _meetings(_PACT + "The Ghanaian president met business leaders in 2019.") == set()
    # A summit Ghana hosted is its own meeting, aimed at no single side (own_gatherings.py), not one with Togo.
    assert _meetings(_PACT + "Ghana hosted a regional summit in 2019.") == {("meeting", "talks", "GHA", None, "asserted")}


_VISA = "Kenya and Ghana signed a visa pact in Accra on Monday. "


def test_one_of_no_known_country_meeting_one_side_of_the_pair_is_the_other_side():
    assert ("meeting", "talks", "KEN", "GHA", "asserted") in _meetings(
        _VISA + "The caretaker premier had met President Akufo-Addo in Accra on Sunday.")


def test_no_unnamed_side_when_a_third_country_is_named():
    assert _meetings(_VISA + "Earlier the Prime Minister called on President Nana Akufo-Addo in Washington.") == set()
