"""Exact events out of short sentences written for these tests: guests named "in the presence
of" an act done in a named place travelled there (present_guests.py)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _visits(text: str) -> set[tuple]:
    """(mode, actor country, target country, place country, date) of each visit."""
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start)
            for e in extract(text) if e.event_type == "visit"}


@pytest.mark.parametrize("text, expected", [
    # Each guest from abroad travelled to the place of the signing; the host's own leader did not.
    (("The accord was signed in Accra on Monday by the two trade ministers, in the presence of Ghanaian "
      "President Nana Akufo-Addo, Kenyan President William Ruto and Chilean President Gabriel Boric."),
     {("unspecified", "KEN", "GHA", "GHA", date(2024, 6, 17)), ("unspecified", "CHL", "GHA", "GHA", date(2024, 6, 17))}),
    # A list of titles, each followed by its holder's name.
    (("In Lima on Tuesday, the two envoys signed the pact in the presence of the President of the European "
      "Commission, Ursula von der Leyen, and the Prime Minister of Italy, Giorgia Meloni."),
     {("unspecified", "EUU", "PER", "PER", date(2024, 6, 18)), ("unspecified", "ITA", "PER", "PER", date(2024, 6, 18))}),
])
def test_guests_present_at_an_act_travelled_to_its_place(text, expected):
    assert _visits(text) == expected


@pytest.mark.parametrize("text", [
    # No place named for the act, or the act done by video: no trip told.
    "The flag was raised outside the building in the presence of Kenyan President William Ruto.",
    "The deal was signed in Accra at a virtual ceremony in the presence of Kenyan President William Ruto.",
    # Only the host's own leader present.
    "The accord was signed in Accra in the presence of Ghanaian President Nana Akufo-Addo.",
])
def test_no_trip_without_a_place_or_a_guest_from_abroad(text):
    assert _visits(text) == set()


def test_leaders_present_at_an_exchange_of_documents_still_sign_it():
    events = extract("In the presence of Kenyan President William Ruto and Ghanaian President Nana Akufo-Addo, "
                     "the following documents were exchanged: a memorandum on fisheries.")
    assert {(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in events} == {
        ("agreement", "sign", "KEN", "GHA")}
