"""Envoys moved between capitals: an ambassador recalled in the passive ("Spain's envoy was
called home from Caracas") and diplomats given hours to leave (an expulsion)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

ENVOY_REACH: Final = 6  # how far left of a passive verb its envoy subject may start


def envoy_subject(sf: SentenceFrames, index: int, word_class: str) -> bool:
    """Whether a word of ``word_class`` is the subject of the passive verb at ``index``."""
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    return any(piece in words for unit in sf.units[max(0, index - ENVOY_REACH):index] for piece in unit.low.split())


def told_to_leave(sf: SentenceFrames, index: int) -> bool:
    """"gave the Dutch envoy 48 hours to leave": diplomats as object and a departure after them."""
    if not sf.object_has_class(index, "diplomat"):
        return False
    words = sf.lexicon.word_classes.get("departure", frozenset())
    for k in range(index + 1, min(len(sf.units) - 1, index + 16)):
        if sf.units[k].text in ".;:!?":
            return False
        if f"{sf.units[k].low} {sf.units[k + 1].low}" in words:
            return True
    return False


def passive_recall_sides(sf: SentenceFrames, index: int, subject: list[int]) -> tuple[list[int], list[int]]:
    """"Chile's ambassador was recalled from Lima": the envoy's own state recalls, from where he served."""
    return subject, sf.object_actors(index, ("from",))[0]


def summoner(sf: SentenceFrames, index: int) -> list[int]:
    """"Russia's ambassador was summoned to the Moldovan foreign ministry": who summons is the
    ministry's state, named after "to" (after "by" it is the passive's own agent)."""
    return sf.object_actors(index, ("to",))[0]
