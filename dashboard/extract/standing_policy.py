"""A gerund told as a standing policy ("its policy of not supplying weapons", "a long practice
of hosting exiles") names a state of affairs, not an event: the guidelines code none."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_STANDING_NOUNS: Final = frozenset({"policy", "policies", "practice", "practices", "tradition", "habit", "doctrine"})
_NEGATIONS: Final = frozenset({"not", "never"})


def told_as_policy(units: list[Unit], index: int) -> bool:
    """Whether the gerund at ``index`` is the content of a policy noun ("policy of [not] X-ing")."""
    if not units[index].low.endswith("ing"):
        return False
    k = index - 1
    if k >= 0 and units[k].low in _NEGATIONS:
        k -= 1
    return k >= 1 and units[k].low == "of" and units[k - 1].low in _STANDING_NOUNS
