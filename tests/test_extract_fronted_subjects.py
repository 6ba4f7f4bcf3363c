""""He" in the next sentence is the subject of the sentence before, not a person its opening
phrase named only as an object ("Standing beside Scholz, Macron said ... He ...")."""

from __future__ import annotations

from tests.conftest import extract, triples

LATER = " He criticised Iran for the attacks on shipping."


def test_person_after_a_fronted_participle_phrase() -> None:
    events = extract("Standing next to Chancellor Scholz, President Macron said the talks had gone well." + LATER)
    assert ("statement", "criticism", "FRA", "IRN", "asserted") in triples(events)
    assert ("statement", "criticism", "DEU", "IRN", "asserted") not in triples(events)


def test_person_after_a_fronted_prepositional_phrase() -> None:
    events = extract("In a call with Chancellor Scholz, President Macron discussed Ukraine." + LATER)
    assert ("statement", "criticism", "FRA", "IRN", "asserted") in triples(events)
    assert ("statement", "criticism", "DEU", "IRN", "asserted") not in triples(events)


def test_person_after_a_fronted_meeting() -> None:
    events = extract("After meeting Chancellor Scholz, President Macron told reporters he was pleased." + LATER)
    assert ("statement", "criticism", "FRA", "IRN", "asserted") in triples(events)


def test_subject_opening_the_sentence_stays() -> None:
    events = extract("Chancellor Scholz, standing next to President Macron, said the talks had gone well." + LATER)
    assert ("statement", "criticism", "DEU", "IRN", "asserted") in triples(events)
    assert ("statement", "criticism", "FRA", "IRN", "asserted") not in triples(events)


def test_object_after_the_comma_is_no_subject() -> None:
    events = extract("On Monday, Chancellor Scholz met President Macron in Berlin." + LATER)
    assert ("statement", "criticism", "DEU", "IRN", "asserted") in triples(events)
