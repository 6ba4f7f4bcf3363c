"""Deals listed after a signing, as press releases list them: "the following documents were
exchanged:" then "- Bilateral Investment Treaty ...;", "- Memorandum of Understanding on ...".
Each item that names a deal is a document of its own, signed by the sides of that signing, when
and where it was; items are never merged into one another (``is_listed``)."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import Final

from dashboard.extract.model import Evidence, ExtractedEvent

# What opens a list item: "- ", "• ", "(a) ", "b) ", "1. ", "(ii) ".
_ITEM: Final = re.compile(r"\s*(?:[-•*]\s+|\((?:[a-h]|[ivx]{1,4}|\d{1,2})\)\s+|(?:[a-h]|\d{1,2})[.)]\s+)")


def is_item(sentence: str) -> bool:
    """Whether the sentence is an item of a list."""
    return _ITEM.match(sentence) is not None


def is_listed(event: ExtractedEvent) -> bool:
    """Whether an agreement was told by an item of a list (any of its mentions)."""
    return event.event_type == "agreement" and any(is_item(evidence.sentence) for evidence in event.evidence)


class DealList:
    """The signing a list of deals follows, while its items are read."""

    def __init__(self) -> None:
        self.signing: ExtractedEvent | None = None

    def read(self, sentence: str, start: int, end: int, here: list[ExtractedEvent],
             names_deal: bool) -> list[ExtractedEvent]:
        """The signing a list item that names a deal (``names_deal``) tells, when its sentence
        gave none of its own (``here``, whose signings take the list's day, place and modality);
        a sentence ending in a colon after a signing opens a list, any other closes it."""
        if not is_item(sentence):
            signed = [e for e in here if e.event_type == "agreement" and e.event_mode == "sign"
                      and e.actor_country and e.target_country]
            self.signing = signed[-1] if signed and sentence.rstrip().endswith(":") else None
            return []
        signing = self.signing
        if signing is None or not names_deal:
            return []
        own = [e for e in here if e.event_type == "agreement" and e.event_mode == "sign"]
        for event in own:  # "- the Treaty between A and B ...": its sides, the list's day
            event.date_start, event.date_end = signing.date_start, signing.date_end
            event.date_precision, event.date_basis = signing.date_precision, signing.date_basis
            event.modality = signing.modality
            if not event.place_country:
                event.take_place_of(signing)
        if own:
            return []
        return [replace(signing, evidence=[Evidence(sentence, start, end, "listed")])]
