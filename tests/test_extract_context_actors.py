"""Events whose actor only the article's context tells: a "they" after a short opener or a visit,
a bare office in a dated release, a release header naming its issuer."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

TALKS = "Japanese Prime Minister Fumio Kishida held talks with Kenyan President William Ruto in Tokyo on Monday. "


@pytest.mark.parametrize("second, mode", [
    ("The accord they signed covers ports and roads.", "sign"),
    ("On Tuesday they signed an accord on ports.", "sign"),
    ("Later that day they signed an accord on ports.", "sign"),
    ("The declaration they adopted is brief.", "agree"),
])
def test_they_after_an_opener_stands_for_the_sides_of_the_talks(second: str, mode: str) -> None:
    events = extract(TALKS + second, date(2024, 5, 15))
    deals = {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "agreement"}
    assert deals == {(mode, "JPN", "KEN")}


@pytest.mark.parametrize("second", [
    "Officials said they signed an accord on ports.",  # someone else's clause
    "If they sign an accord on ports, trade will grow.",
])
def test_they_inside_another_clause_is_left_alone(second: str) -> None:
    events = extract(TALKS + second, date(2024, 5, 15))
    assert not [e for e in events if e.event_type == "agreement"]


RELEASE = "Canberra, 3 March 2023\n\nJapan welcomed the election result in Fiji.\n\n"


@pytest.mark.parametrize("second", [
    "The Secretary criticised Iran for the arrests.",
    "In May, the Secretary criticised Iran for the arrests.",
])
def test_a_bare_office_in_a_dated_release_is_the_issuers(second: str) -> None:
    events = extract(RELEASE + second, date(2023, 3, 3))
    said = {(e.event_type, e.actor_country, e.target_country) for e in events if e.target_country == "IRN"}
    assert said == {("statement", "AUS", "IRN")}


def test_an_office_that_names_its_country_keeps_it() -> None:
    events = extract(RELEASE + "The Ministry of Foreign Affairs of Japan criticised Iran for the arrests.",
                     date(2023, 3, 3))
    assert {(e.actor_country, e.target_country) for e in events if e.target_country == "IRN"} == {("JPN", "IRN")}


def test_a_bare_office_without_a_dated_release_is_left_alone() -> None:
    events = extract("Japan welcomed the election result in Fiji. The Secretary criticised Iran for the arrests.",
                     date(2023, 3, 3))
    assert not [e for e in events if e.actor_country == "AUS"]


VISIT = "Kenyan President William Ruto arrived in Tokyo on Monday for a state visit. "


@pytest.mark.parametrize("second", [
    "They signed an accord on ports.",
    "On Tuesday they signed an accord on ports.",
])
def test_they_after_one_visit_are_the_visitor_and_the_host(second: str) -> None:
    events = extract(VISIT + second, date(2024, 6, 19))
    deals = {(e.event_mode, e.actor_country, e.target_country) for e in events if e.event_type == "agreement"}
    assert deals == {("sign", "KEN", "JPN")}


def test_they_after_two_visits_stay_unread() -> None:
    events = extract("Kenyan President William Ruto and South African President Cyril Ramaphosa arrived in "
                     "Tokyo on Monday. They signed an accord on ports.", date(2024, 6, 19))
    assert not [e for e in events if e.event_type == "agreement"]


@pytest.mark.parametrize("header, issuer", [
    ("Ministry of Foreign Affairs, Government of Nepal", "NPL"),
    ("MEDIA RELEASE - PRIME MINISTER OF AUSTRALIA", "AUS"),
])
def test_a_release_header_naming_one_country_is_the_issuer(header: str, issuer: str) -> None:
    events = extract(header + "\n\nJapan and China held talks on Monday.\n\nWe condemned the arrests in Iran.",
                     date(2024, 6, 19))
    assert {(e.actor_country, e.target_country) for e in events if e.event_type == "statement"} == {(issuer, "IRN")}


def test_a_release_header_naming_no_country_tells_no_issuer() -> None:
    events = extract("Ministry of Defence - Press release\n\nJapan and China held talks on Monday.\n\n"
                     "We condemned the arrests in Iran.", date(2024, 6, 19))
    assert not [e for e in events if e.event_type == "statement"]
