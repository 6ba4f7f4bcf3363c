"""A portfolio or "opposition" between a country's adjective and a title belongs to the title:
"the Ethiopian trade ministry", "Argentine opposition lawmakers" are that country's, and so are its "politicians"."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_portfolio_ministry() -> None:
    events = extract("The Kenyan trade ministry urged Washington to lift the tariffs.")
    assert ("statement", "appeal", "KEN", "USA", "asserted") in triples(events)


def test_an_energy_ministry() -> None:
    events = extract("The Brazilian energy ministry criticised Paraguay over the dam tariff.")
    assert ("statement", "criticism", "BRA", "PRY", "asserted") in triples(events)


def test_opposition_lawmakers() -> None:
    events = extract("Chilean opposition lawmakers urged Venezuela to free the prisoners.")
    assert ("statement", "appeal", "CHL", "VEN", "asserted") in triples(events)


def test_opposition_politicians() -> None:
    events = extract("Peruvian opposition politicians urged Bolivia to hand over the fugitive.")
    assert ("statement", "appeal", "PER", "BOL", "asserted") in triples(events)
