"""Ties broken from each side: "Nauru said it would sever relations with Taiwan" and later "Taipei
said it was ending relations with Nauru" are two acts, one by each government, not one break told
twice (a break is otherwise symmetric, so "the rupture between Taiwan and Nauru" joins either)."""

from __future__ import annotations

from dashboard.extract.model import ExtractedEvent


def broken_from_each_side(a: ExtractedEvent, b: ExtractedEvent) -> bool:
    """Whether two breaks of one pair are told in different sentences with opposite sides, each
    with its actor named as the subject and its target stated."""
    if not (a.event_type == b.event_type == "relations" and a.event_mode == b.event_mode == "break"):
        return False
    if a.actor_country is None or a.target_country is None or a.actor_country == a.target_country:
        return False
    if (b.actor_country, b.target_country) != (a.target_country, a.actor_country):
        return False
    if not (a.actor_explicit and b.actor_explicit and a.target_basis == b.target_basis == "stated"):
        return False
    return bool(a.evidence) and bool(b.evidence) and a.evidence[0].char_start != b.evidence[0].char_start
