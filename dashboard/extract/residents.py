"""Ambassadors live where they are posted: "the American and Chinese ambassadors to Malaysia
attended the talks" is no trip to Malaysia by either country, nor is "met the Russian
ambassador, Dmitry Zhirnov" in Kabul a trip to Afghanistan by Russia."""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.frames import SentenceFrames

_AMBASSADOR_WORDS: Final = frozenset({"ambassador", "ambassadors"})
# How many characters of a sentence on either side of a name its title may take.
_TITLE_REACH: Final = 30
# What may stand between the title and the name: nothing, a comma, "to <country>".
_TITLE_TO_NAME: Final = re.compile(r"^(?: to [a-z .'-]+?)?,? ?$")


def resident_envoys(sf: SentenceFrames, actors: list[int], index: int) -> bool:
    """Whether the subject of the verb at ``index`` is ambassadors (a word of the actors' phrase
    up to the verb is "ambassador(s)")."""
    if not actors:
        return False
    for k in range(min(actors), index):
        unit = sf.units[k]
        if unit.low.rsplit(" ", 1)[-1] in _AMBASSADOR_WORDS:
            return True
        if unit.actor is not None and unit.actor.name.rsplit(" ", 1)[-1].lower() in _AMBASSADOR_WORDS:
            return True
    return False


def named_as_ambassador(sentence: str, name: str) -> bool:
    """Whether the sentence calls the person ``name`` an ambassador right before or after the
    name ("Russian Ambassador Dmitry Zhirnov", "the Russian ambassador, Dmitry Zhirnov",
    "Dmitry Zhirnov, Russia's ambassador")."""
    at = sentence.find(name)
    if at < 0:
        return False
    before = sentence[max(0, at - _TITLE_REACH):at].lower()
    after = sentence[at + len(name):at + len(name) + _TITLE_REACH].lower()
    if "ambassador" in before:  # "Ambassador X", "the ambassador, X", "the ambassador to Kabul, X"
        rest = before.rsplit("ambassador", 1)[1]
        if _TITLE_TO_NAME.match(rest):
            return True
    return after.startswith(",") and "ambassador" in after.split(",")[1]  # "X, Russia's ambassador"
