"""Where a sentence says its event happened: "in X" or "at X" near the trigger, or a place
opening the sentence."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.took_place import takes_place
from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS, PREPOSITIONS


def place_after(sf: SentenceFrames, index: int, preps: tuple[str, ...] = ("in", "at"), reach: int = 14) -> Unit | None:
    """A place named by "in X" / "at X" near the trigger: after it first, then before it
    within the same clause."""
    after = []
    k, end = index + 1, min(len(sf.units), index + 1 + reach)
    while k < end:
        if sf.units[k].text in BOUNDARY_PUNCT or (sf.units[k - 1].actor is not None and any(
                spec.pos == "verb" for spec in sf.units[k].triggers()) and not takes_place(sf.units, k)):
            break  # "... and the two leaders met in Kazan": a new subject's event and place
        if sf.units[k].low in _FRINGES:  # "on the sidelines of a G20 meeting ... in Nagoya": where that is held
            end = min(len(sf.units), k + 1 + reach)
        after.append(k)
        k += 1
    before = []
    # "one agreed in Moscow and another brokered by the US": a participle after a noun reaches
    # no place past the "and" that joins its noun phrase to another
    reduced = sf.is_reduced_passive(index)
    for k in range(index - 1, max(-1, index - 1 - reach), -1):
        if sf.units[k].text in BOUNDARY_PUNCT or sf.units[k].low in CLAUSE_WORDS or sf.units[k].text == ",":
            break
        if reduced and sf.units[k].low in ("and", "or") and k < index - 1:  # not "hosted by A and attended by B"
            break
        before.append(k)
    settings = sf.lexicon.word_classes.get("setting", frozenset())
    for k in [*after, *before]:
        unit = sf.units[k]
        if not unit.is_placeish:
            continue
        head = _kind_noun_before(sf, k)  # "in the city of X": the preposition of "the city"
        # "the war in Ukraine": where the war is, not the event
        if _governing(sf, k, head) in preps and (head < 2 or sf.units[head - 2].low not in settings) \
                and not _in_origin(sf, k):
            return unit
        if unit.possessive and unit.place is not None:
            return unit
    return fronted_place(sf, preps)


_FRINGES: Final = frozenset(("sidelines", "sideline", "margins", "margin", "fringes", "fringe"))


# Nouns naming a kind of place before "of X": "the city of San Cristobal", "the island of Bali".
_PLACE_KINDS: Final = frozenset({"city", "town", "island", "islands", "port", "capital", "village", "resort", "province",
                                 "region"})

# Kinds that stand right before the name ("the capital Doha"), and how many words may describe one.
_NAMING_KINDS: Final = frozenset({"capital", "city", "port", "town", "resort"})
_DESCRIBING: Final = 3
_DETERMINERS: Final = frozenset({"the", "a", "an", "its", "their"})


def _kind_noun_before(sf: SentenceFrames, k: int) -> int:
    """The index of "city" in "the city of X" when the unit at ``k`` is X, else ``k``; of the first
    word before it that describes it in "the German city of X", "the Qatari capital X", "a beach
    resort of X"."""
    if k >= 2 and sf.units[k - 1].low == "of" and sf.units[k - 2].low in _PLACE_KINDS:
        head = k - 2
    elif k >= 1 and sf.units[k - 1].low in _NAMING_KINDS:
        head = k - 1
    else:
        return k
    for j in range(head - 1, max(-1, head - 1 - _DESCRIBING), -1):
        unit = sf.units[j]
        if not unit.text.isalpha() or unit.low in _DETERMINERS or unit.low in PREPOSITIONS \
                or unit.actor is not None or unit.triggers():
            break
        head = j
    return head


def _governing(sf: SentenceFrames, k: int, head: int) -> str:
    """The preposition before a place, or before the kind noun naming it: "on the island of X" is
    "in X"."""
    prep = sf.preceded_by(head)
    return "in" if prep == "on" and sf.units[head].low.startswith("island") else prep


def _in_origin(sf: SentenceFrames, k: int) -> bool:
    """"arrived from the G20 summit in New Delhi and held talks": a place in the phrase of
    where someone came from is not where the event is."""
    for j in range(k - 2, max(-1, k - 8), -1):
        unit = sf.units[j]
        if unit.low == "from":
            return True
        if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in ("and", "to", "in", "at") \
                or any(spec.pos == "verb" for spec in unit.triggers()):
            return False
    return False


def fronted_place(sf: SentenceFrames, preps: tuple[str, ...]) -> Unit | None:
    """"In Paris on Monday, Xi held talks ...": a place opening the sentence sets the scene
    for the whole of it."""
    if len(sf.units) < 3 or sf.units[0].low not in preps:
        return None
    k = 2 if sf.units[1].low == "the" else 1
    if sf.units[k].possessive and k + 1 < len(sf.units):
        k += 1  # "At NATO's Madrid summit, ..."
    return sf.units[k] if sf.units[k].is_placeish else None


def destination_before(sf: SentenceFrames, index: int) -> Unit | None:
    """"flew to Abu Dhabi to meet X", "then to Riyadh for talks with Y": talks whose purpose
    phrase follows a destination are held there."""
    if index < 3 or sf.units[index - 1].low not in ("to", "for"):
        return None
    place = sf.units[index - 2]
    return place if place.is_placeish and not place.possessive and sf.preceded_by(index - 2) == "to" else None


def host_place(sf: SentenceFrames, index: int, guests: list[int]) -> list[int]:
    """"Ruto was received at the White House": a person received with no host named is the guest
    of the country of the place the text gives."""
    kinds = [actor.kind if (actor := sf.units[k].actor) is not None else "" for k in guests]
    if not kinds or any(kind != "person" for kind in kinds):
        return []
    venue = place_after(sf, index)
    return [sf.units.index(venue)] if venue is not None else []


def speaking_place(sf: SentenceFrames, index: int, reach: int = 12) -> Unit | None:
    """"Blinken, speaking in Athens, called ...", "told reporters in Brussels", "at a rally in
    Istanbul", "at a news conference in Jakarta": where a statement near the trigger at ``index`` was made."""
    words = sf.lexicon.word_classes.get("speaking", frozenset())
    units = sf.units
    end = min(len(units), index + reach)
    for k in range(max(0, index - reach), end):
        # "at a joint news conference in Jakarta": a phrase unit counts by its head word
        if units[k].low not in words and units[k].low.rsplit(" ", 1)[-1] not in words:
            continue
        for j in range(k + 1, min(end, k + 5)):
            unit = units[j]
            if unit.text in BOUNDARY_PUNCT or unit.text == ",":
                break
            if unit.is_placeish and not unit.possessive and sf.preceded_by(j) in ("in", "at", "from"):
                return unit
    return None
