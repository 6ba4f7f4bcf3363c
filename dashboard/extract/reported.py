"""Reported speech: what a clause after "said", "told" or "warned that" is about, and its tone.

"Lavrov told Blinken that ...", "the ministry said on Monday that North Korean troops ...",
"Biden said the United States would stand with Ukraine": the statement is aimed at whom the
reported clause names, and tone words in it ("grateful", "violation") give its mode.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.contrast_predicates import contrast_predicate
from dashboard.extract.lexicon import Sense, TriggerSpec
from dashboard.extract.met_responses import answered_in
from dashboard.extract.of_objects import in_object_of_first
from dashboard.extract.units import Unit
from dashboard.extract.words import (
    BE_FORMS,
    BELIEF_VERBS,
    BOUNDARY_PUNCT,
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    EVENT_REFERENCES,
    GRATITUDE_WORDS,
    NOUN_PRECEDERS,
    PREPOSITIONS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SPEAKER_PRONOUNS,
    TIME_WORDS,
)

# "with help from Britain", "a goal of Pyongyang": who takes part or owns, not whom it is aimed at.
_PARTNER_PREPS: Final = frozenset({"with", "from", "by", "of", "between", "among", "including"})
# "Moscow said it would ...", "Biden said he was ...": the speaker's side again.
_SELF_PRONOUNS: Final = frozenset({"it", "he", "she", "we"})
_THING_DETERMINERS: Final = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her", "such"})
_NEGATIONS: Final = frozenset({"not", "n't", "never", "no", "nor", "neither"})
REPORT_WINDOW: Final = 7  # words between a statement verb and the "that" of its clause, at most


class ReportedSpeech:
    """The reported-speech half of ``SentenceFrames`` (mixed into it): it reads the sentence's
    ``units`` and uses the frames' ``first_object_unit`` and ``coordinated_right``."""

    units: list[Unit]

    def first_object_unit(self, index: int) -> Unit | None:
        raise NotImplementedError  # provided by SentenceFrames

    def coordinated_right(self, index: int, check_clause: bool = True) -> list[int]:
        raise NotImplementedError  # provided by SentenceFrames

    def _preceded_by_place_prep(self, index: int) -> bool:
        raise NotImplementedError  # provided by SentenceFrames

    def preceded_by(self, index: int) -> str:
        raise NotImplementedError  # provided by SentenceFrames

    def referenced_event_type(self, start: int, end: int) -> str:
        raise NotImplementedError  # provided by SentenceFrames

    def reported_about(self, index: int) -> list[int]:
        """Whom a reported clause is about: the hearer of "told", else the subject of the clause
        ("said on Monday that North Korean troops ..."), looked for before the clause's verb."""
        hearer = self.first_object_unit(index)
        if hearer is not None and self._names_country(hearer) and not self._speaker_believes(self.units.index(hearer)):
            return self.coordinated_right(self.units.index(hearer), check_clause=False)
        return self.clause_subject(self._after_that(index) or index + 1)

    def own_side_beside_another(self, about: list[int], others: list[int]) -> bool:
        """"said Peru and Chile are old friends": the speaker's country named beside another
        (not "the two sides", not people) makes a remark about both, aimed at neither."""
        return (0 < len(others) < len(about) and len({self.units[k].text for k in about}) == len(about)
                and all(state_of(self.units[k]).kind != "person" for k in about))

    def reported_clause(self, index: int) -> range:
        """The units of the clause reported by the verb at ``index``, up to a semicolon."""
        end = index + 1
        while end < len(self.units) and self.units[end].text not in ";:":
            end += 1
        return range(index + 1, end)

    def reported_tone(self, index: int, own: set[str] | None = None) -> str:
        """The mode the words of a reported clause give it: the first tone word ("grateful",
        "violation", "would respond firmly"), an appeal when another side "should" act (a demand
        when it "must"), or an accusation when the clause reports a military act."""
        if answered_in(self.units, self.reported_clause(index)) >= 0:
            return "threat"  # "said any attack would be met with force": a warning, whatever else it calls the act
        appeal = ""
        owed = False  # "should be more grateful", said of anyone but the speaker's own "we" or "I"
        for k in self.reported_clause(index):
            unit = self.units[k]
            if not unit.senses:
                continue
            tone = unit.sense("tone")
            if tone is not None and tone.role != "cooperative" and self._tone_applies(k, tone):
                if tone.role == "praise" and owed and unit.low in GRATITUDE_WORDS:
                    return "criticism"
                if tone.role != "obligation":
                    return tone.role
                owed = owed or (k > 0 and self.units[k - 1].low not in ("we", "i"))
                if not appeal and self._other_side_before(k, own or set()):
                    # unless a more telling word follows ("should stand together"); "Iran must
                    # abandon ..." insists where "should" asks
                    appeal = "demand" if unit.low == "must" else "appeal"
                continue
            if self._military_verb(k):
                return appeal or "accusation"
        return appeal

    def cooperative_clause(self, index: int) -> bool:
        """"said the two sides had made progress", "said Moscow was open to a political solution":
        a reported clause with a word of cooperation and no negation ("had not made progress",
        "made progress but had not got there") reports a positive stance."""
        found = False
        for k in self.reported_clause(index):
            unit = self.units[k]
            if unit.low in _NEGATIONS or unit.low.rsplit(" ", 1)[-1] in _NEGATIONS:
                return False
            tone = unit.sense("tone") if unit.senses else None
            if tone is not None and tone.role == "cooperative" and self._tone_applies(k, tone):
                found = True
        return found

    def _other_side_before(self, index: int, own: set[str]) -> bool:
        """"said Ukraine should soften its stance": the modal's subject is a country other than
        the speaker's ("it must defend itself" is the speaker's own resolve)."""
        k = index - 1
        while k > 0 and self.units[k].low in ("also", "now", "still", "too"):
            k -= 1
        named = False
        while k >= 0 and (self._names_country(self.units[k]) or self.units[k].low in ("and", ",")):
            if self._names_country(self.units[k]):
                if state_of(self.units[k]).country in own:
                    return False  # "China and Russia should stand together": the speaker's side too
                named = True
            k -= 1
        return named

    def _military_verb(self, index: int) -> bool:
        """A military verb used as a verb ("had deployed", not "the ship")."""
        unit = self.units[index]
        if unit.actor is not None or (index > 0 and self.units[index - 1].low in NOUN_PRECEDERS):
            return False
        if unit.low.startswith(("offer", "pledg")) or unit.low.endswith(" the"):
            return False  # "said Egypt had offered troops", "troops would leave the country": no hostile act
        return any(spec.event_type == "military" and spec.pos == "verb" for spec in unit.triggers())

    def _tone_applies(self, index: int, tone: Sense) -> bool:
        """A tone word counts when the word it needs follows ("stood with") and nothing negates it."""
        if index > 0 and self.units[index - 1].low.rsplit(" ", 1)[-1] in ("not", "n't", "never", "no"):
            return False
        following = self.units[index + 1].low if index + 1 < len(self.units) else ""
        return not tone.data or following in tone.data

    def own_clause_target(self, index: int, own: set[str]) -> list[int]:
        """"Biden said the United States would stand with Ukraine": when the reported clause is
        about the speaker's own country, the first other country after it, if no event word comes
        first (that event, coded by its own trigger, is what was said)."""
        clause = self.reported_clause(index)
        subject = None
        # "said Paris believed that Algeria ...": the "that" may open a clause inside the reported one
        for start in dict.fromkeys((self._after_that(index) or index + 1, index + 1)):
            for k in range(start, min(clause.stop, start + 3)):
                unit = self.units[k]
                if self._names_country(unit) and state_of(unit).country in own:
                    subject = k
                    break
                if unit.low not in ("the", "on", "monday", "tuesday", "wednesday", "thursday", "friday",
                                    "saturday", "sunday"):
                    break
            if subject is not None:
                break
        if subject is None:
            return []
        for k in range(subject + 1, clause.stop):
            unit = self.units[k]
            if k + 1 < clause.stop and self.units[k + 1].low == "that" and unit.low not in REPORTING_VERBS:
                continue  # "the U.S. government had concluded that Iran ...": a finding, no event
            if unit.low in REPORTING_VERBS or any(_tells_event(spec) for spec in unit.triggers()):
                return []
            if self._names_country(unit) and state_of(unit).country not in own:
                return self.coordinated_right(k, check_clause=False)
        return []

    def speaks_of_itself(self, index: int, own: set[str]) -> bool:
        """"Putin told reporters that Russia would meet its obligations", "Moscow said it would
        minimise the impact": a reported clause whose subject is the speaker's own side and that
        tells no event of its own (such an event is coded by its own trigger)."""
        clause = self.reported_clause(index)
        k = self._after_that(index) or index + 1
        while k < clause.stop and (self.units[k].low in TIME_WORDS or self.units[k].low == "on"):
            k += 1
        if k >= clause.stop:
            return False
        unit = self.units[k]
        if unit.low not in _SELF_PRONOUNS and not (self._names_country(unit) and state_of(unit).country in own):
            return False
        return not any(_tells_event(spec) for j in clause for spec in self.units[j].triggers())

    def predicate_target(self, index: int, own: set[str]) -> list[int]:
        """"Biden said the move was not meant to contain China": a reported clause whose subject
        is a thing ("the move", "the operation") is aimed at the first other country its
        predicate names, if no event word or second report comes first (that event is coded by
        its own trigger); not a partner ("with", "from") nor a possessor ("Russia's")."""
        clause = self.reported_clause(index)
        start = self._after_that(index) or index + 1
        if start >= clause.stop or self.units[start].low not in ("the", "this", "that", "its"):
            return []
        seen_verb = False
        for k in range(start + 1, clause.stop):
            unit = self.units[k]
            if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in CLAUSE_WORDS \
                    or (seen_verb and unit.low in RELATIVE_PRONOUNS):
                return []
            if unit.low in REPORTING_VERBS or any(_tells_event(spec) for spec in unit.triggers()):
                return []
            if self._names_country(unit):
                if not seen_verb or state_of(unit).country in own:
                    return []
                if unit.possessive or self.preceded_by(k) in _PARTNER_PREPS or self._preceded_by_place_prep(k):
                    continue
                return self.coordinated_right(k, check_clause=False)
            if unit.low in CLAUSE_VERBS or unit.low in BE_FORMS:
                seen_verb = True
        return []

    def clause_reference(self, index: int, mode: str) -> str:
        """The type of the earlier event an evaluative reported clause is about: "the test was
        reckless", "regretted the decision" (a word that points back at the latest event, "*"),
        or "it was dangerous" ("it" is the event only when judged; "it was concerned" is the
        speaker)."""
        start = self._after_that(index) or index + 1
        if mode == "criticism" and start + 1 < len(self.units) and self.units[start].low in ("it", "this") \
                and self.units[start + 1].low in BE_FORMS:
            # "it was a disappointment to see Modi embrace Putin": a clause naming someone is about them
            named = any(self.units[k].actor is not None for k in self.reported_clause(index))
            return "" if named else "*"
        for k in range(start, min(len(self.units) - 1, start + REPORT_WINDOW)):
            if self.units[k].text in ",;" or self.units[k].text in BOUNDARY_PUNCT:
                break
            if self.units[k].low in ("the", "this", "that"):
                word = self.units[k + 1].low
                found = self.referenced_event_type(k + 1, k + 2) or ("*" if word in EVENT_REFERENCES else "")
                if found:
                    return found
        return ""

    def _joins_predicate(self, index: int) -> bool:
        """Whether the verb at ``index`` follows "and" ("and also"), as a second predicate
        ("Japan said ... and lodged a protest": the speaker's)."""
        k = index - 1
        if k >= 0 and self.units[k].low == "also":
            k -= 1
        return k > 0 and self.units[k].low == "and" or contrast_predicate(self.units, index) >= 0

    def _as_well_as(self, k: int) -> bool:
        """Whether "as well as" ends at ``k``."""
        return k >= 3 and self.units[k].low == "as" and self.units[k - 1].low == "well" \
            and self.units[k - 2].low == "as"

    def _names_a_thing(self, verb: int, actor: int) -> bool:
        """"said the EU measures were lies and demanded": before a second predicate, an actor
        followed by a plain noun only modifies it and is no subject; nor is one inside the first
        predicate's object ("condemned Russia's invasion of Ukraine and reaffirmed")."""
        if in_object_of_first(self.units, actor, verb):
            return True
        if not self._joins_predicate(verb) or actor + 2 >= verb:
            return False
        unit = self.units[actor + 1]
        return (self.units[actor + 2].low in CLAUSE_VERBS and unit.text.isalpha() and unit.text.islower()
                and unit.low not in CLAUSE_VERBS and unit.low not in PREPOSITIONS and unit.low not in CLAUSE_WORDS
                and unit.low not in RELATIVE_PRONOUNS and unit.low not in ("and", "or", "but", "not", "to")
                and not unit.low.endswith(("ed", "ly"))
                and not any(spec.pos == "verb" for spec in unit.triggers()))

    def fallback_subject(self, verb: int, group: list[int]) -> list[int]:
        """Countries a second predicate may fall back on as its subject: none inside the first
        predicate's object ("We condemned the invasion of Ukraine, and reaffirmed")."""
        return [] if in_object_of_first(self.units, group[-1], verb) else group

    def _speaker_believes(self, index: int) -> bool:
        """"he believed", "they hoped": a pronoun for the speaker, then a verb of belief."""
        return (self.units[index].low in SPEAKER_PRONOUNS and index + 1 < len(self.units)
                and self.units[index + 1].low in BELIEF_VERBS)

    def that_clause_about(self, index: int) -> list[int]:
        """Whom the "that" clause after a statement verb is about: "warned that Chinese arms ..."."""
        start = self._after_that(index)
        return self.clause_subject(start) if start is not None else []

    def clause_subject(self, start: int) -> list[int]:
        """The country named in the subject of the clause starting at ``start``, if any."""
        end = min(len(self.units), start + REPORT_WINDOW)
        k = start
        while k < end:
            unit = self.units[k]
            if self._speaker_believes(k):
                k += 2  # "said he believed Putin wanted ...": what the speaker believes is the clause
                continue
            if self._names_country(unit):
                return self.coordinated_right(k, check_clause=False)
            if self._ends_reported_subject(unit):
                break
            k += 1
        return []

    def threat_target(self, index: int, own: set[str]) -> list[int]:
        """"said they would respond to any Indian military action", "said Russia would take
        countermeasures and monitor deployments on Finnish territory": a speaker's warning of what
        its own side will do is aimed at the first other country named after the warning word."""
        clause = self.reported_clause(index)
        k = self._after_that(index) or index + 1
        while k < clause.stop and (self.units[k].low in TIME_WORDS or self.units[k].low == "on"):
            k += 1
        if k >= clause.stop:
            return []
        unit = self.units[k]
        if unit.low not in _SELF_PRONOUNS and unit.low != "they" \
                and not (self._names_country(unit) and state_of(unit).country in own):
            return []
        warned = False
        for j in range(k + 1, clause.stop):
            unit = self.units[j]
            if unit.low in REPORTING_VERBS:
                return []
            tone = unit.sense("tone")
            if tone is not None and tone.role == "threat" and self._tone_applies(j, tone):
                warned = True
            elif warned and self._names_country(unit) and state_of(unit).country not in own:
                return [] if self.preceded_by(j) in _PARTNER_PREPS else self.coordinated_right(j, check_clause=False)
        return []

    def own_act_target(self, index: int, own: set[str]) -> list[int]:
        """"warned that Washington would not conclude trade deals with either country": a warning
        of what the speaker's own side will do is aimed at the other country the clause names."""
        k = self._after_that(index)
        clause = self.reported_clause(index)
        if k is None or k + 2 >= clause.stop or self.units[k + 1].low not in ("would", "will"):
            return []
        unit = self.units[k]
        if not (unit.low in _SELF_PRONOUNS or (self._names_country(unit) and state_of(unit).country in own)):
            return []
        for j in range(k + 2, clause.stop):
            unit = self.units[j]
            if unit.low in REPORTING_VERBS or unit.low in CLAUSE_WORDS:
                return []
            if self._names_country(unit) and not unit.possessive and state_of(unit).country not in own:
                return self.coordinated_right(j, check_clause=False)
        return []

    def bare_threat(self, index: int, mode: str) -> bool:
        """"said all options were on the table", "said there would be consequences": a warning
        that names nobody is made to the speaker's latest counterpart; not a clause about a
        thing ("said the strike was retaliation", which judges that thing)."""
        if mode != "threat":
            return False
        start = self._after_that(index) or index + 1
        if start >= len(self.units) or self.units[start].low in _THING_DETERMINERS:
            return False
        for j in self.reported_clause(index):
            unit = self.units[j]
            if unit.text == "," or unit.low in CLAUSE_WORDS:
                break
            if any(_tells_event(spec) for spec in unit.triggers()):
                return False
        return True

    def condition_subject(self, index: int) -> list[int]:
        """"threatened to halt talks if the United States goes ahead", "unless Baghdad accepted":
        a threat is aimed at whoever must act to avert it, the subject of its condition."""
        for k in range(index + 1, len(self.units)):
            unit = self.units[k]
            if unit.text in ";:" or unit.text in BOUNDARY_PUNCT:
                return []
            if unit.low in ("if", "unless"):
                return self.clause_subject(k + 1)
        return []

    def _after_that(self, index: int) -> int | None:
        """The unit after the "that" opening a reported clause a few words after the verb."""
        for k in range(index + 1, min(len(self.units), index + REPORT_WINDOW)):
            if self.units[k].low == "that":
                return k + 1
            if self.units[k].text in BOUNDARY_PUNCT or self.units[k].text in ",.;":
                return None
        return None

    @staticmethod
    def _names_country(unit: Unit) -> bool:
        return unit.actor is not None or unit.sense("demonym") is not None or unit.sense("country") is not None

    @staticmethod
    def _ends_reported_subject(unit: Unit) -> bool:
        """A verb, a clause boundary or a preposition other than "of": past the subject."""
        return (unit.text in BOUNDARY_PUNCT or unit.text in ",.;!?" or unit.low in CLAUSE_VERBS
                or unit.low in BE_FORMS or unit.low in RELATIVE_PRONOUNS
                or (unit.low in PREPOSITIONS and unit.low != "of")
                or unit.sense("support") is not None or bool(unit.triggers()))


def _tells_event(spec: TriggerSpec) -> bool:
    """Whether a sense of a word tells an event other than a statement; the recall sense of
    "called" needs an envoy and "back" after it, so "what it called absurd" tells none."""
    return spec.event_type != "statement" and spec.object_class != "envoy_back"
