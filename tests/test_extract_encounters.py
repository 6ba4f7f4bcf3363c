"""Exact events out of short sentences written for these tests: visits, meetings, agreements and
military acts (lists of sides, references back, background events)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract, triples


def test_a_meeting_abroad_told_as_background_implies_no_trip():
    news = extract("Kenyan President William Ruto met Chinese Premier Li Qiang in Lima on Monday.",
                   date(2024, 11, 20))
    assert {(e.actor_country, e.target_country) for e in news if e.event_type == "visit"} == {
        ("KEN", "PER"), ("CHN", "PER")}
    background = extract("The two leaders last met in Lima in March 2022.", date(2024, 11, 20))
    assert all(e.event_type != "visit" for e in background)
    older = extract("Ruto and Li Qiang met in Lima in March 2022.", date(2024, 11, 20))
    assert triples(older) == {("meeting", "talks", "KEN", "CHN", "asserted")}
