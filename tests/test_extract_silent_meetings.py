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
