"""A gathering attended with no venue named: "Blinken and Austin attended the meeting in person"
after "Within hours, in Brussels, NATO's ministers agreed ..." is a trip to where the sentence
before set the scene; "Sisi attended in person" after "Kadhimi hosted the conference" a trip to
the host's country."""

from __future__ import annotations

from typing import Final

from dashboard import gazetteer
from dashboard.extract.hosted_gatherings import HostedGathering
from dashboard.extract.noun_phrases import PLACE_KIND_NOUNS
from dashboard.extract.units import Actor, Unit

_SCENE_PREPS: Final = frozenset({"in", "at"})
# Words between "in" and a kind of place: "in the ancient city of", "at the Red Sea port of".
_DESCRIBING: Final = 4
# What may follow an attending verb with no object: "attended, as did X", "attended in person".
_BARE_ENDS: Final = frozenset({",", ".", ";", "as", "too", "also", "in person"})


def scene_place(units: list[Unit]) -> Unit | None:
    """The first place a sentence names with "in X" / "at X"."""
    for k in range(1, len(units)):
        unit = units[k]
        if unit.place is not None and unit.place_country and after_scene_prep(units, k):
            return unit
    return None


def after_scene_prep(units: list[Unit], k: int) -> bool:
    """Whether the place at ``k`` follows "in" / "at", directly or past a kind of place: "in
    Xi'an", "in the ancient city of Xi'an", "at the Black Sea resort of Sochi"."""
    if units[k - 1].low in _SCENE_PREPS:
        return True
    if k < 3 or units[k - 1].low != "of" or units[k - 2].low not in PLACE_KIND_NOUNS:
        return False
    for i in range(k - 3, max(-1, k - 3 - _DESCRIBING), -1):
        unit = units[i]
        if unit.low in _SCENE_PREPS:
            return True
        if unit.actor is not None or unit.place is not None or not unit.text[:1].isalpha():
            return False
    return False


def attended_the_gathering(units: list[Unit], index: int) -> bool:
    """Whether the verb at ``index`` attends a gathering named as one already told ("attended
    the meeting"), not a new one ("attended a conference on trade")."""
    if index + 1 >= len(units):
        return True  # "... attended."
    after = units[index + 1].low
    return after == "the" or after in _BARE_ENDS


def host_visited(hosted: HostedGathering | None) -> Actor | None:
    """The host of the gathering an earlier sentence told hosted ("Kadhimi hosted the
    conference"), whose country "X attended the conference" travelled to; None when there is
    none, it was a bloc or it was held by video."""
    if hosted is None or hosted.host is None or hosted.remote or not hosted.host.country:
        return None
    entry = gazetteer.country(hosted.host.country)
    return None if entry is None or entry.is_group else hosted.host  # a bloc convening talks is no place
