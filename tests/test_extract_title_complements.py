"""A title with a complement before its holder's name ("Peru's envoy to Chile, Ana Soto,"):
the name is a person of the title's country, and a later bare surname or "she" is that person."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

DAY = date(2024, 3, 6)


@pytest.mark.parametrize("first", [
    "Peru's ambassador to Chile, Ana Soto Quispe, spoke on Monday.",
    "Peru's special envoy for Chile Ana Soto Quispe spoke on Monday.",
    "The Peruvian envoy for the Andes and the Amazon, Ana Soto Quispe, spoke on Monday.",
    "Ana Soto Quispe, Peru's ambassador to Chile, spoke on Monday.",
])
def test_the_name_after_a_complemented_title_is_the_titles_country(first: str) -> None:
    events = extract(first + " Quispe criticised Bolivia on Tuesday.", DAY)
    said = {(e.event_type, e.actor_country, e.target_country) for e in events if e.target_country == "BOL"}
    assert said == {("statement", "PER", "BOL")}


def test_a_pronoun_after_a_complemented_title_is_its_holder() -> None:
    events = extract("Peru's ambassador to Chile, Ana Soto Quispe, spoke on Monday. She visited Bolivia on Tuesday.", DAY)
    trips = {(e.event_type, e.actor_country, e.target_country) for e in events if e.event_type == "visit"}
    assert trips == {("visit", "PER", "BOL")}


def test_a_complement_in_words_before_a_name_without_a_comma_is_left_alone() -> None:
    # "for the Pacific Ana Soto": no edge between the brief and the name
    events = extract("Peru's minister for the Pacific Ana Soto Quispe spoke. Quispe criticised Bolivia on Tuesday.", DAY)
    assert not [e for e in events if e.target_country == "BOL" and e.actor_country == "PER"]
