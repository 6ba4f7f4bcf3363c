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


def test_leaving_a_bloc_named_after_its_description_is_a_withdrawal():
    assert _agreements("Chad and Sudan quit the regional bloc ECOWAS on Monday.") == {
        ("withdraw", "TCD", "ECW", "asserted"), ("withdraw", "SDN", "ECW", "asserted")}


def test_joining_an_alliance_named_after_its_description_is_a_join():
    assert _agreements("Sweden joined the military alliance NATO in March.") == {("join", "SWE", "NTO", "asserted")}


def test_leaving_the_group_is_a_withdrawal_from_it():
    assert _agreements("Venezuela said it would leave the Organization of American States.") == {
        ("withdraw", "VEN", "OAS", "planned")}


def test_leaving_a_described_body_names_no_group_when_a_summit_follows():
    assert _agreements("The minister left the regional bloc's summit in Abuja early.") == set()
