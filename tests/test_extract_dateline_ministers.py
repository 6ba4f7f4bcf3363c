"""A foreign or defence minister named by a bare title and a name the office-holder table does
not know, in a report filed from a capital, is that country's minister ("QUITO - ... Foreign
Minister Ana Ruiz said"); with no dateline, or for other ministers, the country stays unknown."""

from __future__ import annotations

from tests.conftest import extract, triples

FILED = "QUITO, May 3 — Ecuador recalled its ambassador from Mexico on Friday.\n\n"
UNFILED = "Ecuador recalled its ambassador from Mexico on Friday.\n\n"
CRITICISM = " criticised Mexico for sheltering the fugitive."


def test_foreign_minister_of_the_dateline_country() -> None:
    events = extract(FILED + "Foreign Minister Ana Lucia Ruiz" + CRITICISM)
    assert ("statement", "criticism", "ECU", "MEX", "asserted") in triples(events)


def test_defence_minister_of_the_dateline_country() -> None:
    events = extract(FILED + "Defence Minister Pedro Ramos Vela" + CRITICISM)
    assert ("statement", "criticism", "ECU", "MEX", "asserted") in triples(events)


def test_no_dateline_no_country() -> None:
    events = extract(UNFILED + "Foreign Minister Ana Lucia Ruiz" + CRITICISM)
    assert not [event for event in events if event.event_type == "statement"]


def test_other_ministers_keep_no_country() -> None:
    events = extract(FILED + "Energy Minister Pedro Ramos Vela" + CRITICISM)
    assert not [event for event in events if event.event_type == "statement"]


def test_a_country_named_wins() -> None:
    events = extract(FILED + "Mexican Foreign Minister Ana Lucia Ruiz criticised Ecuador for the raid.")
    assert ("statement", "criticism", "MEX", "ECU", "asserted") in triples(events)
    assert not [event for event in events if event.actor_country == "ECU" and event.event_type == "statement"]
