"""Expulsions and recalls whose sentence names no other country, from short sentences written
for these tests: the envoys sent home are of the side the article's latest such measure hit."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _relations(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="relations")


@pytest.mark.parametrize("text, expected", [
    ("Norway expelled three Belarusian diplomats on Monday. Iceland will expel one diplomat.",
     {("relations", "expel", "NOR", "BLR", "NOR", date(2024, 6, 17), "asserted"),
      ("relations", "expel", "ISL", "BLR", "ISL", date(2024, 6, 17), "planned")}),
    ("Chile broke off relations with Nicaragua on Tuesday. Peru also recalled its ambassador.",
     {("relations", "break", "CHL", "NIC", None, date(2024, 6, 18), "asserted"),
      ("relations", "recall", "PER", "NIC", "NIC", date(2024, 6, 18), "asserted")}),
])
def test_a_measure_naming_no_country_follows_the_latest_one(text, expected):
    assert _relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Iceland will expel one diplomat.", set()),  # no measure told before
    ("Chile praised Nicaragua on Tuesday. Peru also recalled its ambassador.", set()),  # no measure
    ("Chile ruled out breaking off relations with Nicaragua. Peru recalled its ambassador.",  # refused
     {("relations", "break", "CHL", "NIC", None, date(2024, 6, 19), "negated")}),
    ("Norway expelled three Belarusian diplomats on Monday. Iceland will expel one diplomat from Poland.",
     {("relations", "expel", "NOR", "BLR", "NOR", date(2024, 6, 17), "asserted"),
      ("relations", "expel", "ISL", "POL", "ISL", date(2024, 6, 17), "planned")}),  # the sentence names one
])
def test_no_target_without_a_measure_before(text, expected):
    assert _relations(text) == expected
