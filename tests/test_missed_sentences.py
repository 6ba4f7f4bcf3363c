"""bench/missed_sentences.py: what became of a missed gold event, read at its own sentence."""

from __future__ import annotations

from datetime import date

from bench.missed_sentences import recognised, shown, why_missed
from dashboard.evaluate import GoldEvent, states_event
from dashboard.sources import Article
from tests.conftest import extract

VISIT = "Chilean President Gabriel Boric visited Buenos Aires on Monday."
QUIET = "Chile and Argentina held long consultations, the ministry in Santiago said on Monday."


def gold(event_type: str, actor: str, target: str, sentence: str) -> GoldEvent:
    return GoldEvent(article="a.txt", event_type=event_type, event_mode="talks" if event_type == "meeting" else "unspecified",
                     actor="", actor_country=actor, target_country=target, place_country=None, date_start=None,
                     date_precision="unknown", modality="asserted", stance=None, evidence=(sentence,))


def test_a_sentence_states_the_event_when_it_is_the_gold_one_or_one_holds_the_other():
    row = gold("visit", "CHL", "ARG", VISIT)
    assert states_event(VISIT, row) and states_event("SANTIAGO, June 18 \u2014 " + VISIT, row)
    assert not states_event("Boric visited.", row)  # a fragment too short to tell
    assert not states_event(QUIET, row)


def test_an_event_read_from_the_sentence_says_how_it_differs_from_the_gold():
    events = extract(VISIT, date(2024, 6, 19))
    sentences = recognised(Article(article_id="a", title="", text=VISIT, published=date(2024, 6, 19)))
    assert why_missed(sentences, gold("meeting", "CHL", "ARG", VISIT), events) == "another type from the sentence"
    assert why_missed(sentences, gold("visit", "CHL", "BRA", VISIT), events) == (
        "same type and actor, another target or place")
    assert why_missed(sentences, gold("visit", "ARG", "CHL", VISIT), events) == "same type, roles reversed"


def test_a_sentence_the_rules_are_silent_on_says_what_the_recogniser_saw_there():
    article = Article(article_id="a", title="", text=f"{VISIT} {QUIET}", published=date(2024, 6, 19))
    sentences = recognised(article)
    silent = gold("meeting", "CHL", "ARG", QUIET)
    events = [e for e in extract(article.text, date(2024, 6, 19)) if not states_event(e.sentence, silent)]
    reason = why_missed(sentences, silent, events)
    assert reason.startswith("silent: ") and reason.endswith("both sides named")


def test_a_listed_miss_gives_the_gold_row_its_sentences_and_the_events_read_from_them():
    events = extract(VISIT, date(2024, 6, 19))
    lines = shown("a.txt", gold("visit", "ARG", "CHL", VISIT), "same type, roles reversed", events)
    assert lines[0] == "=== a.txt | same type, roles reversed"
    assert lines[1].startswith("  gold  visit/unspecified ARG->CHL at - ")
    assert lines[2] == f"  says  {VISIT}"
    assert any(line.startswith("  read  visit/unspecified CHL->ARG at ARG") for line in lines[3:])
