"""A measure told back in the phrase that names it is an event of its own, dated by its clause."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


def _dated(text: str) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.date_start, e.date_precision)
            for e in extract(text) if e.event_type == "sanction"}


def test_curbs_a_pronoun_imposed_are_the_lifters_own_and_keep_their_year():
    assert _dated("Last month Beijing scrapped the tariffs it imposed on Australian barley in 2020.") == {
        ("lift", "CHN", "AUS", date(2024, 5, 1), "month"),
        ("impose", "CHN", "AUS", date(2020, 1, 1), "year"),
    }


def test_a_participle_with_its_own_doer_gives_that_doers_measure():
    assert _dated("On Monday Norway adopted the sanctions imposed by the European Union on Belarus "
                  "on 2 March.") == {
        ("impose", "NOR", "BLR", date(2024, 6, 17), "day"),
        ("impose", "EUU", "BLR", date(2024, 3, 2), "day"),
    }


def test_extending_measures_a_relative_clause_dates_tells_their_imposition():
    assert triples(extract("Canada extended the sanctions that it imposed on Iran in 2019.")) == {
        ("sanction", "extend", "CAN", "IRN", "asserted"),
        ("sanction", "impose", "CAN", "IRN", "asserted"),
    }


@pytest.mark.parametrize("text", [
    "The EU imposed sanctions on Iran in 2019.",  # the clause is the noun's only support: one event
    "Tehran, under sanctions imposed in 2018, sells oil to India.",  # whose measures is not told
    "Canada adopted the sanctions it had drafted with Iran in mind.",  # drafting imposes nothing
])
def test_no_second_measure(text):
    assert len([e for e in extract(text) if e.event_type == "sanction"]) <= 1


def test_a_measure_told_back_without_a_date_of_its_own_is_left_undated():
    events = extract("Norway lifted the sanctions it imposed on Belarus, at a summit on Tuesday.")
    assert {(e.event_mode, e.date_start, e.date_precision) for e in events} == {
        ("lift", date(2024, 6, 18), "day"), ("impose", None, "unknown")}


def test_a_participle_after_the_targets_and_a_comma_tells_the_imposition():
    assert _dated("On Monday Washington lifted sanctions against Chad and Niger, imposed in 2010 "
                  "after the coups.") == {
        ("lift", "USA", "TCD", date(2024, 6, 17), "day"),
        ("lift", "USA", "NER", date(2024, 6, 17), "day"),
        ("impose", "USA", "TCD", date(2010, 1, 1), "year"),
        ("impose", "USA", "NER", date(2010, 1, 1), "year"),
    }


def test_reversing_measures_lifts_them_and_tells_their_imposition():
    assert _dated("Ottawa lifted its curbs on Iran in May, reversing restrictions it imposed in "
                  "March 2021.") == {
        ("lift", "CAN", "IRN", date(2024, 5, 1), "month"),
        ("impose", "CAN", "IRN", date(2021, 3, 1), "month"),
    }


def test_an_answered_measure_with_no_target_named_takes_the_main_frames():
    assert {(mode, actor, target) for mode, actor, target, _, _ in _dated(
        "Madrid said it would lift export controls imposed in 2019 on two chemicals, and Rabat "
        "welcomed the step.")} == {("lift", "ESP", "MAR"), ("impose", "ESP", "MAR")}


@pytest.mark.parametrize("text, expected", [
    ("The EU imposed sanctions on Russia, Belarus and Iran, citing the war.",  # a list, no participle
     {("sanction", "impose", "EUU", code, "asserted") for code in ("RUS", "BLR", "IRN")}),
    ("Washington lifted sanctions on Cuba, a move welcomed in Havana.",  # no imposing participle
     {("sanction", "lift", "USA", "CUB", "asserted")}),
    ("Ottawa reversed its decision on Iran.", set()),  # no measure named
])
def test_no_told_back_measure(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "sanction"} == expected
