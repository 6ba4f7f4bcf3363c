"""Companions of a traveller: "Sall, accompanied by the head of the AU Commission, Moussa Faki
Mahamat, held talks with Putin", "Macron and Scholz, together with Charles Michel, held talks
with Aliyev": those who come along meet and travel with the subject."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Unit

# The two words that open a companion phrase after a comma.
_OPENERS: Final = frozenset({("accompanied", "by"), ("together", "with"), ("joined", "by"), ("along", "with")})
_WINDOW: Final = 12  # how many words a companion phrase may hold before its actor


def _opener_at(units: list[Unit], k: int) -> bool:
    """Whether ", accompanied by" (or another opener) starts at the comma ``k``."""
    return (k + 2 < len(units) and units[k].text == ","
            and (units[k + 1].low, units[k + 2].low) in _OPENERS)


def with_companions(units: list[Unit], subject: list[int], verb: int) -> list[int]:
    """The subject of the verb at ``verb`` with the companions its phrase names; when the
    nearest actor found was itself the companion, the one it accompanies comes first."""
    if not subject:
        return subject
    for k in range(subject[0] - 1, max(-1, subject[0] - _WINDOW), -1):
        if k == subject[0] - 1 and units[k].text == ",":
            continue  # "the head of the AU Commission, Moussa Faki Mahamat": a name set after its title
        if units[k].text in (",", ";") and not _opener_at(units, k):
            break
        if _opener_at(units, k):
            return [*_coordinated_before(units, k), *subject]
    after = subject[-1] + 1
    if not _opener_at(units, after):
        return subject
    close = next((j for j in range(after + 3, verb) if units[j].text == ","), -1)
    if close < 0:
        return subject
    extra = next((j for j in range(after + 3, close) if units[j].actor is not None), -1)
    return subject if extra < 0 else [*subject, extra]


def _coordinated_before(units: list[Unit], comma: int) -> list[int]:
    """The actors listed right before a comma ("Macron and Scholz, together with ...")."""
    found: list[int] = []
    k = comma - 1
    while k >= 0 and (units[k].actor is not None or units[k].low in ("and", ",")):
        if units[k].actor is not None:
            found.insert(0, k)
        k -= 1
    return found
