"""Joining told as an aim, an invitation or an objection is no accession (aspired_joins.py)."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _joins(text: str) -> set[tuple]:
    return {(e.actor_country, e.target_country, e.modality) for e in extract(text)
            if e.event_type == "agreement" and e.event_mode == "join"}


@pytest.mark.parametrize("text", [
    "The Kremlin said Kyiv must abandon its ambition to join NATO.",
    "Turkey vetoed an invitation for Finland to join NATO at the summit.",
    "Hungary lifted its objection to Sweden joining NATO.",
    "Serbia has not given up its aspirations to join the European Union.",
])
def test_an_aim_or_an_invitation_to_join_is_no_accession(text):
    assert _joins(text) == set()


@pytest.mark.parametrize("text, expected", [
    ("Finland joined NATO on Tuesday.", {("FIN", "NTO", "asserted")}),
    ("Sweden applied to join NATO in May.", {("SWE", "NTO", "planned")}),
    ("Finland, invited at the summit, joined NATO on Tuesday.", {("FIN", "NTO", "asserted")}),
])
def test_a_join_told_as_done_or_sought_stays(text, expected):
    assert _joins(text) == expected
