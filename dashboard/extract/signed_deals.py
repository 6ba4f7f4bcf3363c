"""A deal told as signed with no signer named: "a mutual defence treaty signed in 1951", "The
agreement, signed in 1998, sets ...", "the treaty with Tuvalu signed in November 2023". The
participle makes the noun a signing, dated and placed by the words after it; its sides are the
two countries the sentence names, else the article's latest pair (one of them the partner after
"with" when the noun has one). A participle of making may also name the sides after a time
("a pact agreed last month between A, B and C", "the arrangement had been agreed with Belarus",
"the consensus agreed by ASEAN leaders in April")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.dates import MONTHS
from dashboard.extract.words import PLACE_PREPS

if TYPE_CHECKING:
    from dashboard.extract.frame import Frame
    from dashboard.extract.frames import SentenceFrames

# Frame.referenced_type of such a signing whose sides are the latest pair (dated by its own words).
SIGNED_BY_PAIR: Final = "signed by pair"
_SIGNED: Final = frozenset({"signed", "concluded", "inked", "sealed"})
# Participles that, followed by "with" and the partner, tell the deal was made: "the arrangement
# reached with China", "the agreement concluded with France" ("reached" tells an agreeing).
_MADE_WITH: Final = frozenset({"signed", "concluded", "inked", "sealed", "reached", "struck", "agreed"})
_AGREED: Final = frozenset({"reached", "struck", "agreed"})
# What follows the participle when it tells when or where, not who: "signed in 1951", "signed last week".
_AFTER: Final = frozenset({"in", "on", "at", "last", "earlier", "this", "during", "when", "nearly", "more", "some",
                           "decades", "years"})
# What may follow the participle of a passive with no signer besides those: when, or what for
# ("Several accords were signed after the talks", "documents were signed aimed at ...").
_AFTER_PASSIVE: Final = _AFTER | frozenset({"after", "following", "aimed", "recently", "yesterday", "today", "to"})


# Between the deal noun and its participle: "the arrangement had been agreed with".
_AUXILIARIES: Final = frozenset({"was", "were", "is", "are", "has", "have", "had", "been"})
# Between the participle and the sides it names, words of a time: "agreed last month between".
_WHEN: Final = frozenset({"in", "on", "last", "earlier", "this", "that", "month", "week", "year", "ago",
                          "spring", "summer", "autumn", "winter"}) | frozenset(MONTHS)


def _made_with(sf: SentenceFrames, index: int) -> int:
    """Where the partner stands after "<participle> with" right after the deal noun at ``index``
    ("the arrangement reached with China in October"); -1 when it does not."""
    units = sf.units
    k = index + 1
    if k + 2 < len(units) and units[k].low in _MADE_WITH and units[k + 1].low == "with" \
            and units[k + 2].actor is not None and not units[k + 2].possessive:
        return k + 2
    return -1


def _sides_after(sf: SentenceFrames, index: int) -> tuple[int, str, int]:
    """(participle, preposition, first side) of "<noun>[,] [had been] <participle> [a time]
    with|between|by <actor>" after the deal noun at ``index``; (-1, "", -1) when it is not so."""
    units = sf.units
    k = index + 1 + (index + 1 < len(units) and units[index + 1].text == ",")
    while k < len(units) and units[k].low in _AUXILIARIES and k - index <= 4:
        k += 1
    if k >= len(units) or units[k].low not in _MADE_WITH:
        return -1, "", -1
    participle = k
    k += 1
    while k < len(units) and k - participle <= 4 and (units[k].low in _WHEN or units[k].text.isdigit()):
        k += 1
    if k + 1 >= len(units) or units[k].low not in ("with", "between", "by") \
            or units[k + 1].actor is None or units[k + 1].possessive:
        return -1, "", -1
    return participle, units[k].low, k + 1


def _sides_told(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in the sides a participle of making names after a time or an auxiliary (see the
    module's docstring); False when it names none."""
    participle, word, side = _sides_after(sf, index)
    if side < 0 or word == "by" and sf.units[participle].low != "agreed":
        return False  # "signed by X" is the support verb's own reading
    if sf.units[participle].low in _AGREED:
        frame.mode = "agree"
    if word == "with":
        return deal_signers(sf, index, frame, side)
    sides = sf.coordinated_right(side, check_clause=False)
    if word == "by" and len(sides) == 1:
        return deal_signers(sf, index, frame, signer=side)
    if len(sides) < 2 or len({state_of(sf.units[k]).country for k in sides}) < len(sides):
        return False
    frame.actors, frame.targets, frame.actor_source = sides[:1], sides[1:], "between"
    return True


def _participle_at(sf: SentenceFrames, index: int) -> int:
    """Where "signed" stands right after the deal noun at ``index`` (or after its comma, or after
    its "with X"), followed by a time or a place; -1 when it does not."""
    units = sf.units
    k = index + 1
    if k < len(units) and units[k].text == ",":
        k += 1
    elif k + 1 < len(units) and units[k].low == "with" and units[k + 1].actor is not None:
        k += 2
    if k + 1 >= len(units) or units[k].low not in _SIGNED or units[k + 1].low not in _AFTER:
        return -1
    return k


def signed_deal(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Fill in the signing a deal noun told as "signed in ..." names, with no one signing it:
    between the two countries the sentence names as actors (not as places), or the latest pair,
    of which the partner after "with" must be one; False when it is no such noun."""
    partner = _made_with(sf, index)
    if partner >= 0:
        if sf.units[index + 1].low in _AGREED:
            frame.mode = "agree"
        return deal_signers(sf, index, frame, partner)
    if _participle_at(sf, index) < 0:
        return _sides_told(sf, index, frame)
    return deal_signers(sf, index, frame)


def passive_signing(sf: SentenceFrames, index: int, frame: Frame, support: int) -> bool:
    """The same for a deal told in the passive with no "by": "the contract was signed when Putin
    last visited New Delhi", "Seven memoranda were signed in Colombo"."""
    if support + 1 < len(sf.units) and sf.units[support + 1].low not in _AFTER_PASSIVE \
            and sf.units[support + 1].text not in ".,;":
        return False
    return sf.units[support].low in _SIGNED and deal_signers(sf, index, frame)


def deal_signers(sf: SentenceFrames, index: int, frame: Frame, partner: int = -1, signer: int = -1) -> bool:
    """Fill in the sides of the signing at ``index`` (see ``signed_deal``), the partner after
    "with" at ``partner`` when known, the one after "agreed by" at ``signer``."""
    units = sf.units
    named: dict[str, int] = {}
    for k, unit in enumerate(units):
        if unit.actor is None or (unit.is_placeish and k > 0 and units[k - 1].low in PLACE_PREPS):
            continue
        code = state_of(unit).country
        if code and code not in named:
            named[code] = k
    if partner < 0:
        partner = index + 2 if index + 2 < len(units) and units[index + 1].low == "with" else -1
    if len(named) == 2:
        first, second = sorted(named.values())
        if partner >= 0 and state_of(units[partner]).country == state_of(units[first]).country \
                or signer >= 0 and state_of(units[signer]).country == state_of(units[second]).country:
            first, second = second, first  # "Chad ended the agreement concluded with France": Chad's, with France
        frame.actors, frame.targets, frame.actor_source = [first], [second], "subject"
        return True
    if len(named) > 2 or (len(named) == 1 and partner < 0):
        return False
    frame.targets = [partner] if partner >= 0 else []
    frame.referenced_type = SIGNED_BY_PAIR
    return True
