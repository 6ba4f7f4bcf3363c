"""A call with no partner the grammar reads (own wording) takes the article's one other country:
a named person on the phone speaks with one other side. Not when the article has named two other
countries, nor for a group's call, talks, or a verb of calling."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

WITH_TOGO = ", Tuesday, with His Excellency Mr Faure Gnassingbe, President of the Togolese Republic."


@pytest.mark.parametrize(("text", "expected"), [
    ("President Mahama held a telephone conversation today" + WITH_TOGO,
     ("meeting", "call", "GHA", "TGO", "asserted")),
    (("Prime Minister Kishida held a phone call today, Monday, with His Excellency Mr Anthony Albanese, "
      "Prime Minister of the Commonwealth of Australia."),
     ("meeting", "call", "JPN", "AUS", "asserted")),
])
def test_a_call_takes_the_one_other_country_of_the_article(text, expected):
    events = extract(text)
    assert expected in triples(events)
    assert {e.target_basis for e in events if e.event_type == "meeting"} == {"elimination"}


@pytest.mark.parametrize("text", [
    # Two other countries in the article: no guess.
    "Benin and Togo agreed to reopen the border. President Mahama held a telephone conversation today" + WITH_TOGO,
    # A group's call may be among its members.
    "The ECOWAS chair held a telephone conversation today" + WITH_TOGO,
    # Talks and verbs of calling are not read so (they cost matched events on real pages).
    "President Mahama held talks today" + WITH_TOGO,
    "President Mahama phoned today, Tuesday, His Excellency Mr Faure Gnassingbe, President of the Togolese Republic.",
])
def test_no_call_guess_outside_the_construction(text):
    assert not [e for e in extract(text) if e.event_type == "meeting"]
