"""Country names that are also other things: the bare name stands for the state, the longer
name for what it names."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_bare_guinea_is_the_republic_of_guinea():
    events = extract("Guinea expelled the French ambassador on Monday.")
    assert triples(events) == {("relations", "expel", "GIN", "FRA", "asserted")}


def test_the_gulf_of_guinea_is_a_sea_not_the_country():
    events = extract("Nigeria and Ghana held naval drills in the Gulf of Guinea on Monday.")
    assert all("GIN" not in (event.actor_country, event.target_country, event.place_country) for event in events)


def test_a_longer_name_holding_guinea_is_its_own_country():
    events = extract("Equatorial Guinea recalled its ambassador from Spain on Monday.")
    assert {(event.actor_country, event.target_country) for event in events} == {("GNQ", "ESP")}
