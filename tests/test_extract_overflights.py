"""A missile told by its flight over a country aims the launch at that country (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _launches(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country) for e in extract(text)
            if e.event_type == "military"}


def test_a_named_launcher_flying_over_a_country():
    assert _launches("An Iranian rocket flew over Iraq on Sunday.") == {("missile_test", "IRN", "IRQ")}


def test_coming_down_off_a_coast_named_by_its_demonym():
    assert _launches("North Korean missile lands off Japanese coast") == {("missile_test", "PRK", "JPN")}


def test_an_unnamed_projectile_aims_the_latest_launch():
    text = ("North Korea fired a ballistic missile on Tuesday. "
            "Officials said the projectile flew over the Japanese island of Sado before it fell into the sea.")
    assert _launches(text) == {("missile_test", "PRK", "JPN")}


@pytest.mark.parametrize("text", [
    "A Chinese rocket landed in the sea east of the Korean peninsula.",  # no "over"/"off": no aim
    "Tokyo said a North Korean missile flew over its territory.",  # no country named
])
def test_no_country_flown_over(text):
    assert all(e.target_country is None for e in extract(text) if e.event_type == "military")
