"""A plain saying about the speaker's own side that names another country is aimed at it."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # the speaker's own country as the clause subject, no tone word: aimed at the other country
    ("Peru's president told reporters that Peru would honour its debts to Chile.",
     {("comment", "PER", "CHL")}),
    ("The Chilean foreign minister said Chile would not yield to pressure from Argentina.",
     {("comment", "CHL", "ARG")}),
    # a statement word in a relative clause is no event of the clause's own
    ("Bolivia's president said Bolivia would never let its soil be used in any way that threatened Peru.",
     {("comment", "BOL", "PER")}),
    # a statement word of the clause's own is that word's event
    ("Peru's president said Peru would stand by Chile.", {("support", "PER", "CHL")}),
    # news about oneself naming nobody else stays silent
    ("Peru's president said Peru would keep its promises.", set()),
    # an event word in the clause is that event, not a saying
    ("Peru's president said Peru would host Chile's leader next month.", set()),
])
def test_a_plain_saying_about_oneself_is_aimed_at_the_other_country(text, expected):
    assert {(mode, actor, target) for mode, actor, target, _ in statements(extract(text))} == expected


@pytest.mark.parametrize("text, expected", [
    # a pronoun for the speaker as the clause's subject: aimed at the other country named after it
    ("Peru's foreign ministry said on Monday that it would answer Chile in court.", {("comment", "PER", "CHL")}),
    ("Peru's foreign ministry said it would not let Bolivian inspectors in.", {("comment", "PER", "BOL")}),
    # a partner ("with", "from") is not whom the saying is aimed at
    ("Peru's foreign ministry said it would build frigates with Chilean help.", set()),
    # the other country in a later clause ("as long as", "because") is that clause's subject
    ("Peru's foreign ministry said it would not back down as long as Chile refused to talk.", set()),
])
def test_a_saying_whose_subject_is_the_speaker_again_is_aimed_at_the_other_country(text, expected):
    assert {(mode, actor, target) for mode, actor, target, _ in statements(extract(text))} == expected
