"""Office-holders beyond heads of state and foreign ministers: treasury and trade ministers,
spokespeople, envoys, security advisers, deputy foreign ministers and heads of bodies, each with
the country (or body) and the term the people table gives them."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


def _actors(text: str, published: date) -> set[tuple[str, str]]:
    return {(e.actor, e.actor_country) for e in extract(text, published)}


def test_a_minister_named_in_full_and_later_by_surname():
    events = extract("Janet Yellen held talks with Vice Premier He Lifeng in Beijing on Saturday. "
                     "Yellen said the United States would not decouple from China.", date(2023, 7, 8))
    assert triples(events) == {("meeting", "talks", "USA", "CHN", "asserted"),
                               ("visit", "unspecified", "USA", "CHN", "asserted"),
                               ("statement", "comment", "USA", "CHN", "asserted")}
    assert {e.actor for e in events} == {"Janet Yellen"}


@pytest.mark.parametrize("text, published, expected", [
    # A treasury secretary by title and surname alone.
    ("Treasury Secretary Mnuchin arrived in Beijing on Thursday.", date(2019, 2, 14), {("Steven Mnuchin", "USA")}),
    # A deputy foreign minister fronting talks, and the envoy across the table.
    ("Deputy Foreign Minister Sergei Ryabkov held talks with Wendy Sherman in Geneva.", date(2022, 1, 10),
     {("Sergei Ryabkov", "RUS"), ("Wendy Sherman", "USA")}),
    # A spokesman set in apposition to the body he speaks for.
    ("A State Department spokesman, Matthew Miller, said Venezuela had broken its promises.", date(2024, 4, 18),
     {("Matthew Miller", "USA")}),
    # The head of a body takes the body's code.
    ("GCC Secretary-General Jasem Albudaiwi met Iran's foreign minister in Riyadh on Saturday.", date(2023, 3, 11),
     {("Jasem Mohamed Albudaiwi", "GCC")}),
    # A party official who fronted talks, and a defence minister outside the G20.
    ("Kim Yong Chol arrived in New York for talks with Mike Pompeo.", date(2018, 5, 30),
     {("Kim Yong Chol", "PRK")}),
    ("Ruben Brekelmans met Pete Hegseth in Washington on Monday.", date(2025, 3, 10), {("Ruben Brekelmans", "NLD")}),
])
def test_office_holders_beyond_leaders_are_known(text, published, expected):
    assert _actors(text, published) >= expected


def test_a_common_surname_left_out_of_the_aliases_is_nobody_of_the_table():
    # "Haddad" is Brazil's finance minister's surname and a common Arab one: no alias.
    assert triples(extract("Lebanese envoy Karim Haddad visited Damascus.", date(2024, 3, 1))) == {
        ("visit", "unspecified", "LBN", "SYR", "asserted")}


@pytest.mark.parametrize("published, name", [
    # "Vice Premier Liu": the one vice premier of that family name in office on the day.
    (date(2018, 6, 1), "Liu He"),
    (date(2024, 6, 1), "Liu Guozhong"),
])
def test_a_title_and_a_surname_name_the_holder_of_the_day(published, name):
    events = extract("Vice Premier Liu arrived in Washington on Thursday for trade talks.", published)
    assert {(e.actor, e.actor_country, e.target_country) for e in events if e.event_type == "visit"} == {
        (name, "CHN", "USA")}


def test_a_title_the_table_gives_nobody_names_nobody_by_surname():
    # "Mayor Khan": no office-holder is titled mayor, so no Khan of the table stands in.
    assert extract("Mayor Khan arrived in Washington on Thursday.", date(2024, 6, 1)) == []
