"""A toned saying aimed at nobody named, by a speaker with no counterpart told before, is aimed
at the one other country its reported clause names (``clause_named.py``); sentences written for
these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _statements(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="statement")


@pytest.mark.parametrize("text, expected", [
    ("Spain said it would not accept any pressure from Morocco.",
     {("statement", "rejection", "ESP", "MAR", None, date(2024, 6, 19), "asserted")}),
    ("Japan said on Friday that it was deeply grateful to Kenya.",
     {("statement", "praise", "JPN", "KEN", None, date(2024, 6, 14), "asserted")}),
    ("Canada said it was deeply concerned about the situation in Haiti.",
     {("statement", "concern", "CAN", "HTI", None, date(2024, 6, 19), "asserted")}),
])
def test_toned_saying_is_aimed_at_the_one_country_its_clause_names(text, expected):
    assert _statements(text) == expected


def test_the_target_basis_says_it_was_left_by_the_sentence():
    events = [e for e in extract("Japan said on Friday that it was deeply grateful to Kenya.")
              if e.event_type == "statement"]
    assert [e.target_basis for e in events] == ["elimination"]


@pytest.mark.parametrize("text", [
    "Japan said on Friday that it was deeply grateful to Kenya and Uganda.",  # two countries named
    "Ghana said on Monday it would not tolerate interference by Togo or Benin.",
    "Norway said on Monday that the weather in Chile was warm.",  # a plain comment, no tone
])
def test_no_target_when_the_clause_names_two_countries_or_has_no_tone(text):
    assert _statements(text) == set()


def test_the_speakers_latest_counterpart_still_comes_first():
    text = ("Japan and Kenya signed a trade deal on Monday. "
            "Japan said on Friday that it was deeply grateful for the help of Uganda.")
    assert _statements(text) == {("statement", "praise", "JPN", "KEN", None, date(2024, 6, 14), "asserted")}


def test_an_act_of_the_speaker_in_the_sentence_says_whom_instead():
    text = "Manila summoned the Chinese envoy and said it would never accept pressure from Vietnam."
    assert {t[3] for t in _statements(text)} == {"CHN"}
