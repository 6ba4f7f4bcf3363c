"""Events told inside reports and clauses: a second predicate after a time told with "that"
("later that month"), the speaker's "its" in a reported clause, an object "him" that is not its
own clause's subject, "told X that it ...", and a trip made "to see" someone."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements, triples


def _of(text: str, event_type: str) -> set[tuple]:
    return {t for t in triples(extract(text)) if t[0] == event_type}


@pytest.mark.parametrize("text, expected", [
    # "that" before a time word opens no clause: the second verb keeps the subject.
    ("Chile's foreign minister visited Lima later that month and met Peru's president.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile's foreign minister flew to Lima that same week and held talks with Peru's president.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
])
def test_second_predicate_after_a_time_with_that(text, expected):
    assert _of(text, "meeting") == expected


@pytest.mark.parametrize("text, event_type, expected", [
    # "said their ambassadors would ...": "its", "their" after a report are the speaker's own.
    ("Chile and Peru said on Monday that their ambassadors would return to their posts.", "relations",
     {("relations", "restore", "CHL", "PER", "planned")}),
    ("Chile said on Monday its warships had held exercises near Peru.", "military",
     {("military", "exercise", "CHL", "PER", "asserted")}),
])
def test_possessive_after_a_report_is_the_speaker(text, event_type, expected):
    assert _of(text, event_type) == expected


@pytest.mark.parametrize("text, expected", [
    # An object "him" is never its own clause's subject: the other person the sentence names.
    ("Chile's foreign minister spoke to Peru's president on Tuesday and urged him to release the prisoners.",
     {("appeal", "CHL", "PER", "neutral")}),
    ("Chile's president met Peru's president in Lima and thanked him for the invitation.",
     {("praise", "CHL", "PER", "positive")}),
    # After a report, "him" is the speaker again.
    ("Chile's president said Peru's president had thanked him for the invitation.",
     {("comment", "CHL", "PER", "positive"), ("praise", "PER", "CHL", "positive")}),
])
def test_object_pronoun_is_not_the_clause_subject(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, expected", [
    # With no other person in its sentence, "him" is the one the sentence before was about.
    ("Chilean President Gabriel Boric arrived in Lima on Monday. Peruvian President Dina Boluarte thanked him "
     "for the visit.", {("praise", "PER", "CHL", "positive")}),
    ("Chilean President Tomás Vidal took office on Sunday. Hours later, Argentine President Mario Lenz "
     "congratulated him on social media.", {("praise", "ARG", "CHL", "positive")}),
    # ", saying" after "backed her" is still said by the one who backed her.
    ("Chilean Foreign Minister Rosa Paz said on Monday that the border would stay open. Argentine Foreign "
     "Minister Juan Soto backed her, saying the closure had been lawful.", {("support", "ARG", "CHL", "positive")}),
    # The sentence before was about the subject itself: "him" stays unknown.
    ("Peruvian President Dina Boluarte arrived in Quito on Monday. Boluarte later thanked him for the welcome.",
     set()),
])
def test_object_pronoun_after_a_lone_subject_is_the_previous_topic(text, expected):
    assert statements(extract(text)) == expected


@pytest.mark.parametrize("text, event_type, expected", [
    # "told Peru that it ...": "that" after the hearer opens the report, and "it" is the speaker;
    # an act aimed at nobody else is aimed at the hearer.
    ("Chile told Peru that it would recall its ambassador.", "relations",
     {("relations", "recall", "CHL", "PER", "planned")}),
    ("Chile has told Peru that it will not renew its membership of the Pacific Alliance.", "agreement",
     {("agreement", "withdraw", "CHL", "PER", "planned")}),
    ("Chile told Peru that they would expel two Bolivian diplomats.", "relations",
     {("relations", "expel", "CHL", "BOL", "planned")}),
])
def test_told_to_a_hearer_that_it_will(text, event_type, expected):
    assert _of(text, event_type) == expected


@pytest.mark.parametrize("text, expected", [
    # A trip made "to see" or "to hand" someone, or a trip "and spent hours with" them: talks with them.
    ("Chile's president travelled to Lima on Thursday to see Peru's president.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile's foreign minister flew to Lima in early July to hand Peru's president the commission's report.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    ("Chile's president flew to Lima and spent some six hours with Peru's president.",
     {("meeting", "talks", "CHL", "PER", "asserted")}),
    # Not a thing seen, nor a person who is not the object.
    ("Chile's president travelled to Lima on Thursday to see the damage.", set()),
])
def test_person_met_as_the_purpose_of_a_trip(text, expected):
    assert _of(text, "meeting") == expected
