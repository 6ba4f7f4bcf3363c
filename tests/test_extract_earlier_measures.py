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
