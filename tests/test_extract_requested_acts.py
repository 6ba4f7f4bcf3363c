"""Asking told as a noun beside the act it answers, from short sentences written for these
tests: "at the request of X", "at X's request", "after requests from X and Y": the asker made
an appeal to the doer of the act."""

from __future__ import annotations

import pytest

from tests.conftest import extract


def _statements(events) -> set[tuple]:
    return {(e.event_mode, e.actor_country, e.target_country, e.stance) for e in events
            if e.event_type == "statement"}


@pytest.mark.parametrize("text, expected", [
    ("Spain sent troops to Mali in 2013 at the request of the government in Bamako.",
     {("appeal", "MLI", "ESP", "neutral")}),
    ("Canada deployed warships to Haiti at Haiti's request on Monday.",
     {("appeal", "HTI", "CAN", "neutral")}),
    ("Trump said he lifted the sanctions on Syria after requests from the Saudi crown prince and Erdogan.",
     {("appeal", "SAU", "USA", "neutral"), ("appeal", "TUR", "USA", "neutral")}),
    # the asker before a comma is not joined to the doer after it
    (("At the request of the Government of Mozambique, the Government of Rwanda today begins the "
      "deployment of 1,000 troops to Mozambique."),
     {("appeal", "MOZ", "RWA", "neutral")}),
])
def test_asker_appeals_to_the_doer(text, expected):
    assert expected <= _statements(extract(text))


def test_the_doer_asking_itself_makes_no_appeal():
    # "its own request": the asker is the doer, no statement to itself
    assert not _statements(extract("Spain sent troops to Mali at its own request."))
