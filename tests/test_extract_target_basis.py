"""How each event's target was found (``target_basis``): stated by the sentence, or one of the
extractor's guesses, and kept right when mentions and reports of one event are joined."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from dashboard.extract.clustering import refinements
from dashboard.extract.mentions import absorb
from dashboard.extract.target_needs import SEVERAL
from dashboard.schema import GUESSED_TARGET_BASES, TARGET_BASES, TARGET_BASIS_MEANING
from dashboard.sources import read_file
from tests.conftest import extract

ROOT = Path(__file__).resolve().parents[1]
TALKS = "Chile and Peru held talks in Lima on Monday. "


def bases(events) -> set[tuple]:
    """(type, actor country, target country, target basis) of each event."""
    return {(e.event_type, e.actor_country, e.target_country, e.target_basis) for e in events}


@pytest.mark.parametrize(("text", "expected"), [
    # The grammar names the target: the object, or a "with" or "to" phrase.
    ("Chile raised the issue directly with Peru.", {("statement", "CHL", "PER", "stated")}),
    ("Turkey threatened to cut off water to Syria.", {("statement", "TUR", "SYR", "stated")}),
    # The one other country the sentence names.
    ("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing.",
     {("statement", "JPN", "CHN", "elimination")}),
    # Said to nobody named: to the speaker's latest counterpart.
    (TALKS + "The Chilean foreign minister said afterwards that progress had been made.",
     {("meeting", "CHL", "PER", "stated"), ("statement", "CHL", "PER", "latest dealings")}),
    # A protest of nothing named is of the latest act told before; a missile test has no target.
    ("Iran tested a long-range rocket on Sunday. Germany protested through diplomatic channels.",
     {("military", "IRN", None, "none"), ("statement", "DEU", "IRN", "told before")}),
    ("Chile accused Peru of arming rebels. Peru denies the charges.",
     {("statement", "CHL", "PER", "stated"), ("statement", "PER", "CHL", "told before")}),
    # Criticism a move "drew": aimed at who the sentence is about.
    ("Canberra said it would recognise a Palestinian state, a move that drew sharp criticism from Israel.",
     {("relations", "AUS", "PSE", "stated"), ("statement", "ISR", "AUS", "topic")}),
    # Talks where the sentence says they were held, and the trip talks abroad imply.
    ("Chancellor Olaf Scholz met President Xi Jinping in Beijing on Monday.",
     {("meeting", "DEU", "CHN", "stated"), ("visit", "DEU", "CHN", "place")}),
    ("Modi held talks in Warsaw on Thursday.", {("meeting", "IND", "POL", "place"), ("visit", "IND", "POL", "place")}),
    # A deal agreed with nobody named is agreed with whoever reports it.
    ("Kenyan President William Ruto said Tanzania had agreed to open the border.",
     {("statement", "KEN", "TZA", "stated"), ("agreement", "TZA", "KEN", "other role")}),
    # Leaving a deal is aimed at those the sentence says brokered it; a bid to approve, at its owner.
    (("Russia said on Monday that it was halting its participation in the Black Sea Grain Initiative, "
      "the arrangement brokered by Turkey and the United Nations."),
     {("agreement", "RUS", "TUR", "other role"), ("agreement", "RUS", "UNO", "other role"),
      ("meeting", "TUR", "RUS", "stated"), ("meeting", "UNO", "RUS", "stated")}),
    ("Finland joined NATO in April. Sweden applied at the same time, but Hungary has yet to approve its bid.",
     {("agreement", "FIN", "NTO", "stated"), ("agreement", "HUN", "SWE", "other role")}),
    ("The United States will rotate submarines through a base in Western Australia.",
     {("military", "USA", None, "none")}),
])
def test_each_target_says_how_it_was_found(text, expected):
    assert bases(extract(text)) == expected


def test_a_mention_that_states_the_target_beats_one_that_guessed_it():
    guessed = "Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing."
    [event] = extract(guessed + " Japan criticised China on Monday for the incursion.")
    assert (event.target_country, event.target_basis, len(event.evidence)) == ("CHN", "stated", 2)


def test_a_mention_that_fills_a_missing_target_brings_its_basis():
    [guess] = extract("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing.")
    told = replace(guess, target=None, target_country=None, target_basis="none")
    absorb(told, guess)
    assert (told.target_country, told.target_basis) == ("CHN", "elimination")


def test_a_report_that_states_the_same_target_makes_it_stated():
    [guess] = extract("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing.")
    stated = replace(guess, target_basis="stated")
    assert refinements(guess, stated)["target_basis"] == "stated"
    assert "target_basis" not in refinements(stated, guess)  # a guess never replaces what was stated
    assert "target_basis" not in refinements(replace(guess, target_basis="analyst"), stated)
    assert "target_basis" not in refinements(guess, replace(stated, target_country="KOR"))


def test_every_bundled_event_has_a_basis_of_the_vocabulary():
    found = [event for path in sorted((ROOT / "data" / "articles").iterdir())
             for article in read_file(path)[0] for event in extract(article.text, article.published)]
    assert len(found) > 400
    assert {event.target_basis for event in found} <= set(TARGET_BASES) - {"analyst"}
    # no target: no basis, or the act of a gathering of several aimed at no single side
    assert all((event.target_country is None) == (event.target_basis in ("none", SEVERAL)) for event in found)
    assert set(GUESSED_TARGET_BASES) < set(TARGET_BASIS_MEANING)
