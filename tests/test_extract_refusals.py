"""Refusals to act that name nobody, from short sentences written for these tests: "refused to
take part" is aimed at the speaker's latest counterpart in the article, while a refusal to speak
("declined to comment") or one set as a condition ("as long as X refused to") is no rejection."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("Peru's foreign minister met his Chilean counterpart in Lima on Monday to discuss fishing rights, "
     "and Bolivia sent an observer. Chile refused to take part in a second round on Tuesday.",
     {("rejection", "CHL", "PER", "negative")}),
    ("Ghana summoned the Togolese ambassador on Monday over a border incident. Brazil and Peru were not "
     "involved. Togo refused to apologise.",
     {("rejection", "TGO", "GHA", "negative"), ("criticism", "GHA", "TGO", "negative")}),
])
def test_a_refusal_naming_nobody_answers_the_latest_counterpart(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text", [
    "Ghana summoned the Togolese ambassador on Monday over a border incident, and Nigeria offered to "
    "mediate. Togo declined to comment.",
    "Ghana summoned the Togolese ambassador on Monday, and Nigeria offered to mediate. Ghana said talks "
    "could not resume as long as Togo refused to cooperate.",
])
def test_a_refusal_to_speak_or_a_condition_is_no_rejection(text):
    assert not any(mode == "rejection" for mode, *_ in statements(extract(text)))
