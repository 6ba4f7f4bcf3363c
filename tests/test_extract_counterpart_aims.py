"""Exact statements out of short texts written for these tests: a condemnation, accusation,
denial, warning or condolence that names nobody it is aimed at is aimed at the speaker's latest
counterpart in the article, unless the two last made a deal; an appeal of nobody named is not."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("Kenya expelled two Ugandan diplomats on Monday. Nairobi accused the envoys of spying.",
     ("accusation", "KEN", "UGA", "negative")),
    ("Chile recalled its ambassador from Peru on Tuesday. Santiago condemned the arrests.",
     ("criticism", "CHL", "PER", "negative")),
    ("Turkey sent troops into Syria on Monday. Ankara condemned the attacks on its soldiers.",
     ("criticism", "TUR", "SYR", "negative")),
    ("Ghana closed its border with Togo on Monday. Accra denied any plan to expel traders.",
     ("denial", "GHA", "TGO", "negative")),
    ("Chile recalled its ambassador from Peru on Tuesday. Santiago warned of further arrests.",
     ("concern", "CHL", "PER", "negative")),
    (("A ferry carrying Greek tourists sank off Turkey on Monday. Greek President Katerina "
      "Sakellaropoulou met Turkish President Recep Tayyip Erdogan in Ankara on Tuesday. "
      "Erdogan offered his condolences."),
     ("sympathy", "TUR", "GRC", "positive")),
])
def test_a_judgement_of_nobody_named_is_aimed_at_the_latest_counterpart(text, expected):
    assert expected in statements(extract(text))


@pytest.mark.parametrize("text", [
    "Norway condemned the attack.",  # no counterpart told: no statement
    "Kenya accused the envoys of spying.",
    # an appeal of nobody named stays unaimed (right under half the time at the counterpart)
    "Japan hosted Indian Prime Minister Narendra Modi on Monday. Tokyo called for calm in the region.",
    # the latest counterpart is a partner in a deal just made: the judgement is of someone else
    "Ghana and Togo signed a trade agreement on Monday. Accra condemned the attacks on traders.",
])
def test_no_counterpart_or_an_appeal_gives_no_aimed_statement(text):
    assert statements(extract(text)) == set()
