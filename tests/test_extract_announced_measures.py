"""Exact events out of short sentences (own wording): sanctions a speaker says are still to
come, with no imposer named, are the speaker's own; sanctions judged or already in place are
not, nor a measure on the speaker's own country."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Scholz said new sanctions against Belarus would follow next week.",
     {("sanction", "impose", "DEU", "BLR", "planned")}),  # a later day: planned
    ("Officials in Ottawa said further sanctions on Iran were being prepared.",
     {("sanction", "impose", "CAN", "IRN", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_sanctions_announced_ahead_are_the_speakers(text: str, expected: set[tuple]) -> None:
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected


def test_a_target_told_before_serves_an_announcement_that_names_none() -> None:
    events = extract("Japan imposed sanctions on North Korea on Monday. "
                     "Tokyo said additional sanctions could follow.")
    assert {(e.event_type, e.actor_country, e.target_country) for e in events if e.event_type == "sanction"} == {
        ("sanction", "JPN", "PRK")}


@pytest.mark.parametrize("text", [
    "Scholz said sanctions against Belarus had hurt its economy.",  # a judgement of measures in place
    "Lukashenko said sanctions against Belarus would fail.",        # measures on the speaker's own country
    "Scholz said Western sanctions against Belarus would stay.",     # the imposer is named
])
def test_other_sayings_about_sanctions_are_not_the_speakers_measure(text: str) -> None:
    assert not any(e.event_type == "sanction" and e.actor_country == "DEU" for e in extract(text))
    assert not any(e.event_type == "sanction" and e.actor_country == "BLR" for e in extract(text))
