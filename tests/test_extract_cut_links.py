"""Routes, services and shipments cut to a country are a sanction, also when the links are
named past a list of what travels them (own wording)."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_links_named_past_a_list_of_modes():
    text = "Moscow said it was halting all road, rail and air links with Latvia."
    assert triples(extract(text)) == {("sanction", "impose", "RUS", "LVA", "asserted")}


def test_links_with_the_neighbour_told_before():
    text = "Latvia arrested two Russian officers. Russia then cut air, road, rail and postal links with its neighbour."
    assert triples(extract(text)) == {("sanction", "impose", "RUS", "LVA", "asserted")}


def test_links_between_the_two_countries():
    text = "Kuwait accused Iraq of meddling. Kuwait announced it was cutting all transportation links between the two countries."
    assert triples(extract(text)) == {("statement", "accusation", "KWT", "IRQ", "asserted"),
                                      ("sanction", "impose", "KWT", "IRQ", "asserted")}


def test_trade_transactions_halted():
    text = "Oman is also halting all new investment and trade transactions with Peru, the statement added."
    assert triples(extract(text)) == {("sanction", "impose", "OMN", "PER", "asserted")}


def test_suspended_shipments_to_a_country():
    text = "Russia suspended gas shipments to Ukraine on Jan. 1 after talks collapsed."
    assert triples(extract(text)) == {("sanction", "impose", "RUS", "UKR", "asserted")}


def test_suspended_deliveries_to_a_country():
    text = "Turkey suspended oil deliveries to Syria on Friday."
    assert triples(extract(text)) == {("sanction", "impose", "TUR", "SYR", "asserted")}


def test_links_cut_by_no_state_are_no_sanction():
    text = "The storm cut power links with the islands."
    assert triples(extract(text)) == set()


def test_shipments_suspended_by_a_company_are_no_sanction():
    text = "The company suspended shipments after the fire."
    assert triples(extract(text)) == set()


def test_all_new_trade_frozen():
    text = "Riyadh said on Monday it was freezing all new trade with Canada."
    assert triples(extract(text)) == {("sanction", "impose", "SAU", "CAN", "asserted")}


def test_trade_frozen_in_a_year_told():
    assert triples(extract("China froze trade with Lithuania in 2021.")) == {
        ("sanction", "impose", "CHN", "LTU", "asserted")}
