"""Yemen's Houthi movement acts for Yemen, as the Taliban act for Afghanistan: the gold sets code
its statements and the measures aimed at it with YEM."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_the_houthis_as_speaker() -> None:
    events = extract("The Houthis criticised the United States for the air strikes on Sanaa.")
    assert ("statement", "criticism", "YEM", "USA", "asserted") in triples(events)


def test_a_houthi_spokesman() -> None:
    events = extract("A Houthi spokesman criticised Britain for joining the strikes.")
    assert ("statement", "criticism", "YEM", "GBR", "asserted") in triples(events)


def test_the_houthis_as_target() -> None:
    events = extract("Washington designated the Houthis a terrorist organisation on Wednesday.")
    assert ("sanction", "impose", "USA", "YEM", "asserted") in triples(events)


def test_ansar_allah() -> None:
    events = extract("Ansar Allah accused Saudi Arabia of violating the truce.")
    assert ("statement", "accusation", "YEM", "SAU", "asserted") in triples(events)
