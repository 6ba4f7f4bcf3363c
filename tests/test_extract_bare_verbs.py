"""Exact events out of short sentences (own wording) where the act is a bare verb after a modal
or "to" ("said it would declare ...", "decided to kick out ..."): the base form is a trigger
like its other forms, so the reported act is read as the act, not only as a statement."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    # Relations: expel by "declare ... persona non grata", "kick out", "order ... to leave".
    ("Norway said it would declare two Iranian diplomats persona non grata.",
     {("relations", "expel", "NOR", "IRN", "planned")}),
    ("Chile decided to kick out three Cuban diplomats.",
     {("relations", "expel", "CHL", "CUB", "asserted")}),
    ("Ghana will order two Togolese diplomats to leave.",
     {("relations", "expel", "GHA", "TGO", "planned")}),
    # "asked" or "instructed" another state's envoys to leave: an expulsion, not an appeal;
    # one's own staff told to leave, or an envoy asked to leave talks, is none.
    ("Egypt asked the Turkish ambassador to leave.",
     {("relations", "expel", "EGY", "TUR", "asserted")}),
    ("Mexico will ask the Peruvian ambassador to leave by Friday.",
     {("relations", "expel", "MEX", "PER", "planned")}),
    ("Chad instructed two French diplomats to leave the country within 48 hours.",
     {("relations", "expel", "TCD", "FRA", "asserted")}),
    ("Egypt asked the Turkish ambassador to leave the talks early.",
     {("statement", "appeal", "EGY", "TUR", "asserted")}),
    # Agreements: "tear up", "junk", "walk out of", "refuse to renew" a pact after a modal.
    ("Peru said it would tear up its fishing agreement with Ecuador.",
     {("agreement", "withdraw", "PER", "ECU", "planned")}),
    ("Mali will walk out of its defence pact with France.",
     {("agreement", "withdraw", "MLI", "FRA", "planned")}),
    ("Japan is expected to refuse to renew its fisheries deal with Russia.",
     {("agreement", "withdraw", "JPN", "RUS", "planned")}),
    # Sanctions: "penalise" after a modal.
    ("Brazil said it would penalise Paraguay over the dam dispute.",
     {("sanction", "impose", "BRA", "PRY", "planned")}),
    # Military: "hand over" arms; reinforcements are a force that is sent.
    ("Sweden said it would hand over fighter jets to Ukraine.",
     {("military", "arms_transfer", "SWE", "UKR", "planned")}),
    ("Italy is sending military reinforcements to Greece.",
     {("military", "deployment", "ITA", "GRC", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_bare_verb_acts(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected


def test_own_staff_told_to_leave_is_no_expulsion() -> None:
    events = extract("The State Department asked non-emergency staff to leave Caracas.")
    assert not [e for e in events if e.event_type == "relations"]
