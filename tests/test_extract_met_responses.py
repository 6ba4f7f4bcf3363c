"""The passive "be met with", from short sentences written for these tests: a saying that an
act "will be met with" a response is a warning (threat) aimed at whoever would act, and no
meeting; "met with" a person stays a meeting."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

_DAY = date(2024, 6, 19)


@pytest.mark.parametrize("text, expected", [
    ("Tokyo hosted Manila's defence chief. Kishida repeated that any aggression by China against "
     "the Philippines would be met with a united and resolute answer.",
     {("statement", "threat", "JPN", "CHN", None, _DAY)}),
    ("Prime Minister Fumio Kishida said that any missile fired by North Korea over Japan will be met with force.",
     {("statement", "threat", "JPN", "PRK", None, _DAY)}),
])
def test_an_act_to_be_met_with_an_answer_is_a_threat(text, expected):
    assert rows(extract(text), event_type="statement") == expected
    assert not rows(extract(text), event_type="meeting")


@pytest.mark.parametrize("text", [
    "Any new strike by Ruritania would be met with a firm answer, the minister said.",
    "The plan was met with doubt in Seoul.",
])
def test_be_met_with_is_no_meeting(text):
    assert not rows(extract(text), event_type="meeting")


def test_met_with_a_person_is_still_a_meeting():
    assert rows(extract("Japanese Prime Minister Fumio Kishida met with Philippine President "
                         "Ferdinand Marcos in Manila on Wednesday."), event_type="meeting") == {
        ("meeting", "talks", "JPN", "PHL", "PHL", _DAY)}
