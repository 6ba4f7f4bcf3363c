"""Statements told apart by who made them: "Russia summoned the envoy ... Spokeswoman Maria
Zakharova called the episode a provocation ... Kremlin spokesman Dmitry Peskov called it ..."
is three statements, one per speaker, though each is criticism of Britain on one day."""

from __future__ import annotations

from dashboard import gazetteer
from dashboard.extract.model import ExtractedEvent


def named_person(event: ExtractedEvent) -> str:
    """The name of the person who made a statement ("" for a country, a body or a description)."""
    name, code = event.actor, event.actor_country
    if not name or not code or event.actor_role in (None, "government") or "'s " in name or " " not in name:
        return ""
    return "" if name == gazetteer.country_name(code) or not name[:1].isupper() else name


def other_speaker(existing: ExtractedEvent, event: ExtractedEvent) -> bool:
    """Whether a later statement, told in a sentence of its own, is made by a named person other
    than the one who made the earlier one."""
    if existing.event_type != "statement" or not existing.evidence or not event.evidence \
            or existing.evidence[0].char_start == event.evidence[0].char_start:
        return False
    speaker = named_person(event)
    if not speaker or not existing.actor:
        return False
    earlier = existing.actor
    return speaker not in earlier and earlier not in speaker and speaker.split()[-1] not in earlier.split()
