"""A second predicate after "but", "yet" or ", while" and a participle shares the first
predicate's subject; a reporting verb's second predicate goes back to who said; "but" before a
new subject still opens a clause of its own."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _of(text: str, event_type: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == event_type}


@pytest.mark.parametrize("text, event_type, expected", [
    ("Chile's foreign minister thanked Peru for its help but criticised Bolivia over the border dispute.",
     "statement", {("statement", "praise", "CHL", "PER", "asserted"),
                   ("statement", "criticism", "CHL", "BOL", "asserted")}),
    ("Officials in Santiago have said they want new partners but deny any plan to host Russian troops.",
     "statement", {("statement", "denial", "CHL", "RUS", "asserted")}),
    ("Chile signed the trade pact with Peru yet has refused to ratify it.",
     "statement", {("statement", "rejection", "CHL", "PER", "asserted")}),
])
def test_but_joins_a_second_predicate(text, event_type, expected):
    assert _of(text, event_type) == expected


@pytest.mark.parametrize("text", [
    "Chile on Monday ended its old trade embargo on Peru, while placing three Bolivian generals under new sanctions.",
    "Chile on Monday ended its old trade embargo on Peru, while placing Bolivia's defence minister under new sanctions.",
])
def test_while_and_a_participle_keeps_the_subject(text):
    assert _of(text, "sanction") == {("sanction", "impose", "CHL", "BOL", "asserted")}


def test_but_after_a_reported_clause_goes_back_to_the_speaker():
    text = "Chile's president said Peru had not sent troops to the border, but warned that Bolivia was arming rebels."
    assert ("statement", "concern", "CHL", "BOL", "asserted") in _of(text, "statement")
    assert not {t for t in _of(text, "statement") if t[2] == "PER"}


@pytest.mark.parametrize("text, expected", [
    # a new subject after "but": its own clause, not the first predicate's subject
    ("Chile thanked Peru for its help, but Bolivia criticised the deal.",
     {("statement", "praise", "CHL", "PER", "asserted")}),
    ("Chile's president praised Peru's offer of talks, but Bolivia rejected the proposal.",
     {("statement", "praise", "CHL", "PER", "asserted")}),
])
def test_but_before_a_new_subject_opens_a_clause(text, expected):
    assert _of(text, "statement") == expected


@pytest.mark.parametrize("text", [
    "Chile's president held talks with Peru's president in Lima on Monday, but the meeting ended without an "
    "agreement after the two sides failed to agree on the border.",
    "Chile's president met Peru's president in Lima on Monday; the talks ended early and without an agreement "
    "after the two sides failed to agree on fishing rights.",
])
def test_no_agreement_without_its_other_side_is_the_talks_deal_not_reached(text):
    # "failed to agree" gives a negated agreement with no other side: it does not stop the talks'
    assert _of(text, "agreement") == {("agreement", "agree", "CHL", "PER", "negated")}
