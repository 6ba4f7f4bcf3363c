"""Exact events out of short sentences written for these tests: meetings and calls told loosely
(a call named by a noun inside a phrase, talks hosted for others, background meetings)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("sentence, expected", [
    # A call in a parenthesis belongs to the subject of the clause around it.
    ("Spanish Prime Minister Pedro Sanchez said on Monday, after a call with Joe Biden, that talks would go on.",
     {("meeting", "call", "ESP", "USA", "asserted")}),
    ("Biden told reporters after a call with Xi Jinping that the talks had been useful.",
     {("meeting", "call", "USA", "CHN", "asserted")}),
    # A call in a phrase that opens the clause: its object is named first, the clause's subject second.
    ("During a call with Japanese Prime Minister Fumio Kishida on Friday, Biden pledged support.",
     {("meeting", "call", "JPN", "USA", "asserted")}),
    # "a call for" is an appeal, not a conversation.
    ("The call for restraint came from the Vatican.", set()),
])
def test_a_call_named_by_a_noun_in_a_phrase(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "meeting"} == expected
