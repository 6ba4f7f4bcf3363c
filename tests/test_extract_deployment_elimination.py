"""A deployment noun with no destination country read (own wording) takes the article's one other
country; not when it goes to a place or an edge of the actor's own, nor for verbs of sending, nor
when the article has named two other countries."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

QUARREL = "Kenya and Somalia have quarrelled over grazing land. "


@pytest.mark.parametrize("text", [
    QUARREL + "Kenya announced the deployment of 2,000 troops on Tuesday.",
    QUARREL + "The Kenyan government today begins the deployment of a contingent of 900 police officers.",
])
def test_a_deployment_noun_takes_the_one_other_country_of_the_article(text):
    events = extract(text)
    assert ("military", "deployment", "KEN", "SOM", "asserted") in triples(events)
    assert {e.target_basis for e in events if e.event_type == "military"} == {"elimination"}


@pytest.mark.parametrize("text", [
    # Sent to a place or an edge of its own: kept at home.
    QUARREL + "Kenya announced the deployment of 2,000 troops to Mombasa on Tuesday.",
    QUARREL + "Kenya ordered the deployment of 2,000 troops to its border on Tuesday.",
    # Verbs of sending are not read so (wrong 3 times in 4 on the studied sets).
    QUARREL + "Kenya sent 2,000 troops on Tuesday.",
    # Two other countries in the article: no guess.
    "Kenya, Ethiopia and Somalia have quarrelled over grazing land. Kenya announced the deployment of 2,000 troops.",
])
def test_no_deployment_guess_outside_the_construction(text):
    assert not [e for e in extract(text) if e.event_type == "military" and e.target_country]
