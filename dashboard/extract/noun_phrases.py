"""The noun-phrase half of ``SentenceFrames``: what stands around a noun trigger (its possessor,
its modifier, the support verb that makes it an event), passives, and what an object holds."""

from __future__ import annotations

from typing import Final

from dashboard.extract.founded_ties import founding_participle
from dashboard.extract.lexicon import Lexicon, Sense, SupportSpec
from dashboard.extract.reported import ReportedSpeech
from dashboard.extract.sequence import TIME_PREPOSITIONS
from dashboard.extract.sides_phrase import past_sides
from dashboard.extract.units import Unit
from dashboard.extract.words import (
    BE_FORMS,
    BOUNDARY_PUNCT,
    IRREGULAR_PARTICIPLES,
    NOUN_PRECEDERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
)

OBJECT_WINDOW: Final = 8
# Nouns naming a kind of place before "of X": "to the southern city of Sochi", "the Red Sea port of Jeddah".
PLACE_KIND_NOUNS: Final = frozenset({"city", "town", "port", "resort", "village", "province", "region", "island",
                                     "enclave"})
# Small words inside the title of a pact: "the Economic Cooperation and Trade Agreement".
_TITLE_JOINS: Final = frozenset({"and", "of", "for", "on"})
# Words telling where an office-holder is in their term: "received the newly appointed Saudi ambassador"
_TENURE_WORDS: Final = frozenset({"new", "newly", "appointed", "newly-appointed", "accredited", "newly-accredited",
                                  "outgoing", "incoming", "departing", "visiting", "resident"})


# "later that month", "that same day": "that" before these is a time, not a clause.
_TIME_NOUNS: Final = frozenset({"day", "morning", "afternoon", "evening", "night", "week", "weekend", "month",
                                "year", "summer", "winter", "spring", "autumn", "same", "time"})
# Reporting verbs told to a hearer named right after them.
# "recognised the independence of X": the state is the one whose standing is named
_STANDING_NOUNS: Final = frozenset({"independence", "statehood"})
_TELLING: Final = frozenset({"told", "tells", "telling", "tell"})
# Pronouns that make a following word a verb: "they exchange".
_SUBJECT_PRONOUNS: Final = frozenset({"i", "we", "you", "they", "he", "she", "it", "who", "which", "that"})


def _is_actor_unit(unit: Unit) -> bool:
    return unit.actor is not None


class NounPhrases(ReportedSpeech):
    """Mixed into ``SentenceFrames``, which sets ``units`` and ``lexicon``."""

    lexicon: Lexicon

    def possessor(self, index: int) -> int | None:
        """The possessive actor before a noun trigger: "Putin's (surprise) trip"."""
        k = index - 1
        skipped = 0
        while k >= 0 and skipped <= 3:
            unit = self.units[k]
            if _is_actor_unit(unit):
                return k if unit.possessive else None
            if unit.low in PREPOSITIONS or unit.text in ",;:" or unit.triggers() or unit.sense("support"):
                return None
            if unit.low in ("the", "a", "an"):
                return None
            skipped += 1
            k -= 1
        return None

    def modifier(self, index: int) -> tuple[int, Sense] | None:
        """A country, demonym or group right before a noun trigger: "Western sanctions"."""
        k = index - 1
        skipped = 0
        while k >= 0 and skipped <= 2:
            unit = self.units[k]
            for kind in ("demonym", "group", "country"):
                sense = unit.sense(kind)
                if sense is not None and not unit.possessive:
                    return k, sense
            if _is_actor_unit(unit) or unit.low in PREPOSITIONS or unit.text in ",;:" or unit.low in ("the", "a", "an"):
                return None
            if unit.triggers() or unit.sense("support"):
                return None
            skipped += 1
            k -= 1
        return None

    def _agent_follows(self, participle: int) -> bool:
        """Whether "by" stands a few words after the participle, past only a time or a place."""
        for k in range(participle + 1, min(len(self.units), participle + 10)):
            unit = self.units[k]
            if unit.low == "by":
                return True
            if unit.text in ".;:!?" or unit.low in RELATIVE_PRONOUNS or unit.low in BE_FORMS \
                    or (_is_actor_unit(unit) and self.units[k - 1].low not in ("in", "at")):
                return False
        return False

    def support_for(self, index: int, event_type: str) -> tuple[int, SupportSpec, bool] | None:
        """A support verb for the noun at ``index``: left of it, or after it in the passive."""
        k = index - 1
        named = 0  # "signed the India-Australia Free Trade Agreement": a title's words and hyphens count as one
        titled = self.units[index].text[:1].isupper()
        while k >= 0 and index - k - named <= 6 and index - k <= 12:
            unit = self.units[k]
            if titled and k < index - 1 and (unit.text == "-" or unit.text[:1].isupper() and unit.actor is None
                                  or unit.low in _TITLE_JOINS and self.units[k + 1].text[:1].isupper()):
                named += 1
            for sense in unit.all_senses("support"):
                spec: SupportSpec = sense.data
                if event_type in spec.applies_to:
                    return k, spec, self.is_passive(k)
            if unit.text in ",;:" or unit.text in BOUNDARY_PUNCT or any(c.data == "object" for c in unit.all_senses("cue")):
                break  # "has called off a meeting": the noun is the object of another verb
            if unit.low in TIME_PREPOSITIONS and not (k > 0 and self.units[k - 1].low == "the"):  # "the following deals"
                break  # "resume contacts after four hours of talks": the talks are no object of "resume"
            if _is_actor_unit(unit) and not unit.possessive and not self._is_modifier_unit(unit):
                break
            if unit.triggers() and k != index - 1 and any(s.pos == "verb" for s in unit.triggers()):
                break
            k -= 1
        # "exercises conducted by the US", "the accord, signed in Brussels in 2013 by A and B": a
        # participle right after the noun (or its comma), then "by" after at most a time or place
        participle = index + 2 if index + 2 < len(self.units) and self.units[index + 1].text == "," else index + 1
        if participle < len(self.units) and self.units[participle].low.endswith(("ed", "en")) \
                and self._agent_follows(participle):
            for sense in self.units[participle].all_senses("support"):
                if event_type in sense.data.applies_to:
                    return participle, sense.data, True
        if event_type == "relations" and (founded := founding_participle(self.units, index)) is not None:
            return founded  # "fifty years of diplomatic relations, established in 1974"
        # "sanctions were imposed on Iran", "the treaty was signed", "ties with Peru were cut"
        first = k = past_sides(self.units, index + 1) if event_type in ("relations", "agreement") else index + 1
        while k < len(self.units) and k - first <= 3:
            unit = self.units[k]
            if unit.low in BE_FORMS or unit.low in ("also", "now", "later", "first", "jointly"):
                k += 1
                continue
            for sense in unit.all_senses("support"):
                spec = sense.data
                if event_type in spec.applies_to and k - 1 > index and self.units[k - 1].low in BE_FORMS | {"also", "now", "later", "first", "jointly"}:
                    return k, spec, True
            break
        return None

    @staticmethod
    def _is_modifier_unit(unit: Unit) -> bool:
        return unit.actor is not None and unit.actor.kind in ("state", "group") and len(unit.text.split()) <= 2

    def hearer_at(self, index: int) -> bool:
        """Whether the actor at ``index`` is whom a report is told to ("told China that ...")."""
        return index > 0 and self.units[index - 1].low in _TELLING and self.units[index].actor is not None

    def time_that(self, index: int) -> bool:
        """Whether "that" at ``index`` points at a time ("later that month"), opening no clause."""
        return self.units[index].low == "that" and index + 1 < len(self.units) \
            and self.units[index + 1].low in _TIME_NOUNS

    def is_passive(self, index: int) -> bool:
        """A participle after a form of "to be": "was hailed", "were imposed"."""
        word = self.units[index].low.split()[0]
        if not (word.endswith(("ed", "en")) or word in IRREGULAR_PARTICIPLES):
            return False
        k = index - 1
        while k >= 0 and self.units[k].low in ("also", "already", "widely", "reportedly", "later", "jointly", "been", "being"):
            if self.units[k].low in ("been", "being"):
                return True
            k -= 1
        return k >= 0 and self.units[k].low in BE_FORMS

    def is_reduced_passive(self, index: int) -> bool:
        """A participle right after a noun and right before "by X": "a deal mediated by China"."""
        word = self.units[index].low.split()[0]
        if not word.endswith("ed") or index == 0 or index + 2 >= len(self.units):
            return False
        before, after = self.units[index - 1], self.units[index + 1]
        agent = index + 3 if self.units[index + 2].low == "the" and index + 3 < len(self.units) else index + 2
        return (after.low == "by" and _is_actor_unit(self.units[agent]) and before.actor is None
                and before.low.isalpha() and before.low not in BE_FORMS
                and not any(spec.pos != "noun" for spec in before.triggers())
                # "a prisoner exchange brokered by": a support verb's word as a noun after a modifier
                and (before.sense("support") is None or index > 1 and self.units[index - 2].actor is None
                     and self.units[index - 2].low.isalpha() and self.units[index - 2].low not in _SUBJECT_PRONOUNS))

    def object_has_class(self, index: int, word_class: str) -> bool:
        """Whether a word of ``word_class`` appears in the object right of the trigger."""
        words = self.lexicon.word_classes.get(word_class, frozenset())
        k = index + 1
        limit = min(len(self.units), k + OBJECT_WINDOW + 2)
        while k < limit:
            unit = self.units[k]
            if unit.text in ".;:!?" or unit.low in RELATIVE_PRONOUNS:
                break
            pieces = unit.low.split()
            if unit.low in words or any(piece in words for piece in pieces) or (
                    len(pieces) > 2 and any(" ".join(pieces[i:i + 2]) in words for i in range(len(pieces) - 1))):
                return True
            if k + 1 < limit and f"{unit.low} {self.units[k + 1].low}" in words:
                return True
            k += 1
        return False

    def first_object_unit(self, index: int) -> Unit | None:
        """The first actor right after a verb, skipping articles (for person/actor checks)."""
        k = index + 1
        while k < len(self.units) and (self.units[k].low in ("the", "a", "an", "his", "her", "its", "their", "today", "yesterday",
                                                             "both") or self.units[k].low in _TENURE_WORDS):
            k += 1  # "received today his Saudi counterpart": the press release's day; "the new Saudi ambassador"; "both X and Y"
        if k + 2 < len(self.units) and self.units[k].low in _STANDING_NOUNS and self.units[k + 1].low == "of":
            k += 2 + (self.units[k + 2].low == "the")  # "recognised the independence of the United States"
        return self.units[k] if k < len(self.units) and _is_actor_unit(self.units[k]) else None

    def referenced_event_type(self, start: int, end: int) -> str:
        """The type of an event noun in units[start:end] ("the meeting" -> "meeting"); a word
        that is a verb trigger counts too after a determiner ("condemned the launch")."""
        gatherings = self.lexicon.word_classes.get("gathering", frozenset())
        dealings = self.lexicon.word_classes.get("arms_dealings", frozenset())
        for k in range(max(0, start), min(len(self.units), end)):
            after_determiner = k > 0 and (self.units[k - 1].low in NOUN_PRECEDERS or self.units[k - 1].low == "such")
            for spec in self.units[k].triggers():
                # "called it a provocation": a statement noun is what was said, not what about
                if (spec.pos == "noun" or after_determiner) and spec.event_type != "statement":
                    return spec.event_type
            if after_determiner and self.units[k].low in gatherings:
                return "meeting"  # "criticised the gathering"
            if after_determiner and self.units[k].low in dealings:
                return "military"  # "concern that such exchanges ...": the arms told before
        return ""
