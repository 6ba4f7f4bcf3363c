"""Exact statements out of short sentences written for these tests: a second statement verb of
one speaker ("condemned X's invasion of Y and reaffirmed its support for Y") has the first
verb's subject, not a country inside the first verb's object; and a joint text's "reaffirmed
our support for Y" is aimed at Y."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("sentence, expected", [
    # "of Ukraine" belongs to "Russia's invasion", which "condemned" took: Japan reaffirmed too.
    ("Japan condemned Russia's invasion of Ukraine and reaffirmed its support for Ukraine's sovereignty.",
     {("criticism", "JPN", "RUS", "negative"), ("support", "JPN", "UKR", "positive")}),
    ("Canada criticised Moscow's treatment of Georgia and urged Tbilisi to hold fresh elections.",
     {("criticism", "CAN", "RUS", "negative"), ("appeal", "CAN", "GEO", "neutral")}),
    # "the invasion of Ukraine", the object of "condemned": Japan urged, not Ukraine.
    ("Japan condemned the invasion of Ukraine and urged Moscow to withdraw.",
     {("appeal", "JPN", "RUS", "neutral")}),
])
def test_a_country_inside_the_first_object_is_no_subject_of_the_second_verb(sentence, expected):
    assert statements(extract(sentence)) == expected


@pytest.mark.parametrize("sentence, expected", [
    # A subject told as "the head of" a body keeps acting in the second predicate.
    ("The head of the UN agency arrived in Kyiv and praised Ukraine.", {("praise", "UNO", "UKR", "positive")}),
    # A country inside the object of a verb that is no statement is not read by this rule.
    ("Norway criticised Israel's blockade of Gaza and urged Egypt to open the border.",
     {("criticism", "NOR", "ISR", "negative"), ("appeal", "NOR", "EGY", "neutral")}),
])
def test_subjects_of_second_predicates_read_as_before(sentence, expected):
    assert statements(extract(sentence)) == expected


def test_an_owner_of_the_first_object_is_no_fallback_subject():
    # "We" unresolved: neither Russia (owner of the invasion) nor Ukraine speaks the support.
    events = extract("We condemned Russia's invasion of Ukraine, and reaffirmed our support for Kyiv.")
    assert not [e for e in events if e.actor_country in ("RUS", "UKR")]


def test_a_joint_text_restates_our_support_for_a_country():
    header = "MEDIA RELEASE - PRIME MINISTER OF AUSTRALIA\n\n"
    events = extract(header + "We condemned Russia's invasion of Ukraine, and reaffirmed our support for Kyiv.",
                     date(2024, 6, 19))
    assert statements(events) == {("criticism", "AUS", "RUS", "negative"), ("support", "AUS", "UKR", "positive")}
    assert statements(extract(header + "We reaffirmed our support for Ukraine.")) == {
        ("support", "AUS", "UKR", "positive")}
