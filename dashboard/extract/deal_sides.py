"""The sides of deals the article names with their partner, for deals later named alone.

"South Korea said it would keep its intelligence-sharing agreement with Japan" makes a later
"Seoul decided to scrap the intelligence pact" a withdrawal aimed at Japan, even when the first
sentence told no event of its own.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit

# How many words a deal's name may take between the owner's "its" and the noun.
_NAME_REACH: Final = 4


def deal_sides_in(units: list[Unit], deal_words: frozenset[str]) -> list[tuple[str, str]]:
    """(owner, partner) of each "its / their / X's ... agreement with Y" in the sentence; "its"
    and "their" stand for the sentence's first country named."""
    found: list[tuple[str, str]] = []
    for k in range(1, len(units) - 2):
        if units[k].low not in deal_words or units[k + 1].low != "with":
            continue
        partner = units[k + 2].actor
        if partner is None or partner.kind != "state" or not partner.country:
            continue
        owner: str | None = None
        for j in range(k - 1, max(-1, k - 1 - _NAME_REACH), -1):
            unit = units[j]
            if unit.actor is not None:
                owner = unit.actor.country if unit.possessive else None
                break
            if unit.low in ("its", "their"):
                owner = next((u.actor.country for u in units[:j] if u.actor is not None and u.actor.country), None)
                break
            if unit.text in ",;" or unit.low in ("the", "a", "an"):
                break
        if owner and owner != partner.country:
            found.append((owner, partner.country))
    return found


_AID_VERBS: Final = frozenset({"help", "support", "assist", "aid", "bolster", "shore"})
_CLAUSE_REACH: Final = 14


def helped_by_deal(units: list[Unit], index: int, own: set[str]) -> list[Actor]:
    """"New Delhi signed a currency swap arrangement ... to help the Maldives": a deal signed
    with no side named, to help a country, is made with that country."""
    for k in range(index + 1, min(len(units) - 2, index + _CLAUSE_REACH)):
        if units[k].text in ".;" or units[k].low in ("said", "and said"):
            break
        if units[k].low == "to" and units[k + 1].low in _AID_VERBS:
            j = k + 2
            while j < len(units) - 1 and units[j].low in ("up", "the"):  # "to shore up the Maldives'"
                j += 1
            actor = units[j].actor
            if actor is not None and actor.kind == "state" and actor.country and actor.country not in own:
                return [actor]
            return []
    return []
