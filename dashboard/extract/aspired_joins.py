"""Joining told as someone's aim or as the content of an invitation or objection ("its ambition
to join NATO", "blocked an invitation for Skopje to join", "its objection to its neighbour
joining") is no accession by the clause's subject, and no accession at all: the gold codes none."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

_AIM_NOUNS: Final = frozenset({"ambition", "ambitions", "aspiration", "aspirations", "dream", "invitation",
                               "objection", "objections", "opposition", "veto"})
_LINKS: Final = frozenset({"to", "for"})
_REACH: Final = 5  # "objection to its neighbour joining": the noun, its link, and the joiner


def aspired_join(units: list[Unit], index: int) -> bool:
    """Whether the joining verb at ``index`` completes an aim, invitation or objection noun
    shortly before it, with nothing but its link and the joiner between."""
    for k in range(index - 1, max(0, index - _REACH) - 1, -1):
        if units[k].low in _AIM_NOUNS:
            return k + 1 < index and units[k + 1].low in _LINKS
        if units[k].text in ",;:.()" or units[k].low.endswith("ed"):
            return False  # another clause, or a verb of its own
    return False
