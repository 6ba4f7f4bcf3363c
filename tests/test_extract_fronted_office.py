"""An office told by "its" or by its kind after a fronted time or source ("On Tuesday its
foreign ministry said", "In a statement, the ministry said") speaks for the country the
sentence before opened with, as it does when the sentence opens with it."""

from __future__ import annotations

from tests.conftest import extract, triples

BEFORE = "Putin landed in Ulaanbaatar on Monday despite the court's warrant. Ukraine protested sharply. "


def test_its_ministry_after_a_fronted_day() -> None:
    events = extract(BEFORE + "On Tuesday its foreign ministry said Mongolia's decision was a heavy blow to the court.")
    assert ("statement", "criticism", "UKR", "MNG", "asserted") in triples(events)


def test_the_ministry_after_a_fronted_source() -> None:
    events = extract(BEFORE + "In a statement, the foreign ministry said Mongolia's decision was a heavy blow to the court.")
    assert ("statement", "criticism", "UKR", "MNG", "asserted") in triples(events)

