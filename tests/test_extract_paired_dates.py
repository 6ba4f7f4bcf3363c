"""An act told once with two dates joined by "and" is one event per date (paired_dates.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def dated(text: str, event_type: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.date_start, e.date_precision)
            for e in extract(text, date(2025, 9, 1)) if e.event_type == event_type}


@pytest.mark.parametrize("text, event_type, expected", [
    ("Greek and Turkish diplomats held talks in Athens in March and April.", "meeting",
     {("talks", "GRC", "TUR", date(2025, 3, 1), "month"), ("talks", "GRC", "TUR", date(2025, 4, 1), "month")}),
    ("Canada tightened sanctions on Iran in two steps in 2019 and 2021.", "sanction",
     {("impose", "CAN", "IRN", date(2019, 1, 1), "year"), ("impose", "CAN", "IRN", date(2021, 1, 1), "year")}),
    ("It was the Kenyan president's third visit to Ethiopia, after those of 2016 and 2020.", "visit",
     {("unspecified", "KEN", "ETH", date(2016, 1, 1), "year"),
      ("unspecified", "KEN", "ETH", date(2020, 1, 1), "year")}),
])
def test_two_dates_joined_by_and_give_one_event_each(text, event_type, expected):
    assert dated(text, event_type) == expected


def test_a_span_is_no_second_date():
    events = dated("Greek and Turkish diplomats held talks in Athens between March and April.", "meeting")
    assert len(events) == 1 and not any(e[3] == date(2025, 4, 1) for e in events)


@pytest.mark.parametrize("text, event_type, expected", [
    # a string of launches is one event
    ("North Korea fired a string of missiles in March and April.", "military",
     {("missile_test", "PRK", None, date(2025, 3, 1), "month")}),
])
def test_a_series_stays_one_event(text, event_type, expected):
    assert dated(text, event_type) == expected


def test_visits_exchanged_share_the_dates_out():
    events = dated("Greece and Turkey exchanged visits by their foreign ministers in March and May.", "visit")
    assert {(mode, actor, target) for mode, actor, target, _, _ in events} == {
        ("unspecified", "GRC", "TUR"), ("unspecified", "TUR", "GRC")}
    assert len(events) == 2


def test_a_mediator_hosting_rounds_in_two_months_mediates_twice():
    events = {(e.event_mode, e.actor_country, e.target_country, e.date_start)
              for e in extract("Turkish Foreign Minister Hakan Fidan hosted talks between Ethiopia and Somalia "
                               "in March and April.", date(2025, 9, 1)) if e.event_type == "meeting"}
    assert events == {("mediation", "TUR", side, date(2025, month, 1)) for side in ("ETH", "SOM") for month in (3, 4)}


def test_two_hosts_and_two_years_are_not_multiplied():
    events = {(e.actor_country, e.target_country, e.date_start)
              for e in extract("Iraq and Oman hosted rounds of talks between Saudi Arabia and Iran in 2021 and 2022.",
                               date(2025, 9, 1)) if e.event_type == "meeting"}
    assert events == {(host, side, date(2021, 1, 1)) for host in ("IRQ", "OMN") for side in ("SAU", "IRN")}
