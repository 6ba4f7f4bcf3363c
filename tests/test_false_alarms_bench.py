"""bench/false_alarms.py: what the gold holds where a reported event matches no gold row."""

from __future__ import annotations

from datetime import date

from bench.false_alarms import GROUPS, why_false
from dashboard.evaluate import GoldEvent, pair_events
from tests.conftest import extract

TALKS = "Chilean President Gabriel Boric held talks with Argentine President Javier Milei in Santiago on Monday."


def gold(event_type: str, actor: str, target: str, sentence: str = TALKS) -> GoldEvent:
    return GoldEvent(article="a.txt", event_type=event_type, event_mode="talks" if event_type == "meeting" else "unspecified",
                     actor="", actor_country=actor, target_country=target, place_country=None, date_start=None,
                     date_precision="unknown", modality="asserted", stance=None, evidence=(sentence,))


def group_of(rows: list[GoldEvent]) -> str:
    events = [e for e in extract(TALKS, date(2024, 6, 18)) if e.event_type == "meeting"]
    assert [(e.actor_country, e.target_country) for e in events] == [("CHL", "ARG")]
    pairs = pair_events(rows, events)
    return why_false(0, events, {j for _, j in pairs}, rows, {i for i, _ in pairs})


def test_each_false_alarm_falls_in_the_first_group_the_gold_allows():
    assert group_of([gold("meeting", "CHL", "BRA")]) == GROUPS[1]  # another target or place
    assert group_of([gold("meeting", "ARG", "CHL")]) == GROUPS[2]  # another actor: roles reversed
    assert group_of([gold("visit", "ARG", "CHL")]) == GROUPS[3]  # another type only
    assert group_of([gold("visit", "ARG", "CHL", "Milei flew home on Tuesday after a short stay.")]) == GROUPS[4]


def test_a_second_event_of_a_matched_pair_is_a_repeat():
    events = [e for e in extract(TALKS, date(2024, 6, 18)) if e.event_type == "meeting"]
    twice = [events[0], events[0]]
    rows = [gold("meeting", "CHL", "ARG")]
    pairs = pair_events(rows, twice)
    assert why_false(1, twice, {j for _, j in pairs}, rows, {i for i, _ in pairs}) == GROUPS[0]
