"""A reaction that names an act alone is aimed at the act's doer as the article first told it,
from short texts written for these tests: "Peru's invasion ... Chile condemned the
invasion", "Morocco has used drones in attacks ... Spain condemns these attacks"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

_FIELDS = ("event_type", "event_mode", "actor_country", "target_country", "place_country", "date_start")


def _reactions(text: str, actor: str) -> set[tuple]:
    return {tuple(getattr(e, f) for f in _FIELDS) for e in extract(text)
            if e.event_type == "statement" and e.actor_country == actor}


@pytest.mark.parametrize("text, actor, expected", [
    ("Ecuador marked the anniversary of Peru's invasion of the islands on Monday. "
     "Chile condemned the invasion on Tuesday.", "CHL",
     {("statement", "criticism", "CHL", "PER", None, date(2024, 6, 18))}),
    ("Over recent weeks, Morocco has used drones in attacks near the border with Algeria. "
     "Spain strongly condemns these attacks.", "ESP",
     {("statement", "criticism", "ESP", "MAR", None, date(2024, 6, 19))}),
    ("Brazil made an offer of talks to Venezuela on Monday. Guyana rejected the offer.", "GUY",
     {("statement", "rejection", "GUY", "BRA", None, date(2024, 6, 17))}),
])
def test_reaction_to_a_named_act_is_aimed_at_its_doer(text, actor, expected):
    assert _reactions(text, actor) == expected


def test_act_met_with_anger_is_not_the_angry_side_s_own():
    text = ("France reacted with anger at a new security pact on Monday. "
            "China condemned the pact.")
    assert all(e.target_country != "FRA" for e in extract(text) if e.actor_country == "CHN")


@pytest.mark.parametrize("text, actor, expected", [
    ("Chile's decision to close the border angered Peru on Monday. Bolivia criticised the decision on Tuesday.",
     "BOL", {("statement", "criticism", "BOL", "CHL", None, date(2024, 6, 18))}),
    ("Chile's move to close the border surprised Peru on Monday. Bolivia welcomed the move on Tuesday.",
     "BOL", {("statement", "praise", "BOL", "CHL", None, date(2024, 6, 18))}),
])
def test_decision_or_move_is_its_possessive_owner_s(text, actor, expected):
    assert _reactions(text, actor) == expected


def test_decision_takes_no_country_of_its_sentence_but_its_owner():
    text = "Judges in The Hague delivered their decision on Monday. Chile criticised the decision on Tuesday."
    assert all(e.target_country != "NLD" for e in extract(text))
