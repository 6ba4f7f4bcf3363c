"""A bloc suspending, expelling or readmitting a member state, told in the passive or with the
bloc called by a common noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _relations(text: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == "relations"}


@pytest.mark.parametrize("text, expected", [
    # The passive: the bloc after "from" or "of" acts on the member the subject names.
    ("Burundi was suspended from the African Union in 2016.", {("relations", "break", "AFU", "BDI", "asserted")}),
    ("Niger and Chad were suspended from ECOWAS last year.",
     {("relations", "break", "ECW", "NER", "asserted"), ("relations", "break", "ECW", "TCD", "asserted")}),
    ("Togo, suspended from ECOWAS since the coup, sent no delegation.",
     {("relations", "break", "ECW", "TGO", "asserted")}),
    ("Honduras was kicked out of the OAS in 2009.", {("relations", "break", "OAS", "HND", "asserted")}),
    ("The OAS expelled Honduras in 2009.", {("relations", "break", "OAS", "HND", "asserted")}),
    # Readmission restores relations.
    ("Egypt was readmitted to the African Union in 2014.", {("relations", "restore", "AFU", "EGY", "asserted")}),
    ("The Arab League readmitted Libya on Monday.", {("relations", "restore", "ARL", "LBY", "asserted")}),
    # Not a member of a bloc: envoys, talks, a programme.
    ("Chile was expelled from the talks.", set()),
    ("The US suspended Turkey from the F-35 programme.", set()),
    ("Peru expelled two Chilean diplomats.", {("relations", "expel", "PER", "CHL", "asserted")}),
])
def test_a_bloc_and_its_member(text, expected):
    assert _relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # The bloc called by a common noun once the article has named it.
    ("The OAS met in Lima on Friday. Honduras was thrown out of the regional bloc in 2009.",
     {("relations", "break", "OAS", "HND", "asserted")}),
    ("The Arab League met in Cairo on Friday. The 22-member league suspended Libya in 2011.",
     {("relations", "break", "ARL", "LBY", "asserted")}),
    ("The Arab League met in Cairo on Friday. Libya was readmitted to the league in May.",
     {("relations", "restore", "ARL", "LBY", "asserted")}),
    # A league the article did not name as a bloc stands for none.
    ("The football league met in London on Friday. The league suspended Libya in 2011.", set()),
])
def test_the_bloc_named_before(text, expected):
    assert _relations(text) == expected


@pytest.mark.parametrize("text, expected", [
    # Describing words between the article and the bloc: "the 22-member Arab League".
    ("Libya was suspended from the 22-member Arab League in 2011.", {("relations", "break", "ARL", "LBY", "asserted")}),
    # Members counted, then named after a dash or comma.
    ("The AU had already suspended two other members - Sudan and Gabon - after coups.",
     {("relations", "break", "AFU", "SDN", "asserted"), ("relations", "break", "AFU", "GAB", "asserted")}),
    ("ECOWAS has suspended three states, Niger, Mali and Togo, since 2020.",
     {("relations", "break", "ECW", "NER", "asserted"), ("relations", "break", "ECW", "MLI", "asserted"),
      ("relations", "break", "ECW", "TGO", "asserted")}),
    # The bloc after the member acts, whoever the subject: "ministers voted to readmit X to the bloc".
    ("Arab ministers voted to readmit Libya to the Arab League.", {("relations", "restore", "ARL", "LBY", "asserted")}),
    # A count with no states named after it, or a plain noun: no member named.
    ("ECOWAS has suspended two members since 2020.", set()),
])
def test_members_named_after_the_verb(text, expected):
    assert _relations(text) == expected
