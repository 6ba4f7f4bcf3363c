"""Exact events out of short sentences written for these tests: "A and his Kyrgyz counterpart (B)"
names two sides; the possessive pronoun between them is no side of its own."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _meetings_and_visits(text: str) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, e.place_country, e.date_start, e.modality)
            for e in extract(text) if e.event_type in ("meeting", "visit")}


@pytest.mark.parametrize("sentence, expected", [
    ("Kazakh President Kassym-Jomart Tokayev and his Uzbek counterpart met in Tashkent on Monday.",
     {("meeting", "KAZ", "UZB", "UZB", date(2024, 6, 17), "asserted"),
      ("visit", "KAZ", "UZB", "UZB", date(2024, 6, 17), "asserted")}),
    ("The Kenyan president and his Tanzanian counterpart, Samia Suluhu Hassan, held talks in Nairobi on Monday.",
     {("meeting", "KEN", "TZA", "KEN", date(2024, 6, 17), "asserted"),
      ("visit", "TZA", "KEN", "KEN", date(2024, 6, 17), "asserted")}),
    ("Spain's foreign minister and her Moroccan counterpart will meet in Rabat on Friday.",
     {("meeting", "ESP", "MAR", "MAR", date(2024, 6, 21), "planned"),
      ("visit", "ESP", "MAR", "MAR", date(2024, 6, 21), "planned")}),
])
def test_a_leader_and_his_counterpart_are_both_sides(sentence, expected):
    assert _meetings_and_visits(sentence) == expected


def test_a_meeting_between_a_minister_and_his_counterpart():
    events = _meetings_and_visits("On Monday the ambassador criticised a meeting in Havana between the "
                                  "Nicaraguan defence minister and his Cuban counterpart.")
    assert events == {("meeting", "NIC", "CUB", "CUB", date(2024, 6, 17), "asserted"),
                      ("visit", "NIC", "CUB", "CUB", date(2024, 6, 17), "asserted")}


def test_his_before_a_plain_noun_joins_nobody():
    events = _meetings_and_visits("Kenyan President William Ruto and his wife met Giorgia Meloni in Rome on Monday.")
    assert {e[:3] for e in events} == {("meeting", "KEN", "ITA"), ("visit", "KEN", "ITA")}
