"""Help asked of the country whose help it is, from short sentences written for these tests:
"asked for Chile's assistance", "asking for Japanese help", "requested Peru's help" are appeals
to that country; the owner of the help is the one asked, not the one asking."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("Bolivia has asked for Chile's assistance in fighting the fires.",
     {("statement", "appeal", "BOL", "CHL", "asserted")}),
    ("Fiji asked New Zealand's help to restore order on Monday.",
     {("statement", "appeal", "FJI", "NZL", "asserted")}),
    ("Vietnamese Prime Minister Pham Minh Chinh is asking for Japanese help to build a railway.",
     {("statement", "appeal", "VNM", "JPN", "asserted")}),
    ("Ecuador requested Peru's military assistance after the floods.",
     {("statement", "appeal", "ECU", "PER", "asserted")}),
    ("Kenya asked for the EU's support in the talks.",
     {("statement", "appeal", "KEN", "EUU", "asserted")}),
])
def test_help_asked_of_a_named_giver_is_an_appeal_to_it(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "statement"} == expected


@pytest.mark.parametrize("text", [
    "Bolivia asked for help.",  # nobody named to give it
    "Bolivia asked for a meeting with Chile's president.",  # not help
    "Bolivia asked for Chile's position on the border.",  # the giver's word, not its help
    "Chile was asked for its assistance.",  # the passive names no giver
])
def test_no_appeal_without_help_of_a_named_giver(text):
    assert not {t for t in triples(extract(text)) if t[1] == "appeal"}
