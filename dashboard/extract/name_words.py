"""Words as parts of names: whether a capitalised word can be part of a person's name, and
whether a country's name stands as a person's ("Michael Jordan") or as the country."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.units import Unit

# Personal pronouns that stand for a person, and whether each is possessive.
PRONOUNS_PERSON: Final = {"he": False, "him": False, "his": True, "she": False, "her": True}
# Words after "His" or "Her" that make a style of address, not a pronoun: "His Excellency".
_HONORIFICS: Final = frozenset({"Excellency", "Majesty", "Highness", "Holiness", "Royal", "Eminence", "Beatitude"})
# Latin letters with accents count: "Álvaro Leyva Durán", "Andrzej Duda", "Ilham Əliyev".
_UP: Final = "A-ZÀ-ÖØ-ÞĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽƏ"
_LOW: Final = "a-zß-öø-ÿāăąćĉċčďđēĕėęěĝğġģĥħĩīĭįıĵķĺļľŀłńņňōŏőœŕŗřśŝşšţťŧũūŭůűųŵŷźżžə'\\-"
_NAME_WORD: Final = re.compile(rf"^[{_UP}](?:[{_LOW}]|(?<=[{_LOW}])[{_UP}])+$|^[A-Z]{{2,}}$")


def is_name_text(word: str) -> bool:
    return len(word) > 2 and bool(_NAME_WORD.match(word)) and not word.isupper()


def honorific_at(units: list[Unit], i: int) -> bool:
    """Whether "His" or "Her" at ``i`` opens a style of address ("His Excellency Paul Kagame",
    "Her Majesty"), which names the person after it rather than someone named before."""
    return i + 1 < len(units) and units[i].text in ("His", "Her") and units[i + 1].text in _HONORIFICS


def is_name_word(unit: Unit) -> bool:
    """A capitalised word that can be part of a person's name ("Nancy" is also a city)."""
    return (all(sense.kind == "city" for sense in unit.senses) and bool(_NAME_WORD.match(unit.text))
            and unit.low not in PRONOUNS_PERSON)


def listed_with_country(units: list[Unit], i: int) -> bool:
    """"Egypt, Iraq and Jordan": a name that may be a person's is a country in a list of countries."""
    for coordinator, other in ((i - 1, i - 2), (i + 1, i + 2)):
        if 0 <= other < len(units) and units[coordinator].low in ("and", ","):
            sense = units[other].sense("country")
            if sense is not None and not sense.data:
                return True
    return False


# Capitalised words that open a sentence without being anyone's first name ("But Jordan said").
_OPENERS: Final = frozenset({"but", "and", "when", "while", "after", "before", "as", "if", "then",
                             "meanwhile", "now", "so", "yet", "also", "still", "since", "because", "although",
                             "though", "in", "on", "at", "for", "with", "by", "from", "to", "of", "the", "a",
                             "an", "this", "that", "later", "earlier", "today", "yesterday", "last", "next",
                             "under", "during", "here", "there", "even", "once", "until", "unlike", "despite",
                             "amid", "neighbouring", "neighboring"})


def named_person_at(units: list[Unit], i: int) -> bool:
    """"Michael Jordan", "Jordan Bardella", "Mr Jordan": a country's name as a person's name."""
    if i + 1 < len(units) and is_name_word(units[i + 1]):
        return True
    if i == 0:
        return False
    before = units[i - 1]
    if before.sense("title") is not None:
        return True
    return is_name_word(before) and not (i == 1 and before.low in _OPENERS)


def described(units: list[Unit], i: int) -> bool:
    """"the island" (not "the island of Kinmen", "the Pacific island")."""
    return i > 0 and units[i - 1].low == "the" and not (i + 1 < len(units) and units[i + 1].low == "of")
