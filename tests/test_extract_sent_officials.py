"""Officials sent to a place, from short sentences written for these tests: "Germany sent its
foreign minister to Kyiv" is a trip by the one sent; "the presidents of A and B" sent are trips
of A and B; an ambassador or troops sent are no such trip."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _visits(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country, e.modality,
             e.date_start.isoformat() if e.date_start else None)
            for e in extract(text) if e.event_type == "visit"}


@pytest.mark.parametrize(("text", "expected"), [
    ("Germany sent its foreign minister to Kyiv on Monday.",
     {("visit", "unspecified", "DEU", "UKR", "UKR", "asserted", "2024-06-17")}),
    ("France sent Foreign Minister Catherine Colonna to Riyadh on Monday.",
     {("visit", "unspecified", "FRA", "SAU", "SAU", "asserted", "2024-06-17")}),
    ("The African Union sent the presidents of Kenya, Nigeria and Ghana to Khartoum on Monday.",
     {("visit", "unspecified", c, "SDN", "SDN", "asserted", "2024-06-17") for c in ("KEN", "NGA", "GHA")}),
    ("Mexico will send its foreign minister, Marcelo Ebrard, to Washington.",
     {("visit", "unspecified", "MEX", "USA", "USA", "planned", "2024-06-19")}),
])
def test_official_sent_to_a_place_travels_there(text: str, expected: set[tuple]) -> None:
    assert _visits(text) == expected


@pytest.mark.parametrize("text", [
    "Kenya sent its ambassador to Lima.",  # a posting, not a trip
    "Putin sent Ramaphosa a letter.",  # a thing sent
    "Kenya sent its ambassador back to Lima.",  # a return of the envoy
])
def test_no_trip_without_an_official_sent_to_a_place(text: str) -> None:
    assert not _visits(text)


def test_troops_sent_stay_a_deployment() -> None:
    events = extract("Russia sent troops to Belarus.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events} == {
        ("military", "deployment", "RUS", "BLR")}
