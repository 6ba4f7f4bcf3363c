"""A second gerund after a judging verb's object ("criticised X for visiting Y and holding
talks") is the object's deed too; short sentences written for these tests."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract, triples


def test_second_gerund_is_the_objects_deed():
    text = ("Germany and France criticised Serbian President Aleksandar Vucic for visiting Belarus "
            "on Monday and holding talks with President Alexander Lukashenko.")
    assert triples(extract(text, date(2024, 3, 4))) == {
        ("statement", "criticism", "DEU", "SRB", "asserted"), ("statement", "criticism", "FRA", "SRB", "asserted"),
        ("visit", "unspecified", "SRB", "BLR", "asserted"), ("meeting", "talks", "SRB", "BLR", "asserted")}


def test_accused_of_two_gerunds():
    text = "Poland accused Hungary of visiting Moscow and holding talks with Russia in secret."
    meetings = {t[2:4] for t in triples(extract(text, date(2024, 3, 4))) if t[0] == "meeting"}
    assert meetings == {("HUN", "RUS")}


def test_finite_second_verb_stays_with_the_critic():
    text = "Chile criticised Peru for expelling its envoy and called on Lima to reverse the step."
    found = triples(extract(text, date(2024, 3, 4)))
    assert ("statement", "appeal", "CHL", "PER", "asserted") in found
