"""A target by elimination from the article (own wording): a trigger whose actor the grammar
finds, and whose sentence gives it no target, is aimed at the one country besides the actor's
that the article has named so far; not when that is two or more, nor for an act set as a
condition, a refusal to speak, a reproach of a state of affairs, an appeal, or two sides speaking."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

PACT = "Kenya and Somalia signed a border pact on Monday. "


@pytest.mark.parametrize(("text", "expected"), [
    # The one other country the article has named takes the trigger left without a target.
    ("Relations between Australia and China soured last year. Canberra then rejected the claims as baseless.",
     ("statement", "rejection", "AUS", "CHN", "asserted")),
    ("India and the United Arab Emirates signed a trade pact on Monday. Modi thanked the president for his hospitality.",
     ("statement", "praise", "IND", "ARE", "asserted")),
    ("Ghana and Togo held talks on Monday. Ghana later signed a declaration on border security.",
     ("agreement", "sign", "GHA", "TGO", "asserted")),
    (PACT + "Kenya condemned the decision to close the crossing.",
     ("statement", "criticism", "KEN", "SOM", "asserted")),
])
def test_the_one_other_country_of_the_article_is_the_target(text, expected):
    events = extract(text)
    assert expected in triples(events)
    assert {e.target_basis for e in events if (e.event_type, e.event_mode) == expected[:2]} == {"elimination"}


@pytest.mark.parametrize("text", [
    # Two other countries named: no guess, and an appeal to nobody named is no event.
    "Relations between Australia, China and Japan soured last year. Canberra then called for an independent inquiry.",
    # An appeal asks for something more often than it addresses the country last told.
    "Relations between Australia and China soured last year. Canberra then called for an independent inquiry.",
    # A reproach of a state of affairs names no doer.
    PACT + "Kenya condemned the violence against civilians.",
    PACT + "Kenya condemned the attacks on the border post.",
    # A refusal to speak rejects nobody.
    PACT + "Nairobi declined to say how many soldiers would stay.",
    "Rutte declined to say how many jets would go to Ukraine.",
])
def test_no_target_by_elimination_where_nothing_is_aimed_at_the_other_country(text):
    assert [e for e in extract(text) if e.event_type == "statement"] == []


def test_an_act_set_as_a_condition_takes_no_target_by_elimination():
    events = extract("Peru and Chile traded barbs on Monday. Peru would not back down as long as Chile refused to talk.")
    assert not [e for e in events if e.event_type == "statement" and e.actor_country == "CHL"]
    events = extract("Peru and Chile traded barbs on Monday. Chile refused to talk.")
    assert ("statement", "rejection", "CHL", "PER", "asserted") in triples(events)


def test_two_sides_speaking_take_no_third_country_of_the_article():
    events = extract("Kenya hosted Uganda's president on Monday. Kenya and Uganda later criticised the ruling of the court.")
    assert not [e for e in events if e.event_type == "statement" and e.target_country not in ("KEN", "UGA", None)]
