"""Quotations whose speaker comes after them: '"...," he said', '"...," said X, the minister'."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # The quoted clause is what the speaker said, as in "Rutte said Peru must ...".
    ('"Peru must withdraw its troops from the border," Rutte said on Tuesday.',
     {("demand", "NLD", "PER", "negative")}),
    ('"Peru must withdraw its troops from the border," said Mark Rutte, the Dutch prime minister.',
     {("demand", "NLD", "PER", "negative")}),
    # An "I" opening the quotation is the speaker.
    ('The Dutch prime minister Mark Rutte spoke in The Hague. "I condemn Peru\'s decision in the strongest terms," he said.',
     {("criticism", "NLD", "PER", "negative")}),
    # A quoted remark naming another country is aimed at it.
    ('"The notion that we want to isolate Chile is mistaken," the Argentine foreign minister said.',
     {("comment", "ARG", "CHL", "neutral")}),
])
def test_a_quotation_before_its_speaker_is_what_the_speaker_said(text, expected):
    assert statements(extract(text, date(2024, 3, 5))) == expected


@pytest.mark.parametrize("text", [
    # Unquoted news with its source after it is the news, not a saying by the source.
    "Peru moved troops to the Chilean border, Bolivian officials said.",
    # A speaker before the verb and a clause after it is the usual order, read as it stands.
    "Orban, for his part, said the positions of the two sides remained far apart.",
])
def test_a_source_after_unquoted_news_or_a_speaker_first_is_left_alone(text):
    assert not {e for e in extract(text, date(2024, 3, 5)) if e.event_type == "statement"}
