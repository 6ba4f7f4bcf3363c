"""Whom a later "he" may mean: not a person the sentence names only inside a clause it hangs on
its main one ("Nigeria and South Africa form a troika ... after President X was re-elected. He
went to ...": "he" is whom the story was about before, not X)."""

from __future__ import annotations

from typing import Final

from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.units import Actor, Unit

# Words that open a clause hung on the main one after it has begun.
_SUBORDINATORS: Final = frozenset({"after", "before", "when", "since", "because", "until", "although", "though",
                                   "whereas"})


def with_main_subject(units: list[Unit], memory: ArticleMemory, before: Actor | None) -> list[Unit]:
    """The chunked ``units`` unchanged; the person a later "he" means back to ``before`` (whom
    the sentence before was about) when the sentence's first person stands in a side clause: a
    subordinator after a main clause whose subject is a country or a body, no comma closing it."""
    subject = memory.last_subject
    if before is None or subject is None or subject is before:
        return units
    for k, unit in enumerate(units):
        if unit.actor is subject:
            if _side_clause(units[:k]):
                memory.last_subject = before
            break
        if unit.actor is not None and unit.actor.kind == "person":
            break
    return units


def _side_clause(done: list[Unit]) -> bool:
    for k in range(len(done) - 1, 0, -1):
        if done[k].text == ",":
            return False  # "Speaking hours after the measures were announced, Biden said": the main clause
        if done[k].low in _SUBORDINATORS:
            return any(unit.actor is not None for unit in done[:k])
    return False
