"""Whom "him" stands for after a participle of the subject's own act: "Museveni said
after meeting him that ...": someone named before, never the subject who met them."""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit

# Words that open a side phrase whose participle the clause's subject does: "after meeting him".
_OPENERS: Final = frozenset({"after", "before", "while", "upon", "since", "when"})


def met_by_subject(units: list[Unit], i: int, sentence_persons: list[Actor], persons: list[Actor]) -> Actor | None:
    """The person "him" at ``i`` stands for when it is the object of a participle after
    "after", "before", "while" ... in a sentence whose subject is a person: the latest person
    named other than that subject (None when it is not such an object)."""
    if (not sentence_persons or i < 2 or units[i].low != "him"
            or units[i - 2].low not in _OPENERS or not units[i - 1].low.endswith("ing")):
        return None
    subject = sentence_persons[0]
    return next((person for person in reversed(persons) if person.name != subject.name and person.country), None)
