"""A meeting asked of a named body, from short sentences written for these tests: "asked for an
urgent session of the Organization of American States" is an appeal to that body."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


def _statements(text: str) -> set[tuple]:
    return rows(extract(text, date(2024, 6, 19)), event_type="statement")


@pytest.mark.parametrize("text, expected", [
    ("Chile asked for an emergency meeting of the U.N. Security Council on Monday.",
     {("statement", "appeal", "CHL", "UNO", None, date(2024, 6, 17))}),
    ("Bolivia requested an urgent session of the Organization of American States.",
     {("statement", "appeal", "BOL", "OAS", None, date(2024, 6, 19))}),
    ("On Tuesday Lithuania sought an extraordinary meeting of NATO foreign ministers.",
     {("statement", "appeal", "LTU", "NTO", None, date(2024, 6, 18))}),
    ("Portugal has asked for a special meeting of European Union leaders.",
     {("statement", "appeal", "PRT", "EUU", None, date(2024, 6, 19))}),
])
def test_a_meeting_asked_of_a_named_body_is_an_appeal_to_it(text, expected):
    assert _statements(text) == expected


@pytest.mark.parametrize("text", [
    "Chile asked for an emergency meeting.",  # no body named
    "Chile was asked for a meeting of the Security Council.",  # the passive names no asker of it
    "Chile asked for a meeting with Peru's president.",  # talks asked of a side, not a body's session
])
def test_no_appeal_without_a_named_body_to_meet(text):
    assert not {t for t in _statements(text) if t[1] == "appeal" and t[3] in ("UNO", "OAS", "NTO", "EUU")}
