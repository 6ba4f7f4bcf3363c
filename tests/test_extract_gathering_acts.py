"""Exact events out of short texts written for these tests: what the participants of a gathering
of three or more countries signed together ("The heads of state signed a declaration") is one
agreement of the gathering's host, aimed at no single side, where the gathering was."""

from __future__ import annotations

import pytest

from dashboard.extract.target_needs import SEVERAL
from tests.conftest import extract


def _agreements(text: str) -> set[tuple]:
    """(mode, actor country, target country, place country, target basis) of each agreement."""
    return {(e.event_mode, e.actor_country, e.target_country, e.place_country, e.target_basis)
            for e in extract(text) if e.event_type == "agreement"}


@pytest.mark.parametrize("text, expected", [
    # The host chaired, the guests attended: "the heads of state" are all of them.
    (("President Ruto of Kenya chaired a summit in Nairobi on Friday. President Museveni of Uganda, "
      "President Hassan of Tanzania and President Kagame of Rwanda attended the summit. "
      "The heads of state signed a declaration on regional trade."),
     {("sign", "KEN", None, "KEN", SEVERAL)}),
    # A gathering told by its count, reported from its city; a short opener before the subject.
    (("NAIROBI, March 3 - Leaders of all six East African countries met on Friday. "
      "At its close, the participants signed a declaration on trade."),
     {("sign", "KEN", None, "KEN", SEVERAL)}),
    (("NAIROBI, March 3 - Ministers of seven coastal states gathered on Friday. "
      "The participants also adopted a joint communique on fishing."),
     {("agree", "KEN", None, "KEN", SEVERAL)}),
])
def test_the_participants_of_a_gathering_of_several_sign_as_one(text, expected):
    assert _agreements(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Two sides only: "the leaders" are the pair, as before.
    (("Ruto met Museveni in Nairobi on Friday. The leaders signed a declaration on trade."),
     {("sign", "KEN", "UGA", "KEN", "stated")}),
    # No gathering of several told: nothing to read the participants as.
    ("NAIROBI, March 3 - The participants signed a declaration on trade.", set()),
    # The talks' sides named just before stay the sides of what they signed.
    (("Leaders of Kenya, Uganda and Tanzania met in Nairobi on Friday. They signed a declaration on trade."),
     {("sign", "KEN", "UGA", "KEN", "stated"), ("sign", "KEN", "TZA", "KEN", "stated")}),
])
def test_no_gathering_act_without_a_gathering_of_several(text, expected):
    assert _agreements(text) == expected


def _meetings(text: str) -> set[tuple]:
    """(actor country, target country, modality, target basis) of each meeting."""
    return {(e.actor_country, e.target_country, e.modality, e.target_basis) for e in extract(text)
            if e.event_type == "meeting"}


@pytest.mark.parametrize("text, expected", [
    # Two of the four agreed at a summit; "They" agreeing to meet again are the four: the host's.
    (("LIMA, June 2 - Chile and Bolivia agreed on Monday to reopen their border, at a summit hosted by Peru "
      "and attended by Ecuador. The four leaders said trade would resume soon. They also agreed to meet again "
      "next year."),
     {("PER", None, "planned", SEVERAL)}),
    # Two sides only: the pair meets again.
    ("LIMA, June 2 - Chile and Bolivia agreed on Monday to reopen their border. They also agreed to meet again.",
     {("CHL", "BOL", "planned", "stated")}),
])
def test_a_gathering_of_several_agreeing_to_meet_again(text, expected):
    assert {m for m in _meetings(text) if m[2] == "planned"} == expected
