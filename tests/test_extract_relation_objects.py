"""A meeting whose other side is told only by its relation to the subject ("held talks with
her host", "met his counterpart", "was received by her counterpart") is with the subject's
latest counterpart; a name after "his then counterpart" is the side itself. Sentences written
for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows

MONDAY, TUESDAY = date(2024, 6, 17), date(2024, 6, 18)
ARRIVED = "Kenyan Foreign Minister Alice Wanjiru arrived in Kampala on Monday. "
TRIP = ("visit", "unspecified", "KEN", "UGA", "UGA", MONDAY)


@pytest.mark.parametrize("sentence", [
    "On Tuesday she held talks with her host.",
    "She met her counterpart on Tuesday.",
    "She met her then counterpart on Tuesday.",
    "She was received by her counterpart on Tuesday.",
])
def test_the_relation_is_the_host_of_the_visit_under_way(sentence):
    assert rows(extract(ARRIVED + sentence)) == {TRIP, ("meeting", "talks", "KEN", "UGA", "UGA", TUESDAY)}


def test_talks_with_the_host_beside_a_signing_take_the_days_of_the_visit():
    assert rows(extract(ARRIVED + "She held talks with her host and signed a trade pact."), event_type="meeting") \
        == {("meeting", "talks", "KEN", "UGA", "UGA", MONDAY)}


def test_a_name_after_then_counterpart_is_the_side():
    text = ("Danish Foreign Minister Lars Holm travelled to Oslo in March, where he was received by his "
            "then counterpart Jonas Gahr Store.")
    assert rows(extract(text), event_type="meeting") == {("meeting", "talks", "DNK", "NOR", "NOR", date(2024, 3, 1))}


@pytest.mark.parametrize("sentence", [
    "She later met her counterparts from Rwanda and Burundi.",
    "She later met her counterpart, Sam Kutesa.",
])
def test_a_relation_that_goes_on_to_name_its_side_is_left_alone(sentence):
    assert rows(extract(ARRIVED + sentence)) == {TRIP}


def test_no_counterpart_told_before_gives_no_meeting():
    assert rows(extract("Kenyan Foreign Minister Alice Wanjiru held talks with her host on Tuesday.")) == set()
