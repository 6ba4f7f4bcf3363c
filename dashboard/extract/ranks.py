"""A person named with a military rank is "the general" afterwards: "the coup leader, Senior
General Min Aung Hlaing ... He and the general held talks"; one named with a secretary's title
is "the Secretary": "Secretary of State Antony Blinken met ... The Secretary urged"."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.units import Actor, Unit
from dashboard.extract.words import BE_FORMS, CLAUSE_VERBS

# Ranks a text goes on to call a person by, and the forms they take before a name.
RANKS: Final = frozenset({"general", "admiral", "marshal", "colonel", "secretary"})
_RANK_IN_NAME: Final = re.compile(r"\b(General|Gen\.|Admiral|Adm\.|Marshal|Colonel|Col\.)(?= [A-Z])")
# A secretary's title stands anywhere in the phrase: "Secretary of State X", "Secretary-General X".
_SECRETARY_IN_NAME: Final = re.compile(r"\bSecretary\b")
_SHORT: Final = {"gen.": "general", "adm.": "admiral", "col.": "colonel"}
# Words after "the general" that make it a person acting, not "the general election".
_AFTER: Final = frozenset({"and", "who", "'s", "had", "has", "have", "also", "then", "later", "would", "will"})


def rank_in(text: str) -> list[str]:
    """The ranks an actor phrase names its person by ("Senior General Min Aung Hlaing": general;
    "Secretary of State Antony Blinken": secretary)."""
    found: list[str] = []
    match = _RANK_IN_NAME.search(text)
    if match is not None:
        word = match.group(1).lower()
        found.append(_SHORT.get(word, word))
    if _SECRETARY_IN_NAME.search(text) is not None:
        found.append("secretary")
    return found


def ranked_at(units: list[Unit], i: int, ranks: dict[str, Actor]) -> Actor | None:
    """The person "the general" at ``i`` stands for: the latest named with that rank, when the
    phrase is a person acting (followed by a verb, "and", "who", a mark), not "the general
    election"."""
    unit = units[i]
    person = ranks.get(unit.low)
    if person is None or i == 0 or units[i - 1].low != "the":
        return None
    after = units[i + 1] if i + 1 < len(units) else None
    if after is None or not after.text[:1].isalnum() or after.low in _AFTER or after.low in BE_FORMS \
            or after.low in CLAUSE_VERBS or any(spec.pos in ("verb", "report") for spec in after.triggers()):
        return person
    return None
