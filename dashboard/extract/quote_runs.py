"""A quotation that runs on past its sentence: "Joly said, "Today is a dark day. Russia's
invasion is a challenge to the world order."". A sentence that lies inside a quotation opened
after a speaker's verb, has no reporting verb of its own and names a side besides the speaker's,
is what that speaker said: it is read as "<speaker> said <sentence>". (A fresh quotation after a
quoted speaker, '"A," said X. "B."', is left alone: on real pages it gave more false alarms than
events.)"""

from __future__ import annotations

from typing import Final

from dashboard.extract.units import Actor, Unit, implicit
from dashboard.extract.words import PREPOSITIONS, REPORTING_VERBS

QUOTE_MARKS: Final = frozenset({'"', "'"})
# Only double marks are counted to tell an open quotation: a single one is as often an
# apostrophe ("both countries' forces").
_DOUBLE: Final = '"'
_FIRST_PERSON: Final = frozenset({"i", "we"})
# Words between a speaker and its verb: "Pakistan also said".
_BETWEEN: Final = frozenset({"also", "then", "later", "earlier", "has", "had", "have", "again"})


class QuoteRun:
    """The speaker of the latest quotation, and whether it was left open."""

    def __init__(self) -> None:
        self.speaker: Actor | None = None
        self.verb: Unit | None = None
        self.open = False

    def read(self, units: list[Unit]) -> list[Unit]:
        """The sentence in reporting order when it carries on the latest speaker's quotation;
        then notes the sentence's own quoted speaker for the sentences after it."""
        quotes = sum(1 for unit in units if unit.text == _DOUBLE)
        verb = _reporting_verb(units)
        carried = (self.speaker is not None and self.verb is not None and verb < 0 and units
                   and self.open and _names_another(units, self.speaker))
        out = _said_by(units, self.speaker, self.verb) if carried and self.speaker and self.verb else units
        if verb >= 0 and any(unit.text in QUOTE_MARKS for unit in units):
            speaker = _speaker_of(units, verb)
            self.speaker, self.verb = speaker, units[verb]
            self.open = speaker is not None and quotes % 2 == 1 and _opens_after(units, verb)
        elif carried:
            self.open = (quotes % 2 == 0) == self.open
        else:
            self.speaker, self.verb, self.open = None, None, False
        return out


def _reporting_verb(units: list[Unit]) -> int:
    """The first reporting verb of the sentence that makes a statement, else -1."""
    return next((k for k, unit in enumerate(units) if unit.low in REPORTING_VERBS and unit.actor is None
                 and any(spec.event_type == "statement" for spec in unit.triggers())), -1)


def _speaker_of(units: list[Unit], verb: int) -> Actor | None:
    """The actor right before the verb ("Joly said", "Pakistan also said"), else right after it
    ("said Joly"); not an object before it ("turned to Lula, saying")."""
    before = verb - 2 if verb > 1 and units[verb - 1].low in _BETWEEN else verb - 1
    if before >= 0 and units[before].actor is not None:
        return units[before].actor if before == 0 or units[before - 1].low not in PREPOSITIONS else None
    return units[verb + 1].actor if verb + 1 < len(units) else None


def _names_another(units: list[Unit], speaker: Actor | None) -> bool:
    """Whether the sentence names a country or body besides the speaker's: a quotation naming
    no other side is left alone rather than aimed at whoever the story dealt with last."""
    own = speaker.country if speaker is not None else ""
    for unit in units:
        demonym = unit.sense("demonym")
        code = unit.actor.country if unit.actor is not None else demonym.code if demonym is not None else ""
        if code and code != own:
            return True
    return False


def _opens_after(units: list[Unit], verb: int) -> bool:
    """Whether the sentence's last quotation mark opens a quotation after the verb: "X said,
    "Today is a dark day." is closed; "X said, "A." then "B."" runs on."""
    marks = [k for k, unit in enumerate(units) if unit.text == _DOUBLE]
    return bool(marks) and marks[0] > verb


def _said_by(units: list[Unit], speaker: Actor, verb: Unit) -> list[Unit]:
    """"<speaker> said" before the sentence's words, an opening "I" or "we" the speaker."""
    start = units[0].start
    clause = spoken_clause(units, speaker)
    return [Unit(start, start, speaker.name, actor=implicit(speaker)), Unit(start, start, verb.text, verb.senses),
            *clause]


def spoken_clause(units: list[Unit], speaker: Actor) -> list[Unit]:
    """The words a speaker said, without their quotation marks; an opening "I" or "we" is the
    speaker."""
    clause = [unit for unit in units if unit.text not in QUOTE_MARKS]
    if clause and clause[0].low in _FIRST_PERSON and clause[0].actor is None:
        first = clause[0]
        clause[0] = Unit(first.start, first.end, first.text, actor=implicit(speaker))
    return clause
