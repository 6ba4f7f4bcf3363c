"""Forces sent "to the region" go to the country of the region named before, from short
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _deployments(text: str) -> set[tuple]:
    return rows(extract(text), "modality", event_type="military")


@pytest.mark.parametrize("text, expected", [
    ("Both sides agreed on Monday to stop shelling around Nagorno-Karabakh under a plan backed by Russia, "
     "which will send 1,500 peacekeepers to the region.",
     {("military", "deployment", "RUS", "AZE", "AZE", date(2024, 6, 17), "planned")}),
    ("Putin met Aliyev in Nagorno-Karabakh on Tuesday. Russia sent 900 troops to the region in 2021.",
     {("military", "deployment", "RUS", "AZE", "AZE", date(2021, 1, 1), "asserted")}),
    ("Erdogan met Zelensky in Crimea on Tuesday. Some 300 Turkish soldiers were sent to the region in 2021.",
     {("military", "deployment", "TUR", "UKR", "UKR", date(2021, 1, 1), "asserted")}),
])
def test_forces_sent_to_the_region_go_to_the_region_named_before(text, expected):
    assert _deployments(text) == expected


@pytest.mark.parametrize("text", [
    "Russia sent troops to the region on Monday.",  # no region named: nobody to aim at
    "Putin met Aliyev in Nagorno-Karabakh on Tuesday. Azerbaijan sent troops to the region on Monday.",  # its own
])
def test_no_region_of_another_country_gives_no_target(text):
    assert all(row[3] is None for row in _deployments(text))
