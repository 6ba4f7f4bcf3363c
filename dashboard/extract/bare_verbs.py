"""A verb's bare form after a modal: "will tour Egypt", "is to tour the region", "would phone
Xi", "will back Kyiv". The lexicon leaves such a form out of the verb's row ("tour" is most
often a noun, "back" an adverb), so the word after "will", "to" or "did not" gets the verb's
senses here: of trips, calls and sayings (a bare "open", "end" or "list" after "to" is as often
someone else's aim as the subject's act)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

from dashboard.extract.units import Unit

if TYPE_CHECKING:
    from dashboard.extract.lexicon import TriggerSpec

# Words after which a bare form is a verb (cue units such as "is expected to", "did not" end in one).
MODALS: Final = frozenset("will would could should may might must can shall cannot to did does do not n't".split())
TYPES: Final = frozenset({"visit", "meeting", "statement"})
# "began a hunger strike to protest": after a bare "to" these are mostly crowds' acts, not states'
PURPOSE_ONLY_PEOPLE: Final = frozenset({"protest"})
# "will not back down": a particle makes another verb of it
PARTICLES: Final = frozenset({"down", "off", "away", "out", "up", "home"})


def _after_modal(unit: Unit) -> bool:
    return unit.low in MODALS or unit.low.endswith((" to", " not", "n't"))


def with_bare_verbs(units: list[Unit], bare: dict[str, tuple[TriggerSpec, ...]]) -> list[Unit]:
    """The units, a bare verb form after a modal given its verb's senses (a new unit)."""
    found = [k for k in range(1, len(units)) if units[k].low in bare and units[k].actor is None
             and _after_modal(units[k - 1]) and (k + 1 == len(units) or units[k + 1].low not in PARTICLES)
             and not (units[k].low in PURPOSE_ONLY_PEOPLE and units[k - 1].low == "to")]
    if not found:
        return units
    units = list(units)
    for k in found:
        unit = units[k]
        specs = tuple(spec for spec in bare[unit.low] if spec.event_type in TYPES)
        if not specs:
            continue
        unit = Unit(unit.start, unit.end, unit.text, unit.senses, place=unit.place,
                    place_country=unit.place_country, low=unit.low)
        unit.specs = specs  # the verb's senses only: after a modal the word is no noun
        units[k] = unit
    return units
