"""A saying after another statement by the same speaker ("denies X and says ...", "lodged a
protest, its minister said") is a statement of its own, aimed at the speaker's latest
counterpart; only an act of the speaker's own told after the saying makes it mere news."""

from __future__ import annotations

from tests.conftest import extract, triples

TALKS = "Ghana and Togo held talks in Accra on Monday. "


def test_saying_after_a_denial_is_a_statement() -> None:
    events = extract(TALKS + "Ghana denies harbouring rebels and says its forces are guarding the border.")
    assert ("statement", "comment", "GHA", "TGO", "asserted") in triples(events)


def test_saying_after_a_protest_is_a_statement() -> None:
    events = extract(TALKS + "Ghana lodged a protest over the raid, its foreign minister said.")
    # the protest takes Togo, the article's one other country, and the saying that tells it joins
    # it, as when the protest names Togo ("lodged a protest with Togo")
    assert ("statement", "criticism", "GHA", "TGO", "asserted") in triples(events)


def test_own_act_told_after_the_saying_is_still_the_news() -> None:
    events = extract("Kenya and Somalia signed a border security pact on Monday. Kenyan President William Ruto "
                     "condemned the violence against civilians and said Kenya would send more police to the border.")
    assert not [e for e in events if e.event_type == "statement"]
    assert ("military", "deployment", "KEN", None, "planned") in triples(events)


def test_a_saying_refused_is_still_no_statement() -> None:
    events = extract(TALKS + "The Ghanaian government declined to say how long the border would stay shut.")
    assert not [e for e in events if e.event_type == "statement" and e.event_mode == "comment"]
