"""A statement told to "all sides, including X and Y" is aimed at X and Y."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_appeal_to_all_sides_including_two_countries() -> None:
    events = extract("Germany urged all sides, including Russia and Ukraine, to show restraint.")
    assert triples(events) == {("statement", "appeal", "DEU", "RUS", "asserted"),
                               ("statement", "appeal", "DEU", "UKR", "asserted")}


def test_appeal_to_all_parties_including_their_backers_in_capitals() -> None:
    events = extract("Germany called on all parties concerned, including the government's allies in Moscow "
                     "and Tehran, to end the fighting.")
    assert triples(events) == {("statement", "appeal", "DEU", "RUS", "asserted"),
                               ("statement", "appeal", "DEU", "IRN", "asserted")}


def test_a_list_after_other_nouns_names_no_hearers() -> None:
    events = extract("Germany urged restraint in several regions, including Russia and Ukraine.")
    assert not {e.target_country for e in events if e.event_type == "statement"} & {"RUS", "UKR"}
