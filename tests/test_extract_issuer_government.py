"""A statement dated from a place ("Oslo, 3 May 2021") that opens a sentence with "The Government"
or "The Federal Government" speaks of the issuing country's own government."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract, triples


def test_the_federal_government_of_a_dated_statement_is_the_issuer():
    text = ("Vienna, 3 May 2021\n\nThe Federal Government has today declared two members of the "
            "Embassy of Iran persona non grata.\n")
    assert ("relations", "expel", "AUT", "IRN", "asserted") in triples(extract(text, date(2021, 5, 3)))


def test_the_government_of_a_dated_statement_is_the_issuer():
    text = "Oslo, 3 May 2021\n\nThe Government has decided to recall its ambassador from Caracas.\n"
    assert ("relations", "recall", "NOR", "VEN", "asserted") in triples(extract(text, date(2021, 5, 3)))


def test_the_government_without_a_dated_line_stays_unresolved():
    text = "The Government has decided to recall its ambassador from Caracas."
    assert not any(t[2] == "NOR" for t in triples(extract(text, date(2021, 5, 3))))
