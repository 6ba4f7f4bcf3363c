"""Envoys brought home ('bring its ambassador home'), by two sides alike or in answer to a
measure that hit them (triggers.csv 'call back', envoys.py, measures_before.py)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Chile said it would bring its ambassador home from Lima.",
     {("relations", "recall", "CHL", "PER", "planned")}),
    # Two sides named together bring their envoys home from each other.
    ("Greece and Turkey brought their ambassadors home.",
     {("relations", "recall", "GRC", "TUR", "asserted"), ("relations", "recall", "TUR", "GRC", "asserted")}),
    # "Both A and B" act alike, here in answer to the side that expelled their diplomats.
    ("Belarus expelled Polish and Lithuanian diplomats on Friday. Both Vilnius and Warsaw said they would "
     "bring their ambassadors home in response.",
     {("relations", "expel", "BLR", "POL", "asserted"), ("relations", "expel", "BLR", "LTU", "asserted"),
      ("relations", "recall", "LTU", "BLR", "planned"), ("relations", "recall", "POL", "BLR", "planned")}),
    # A recall with no country named answers the side whose measure hit the recalling one.
    ("Armenia expelled two Azerbaijani diplomats. Baku recalled its ambassador.",
     {("relations", "expel", "ARM", "AZE", "asserted"), ("relations", "recall", "AZE", "ARM", "asserted")}),
    # ... and joins a measure that hit another ("Spain will expel two": Russians too).
    ("Britain expelled 23 Russian diplomats. Spain will expel two diplomats.",
     {("relations", "expel", "GBR", "RUS", "asserted"), ("relations", "expel", "ESP", "RUS", "planned")}),
])
def test_envoys_brought_home(text, expected):
    assert {t for t in triples(extract(text)) if t[0] == "relations"} == expected
