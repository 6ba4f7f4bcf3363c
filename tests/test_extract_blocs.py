"""Joining and leaving blocs, treaties and initiatives: coded as agreements (modes join and
withdraw), with the bloc or the initiative's sponsor as target."""

from __future__ import annotations

from tests.conftest import extract


def _agreements(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.modality)
            for e in extract(text) if e.event_type == "agreement"}


def test_joining_a_sponsors_initiative_is_joining_with_the_sponsor():
    assert _agreements("Laos joined China's Global Development Initiative in 2022.") == {
        ("join", "LAO", "CHN", "asserted")}


def test_stopping_short_of_joining_an_initiative_is_a_negated_join():
    assert _agreements("Peru again stopped short of joining China's infrastructure initiative.") == {
        ("join", "PER", "CHN", "negated")}


def test_joining_a_partnership_with_a_country_is_planned_join():
    assert _agreements("Indonesia will join the security partnership with Australia next year.") == {
        ("join", "IDN", "AUS", "planned")}


def test_joined_by_a_country_is_company_not_accession():
    text = "The leaders of the African Union, joined by Japan, signed a declaration on Tuesday."
    assert not any(mode == "join" for mode, *_ in _agreements(text))
