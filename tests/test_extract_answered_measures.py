"""Measures given as an answer, from short sentences written for these tests: "responded ... with
sanctions", "retaliated with tariffs on X" impose them; "responded to the sanctions" does not."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _sanctions(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="sanction")


@pytest.mark.parametrize("text, expected", [
    ("The African Union responded to the Gabon coup with heavy sanctions on Monday.",
     {("sanction", "impose", "AFU", "GAB", None, date(2024, 6, 17), "asserted")}),
    ("Beijing retaliated with sweeping tariffs on Canadian canola.",
     {("sanction", "impose", "CHN", "CAN", None, date(2024, 6, 19), "asserted")}),
    ("Ottawa threatened to answer with a ban on Chinese steel.",
     {("sanction", "impose", "CAN", "CHN", None, date(2024, 6, 19), "hypothetical")}),
])
def test_a_measure_given_as_an_answer_is_imposed(text, expected):
    assert _sanctions(text) == expected


@pytest.mark.parametrize("text", [
    "Moscow responded to the Canadian sanctions by summoning diplomats.",  # the measure is answered, not given
    "Ottawa responded with concern to the Chinese tariffs.",  # no measure after "with"
    "The tariffs on Chinese steel were answered with silence.",  # passive: nobody answers with a measure
])
def test_no_measure_without_one_given_as_the_answer(text):
    assert not {t for t in _sanctions(text) if t[2] in ("RUS", "CAN")}
