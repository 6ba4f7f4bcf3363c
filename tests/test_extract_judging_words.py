"""Judging words and saying verbs added after the studied real pages (vi to vl): a verdict of
bad ethics or manners, alarm, a watershed, and a post on Twitter that reports a clause."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # "called X unethical / uncivilised / immoral": a reproach of whoever X belongs to.
    ("Chile called the Peruvian proposal \"unethical\".", {("criticism", "CHL", "PER", "negative")}),
    ("The Chilean foreign ministry called Peru's border fence uncivilised.",
     {("criticism", "CHL", "PER", "negative")}),
    ("Chile said the Peruvian fishing ban was immoral.", {("criticism", "CHL", "PER", "negative")}),
    ("Chile said the Peruvian fishing ban was regrettable.", {("criticism", "CHL", "PER", "negative")}),
    # a watershed is praise, as a milestone is
    ("The Chilean president called the Peruvian offer a watershed.", {("praise", "CHL", "PER", "positive")}),
])
def test_words_of_verdict(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # being alarmed is concern, as being worried is
    ("The Chilean minister said Chile was deeply alarmed by the Peruvian troop build-up.",
     {("concern", "CHL", "PER", "negative")}),
    # "tweeted" reports a clause as "wrote" does
    ("The Chilean minister tweeted that Chile was alarmed by the Peruvian troop build-up.",
     {("concern", "CHL", "PER", "negative")}),
    ("The Chilean president tweeted that Peru had violated the border.",
     {("criticism", "CHL", "PER", "negative")}),
])
def test_alarm_and_tweets(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


def test_a_plea_by_letter_is_an_appeal():
    events = extract("The Chilean president wrote to Peru's leader, begging him to reopen the border.",
                     date(2024, 3, 4))
    assert ("appeal", "CHL", "PER", "neutral") in statements(events)



@pytest.mark.parametrize("text, modality", [
    # "call for" in its base form is an appeal, as "calls for" is, not a phone call
    ("Chile will continue to call for the release of the Peruvian fishermen.", "planned"),
    ("Chile did not call for sanctions on Peru, its minister said.", "negated"),
])
def test_call_for_in_its_base_form_is_an_appeal(text, modality):
    events = extract(text, date(2024, 3, 4))
    assert [(e.event_type, e.event_mode, e.actor_country, e.target_country, e.modality) for e in events] == [
        ("statement", "appeal", "CHL", "PER", modality)]
