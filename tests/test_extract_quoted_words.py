"""Quoted words inside a clause ("called the plan "deeply troubling" and said ...") are part of
it: the second predicate after them still has the clause's subject as its speaker. So is a
phrase of purpose ("as part of a package")."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_saying_after_a_quoted_judgement_has_the_subject_as_speaker() -> None:
    events = extract('Japanese Foreign Minister Yoko Kamikawa called the plan "deeply troubling" and said '
                     "North Korea was breaking its promises.")
    assert ("statement", "comment", "JPN", "PRK", "asserted") in triples(events)


def test_accusation_after_a_quoted_complement_has_the_subject_as_accuser() -> None:
    events = extract('The Philippine foreign ministry described the report as "pure fiction" and accused '
                     "Beijing of provoking the clash.")
    assert ("statement", "accusation", "PHL", "CHN", "asserted") in triples(events)


def test_quoted_speech_opening_the_sentence_is_still_a_boundary() -> None:
    events = extract('"We will not back down," the Philippine foreign ministry said, and accused Beijing of '
                     "provoking the clash.")
    assert triples(events) == {("statement", "accusation", "PHL", "CHN", "asserted")}


def test_as_part_of_is_no_clause_of_its_own() -> None:
    events = extract("Japan's foreign minister signed over two patrol boats as part of a security package "
                     "and said China was trying to intimidate its neighbours.")
    assert ("statement", "comment", "JPN", "CHN", "asserted") in triples(events)
