"""Who did what to whom: the participants of each trigger in a sentence of units.

A trigger is a verb ("visited", "condemned") or a noun ("visit", "sanctions"). Verbs take their actor
from the subject on the left and their target from the object on the right (or the other way round in
the passive voice, or for hosts: "Kim welcomed Putin"). Nouns take their actor from a possessive ("Putin's
visit"), a modifier, a "by" or "from" phrase, or the subject of a support verb ("imposed sanctions")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.absolute_with import absolute_subject
from dashboard.extract.antecedent_owners import antecedent_owner
from dashboard.extract.complements import quoted_words_start
from dashboard.extract.contrast_predicates import speaker_of_contrast
from dashboard.extract.control_owners import own_plan_teller, plan_owner
from dashboard.extract.counted_forces import counted_force_end
from dashboard.extract.gerund_chains import continues_gerund
from dashboard.extract.home_people import member_head
from dashboard.extract.invitation_nouns import invitation_before
from dashboard.extract.joint_subjects import people_from
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.manner_phrases import after_manner
from dashboard.extract.noun_phrases import OBJECT_WINDOW, PLACE_KIND_NOUNS, NounPhrases
from dashboard.extract.opening_participle import main_subject_of_opening
from dashboard.extract.others import members_before_others
from dashboard.extract.owned_objects import with_owned_people
from dashboard.extract.owner_pronouns import at_member, before_member, head_of, tail_of
from dashboard.extract.parallel_objects import with_parallel
from dashboard.extract.plain_objects import listed_predicate, object_of_plain_verb
from dashboard.extract.possessed_head import heads_clause, modified_head
from dashboard.extract.second_reports import reporting_verb_of_second
from dashboard.extract.since_adverb import opens_clause
from dashboard.extract.statement_control import controlling_statement
from dashboard.extract.units import Unit, coordinator_width, names_scene
from dashboard.extract.words import (
    BE_FORMS,
    BOUNDARY_PUNCT,
    CLAUSE_VERBS,
    CLAUSE_WORDS,
    CONTROL_NOUNS,
    COORDINATORS,
    LIST_WORDS,
    NOUN_PRECEDERS,
    PLACE_PREPS,
    PREPOSITIONS,
    QUANTITY_WORDS,
    RELATIVE_PRONOUNS,
    REPORTING_VERBS,
    SCENE_PREPS,
    SHARES,
    TIME_CLAUSE_WORDS,
)

SUBJECT_WINDOW: Final = 30
# Words in -ing before an actor that do not make it an object ("including France", "during").
_NOT_GERUNDS: Final = frozenset({"including", "according", "following", "regarding", "concerning", "during",
                                 "meeting", "morning", "evening", "briefing", "building", "ruling", "king"})
# Words after which an -ing verb starts a phrase that shares the main clause's subject.
PARTICIPLE_OPENERS: Final = frozenset({",", "while", "after", "before", "when", "also", "by"})
# Words that open an appositive after a named actor: "Turkey, a NATO member, ...", "A and B, two states ...".
_APPOSITION_OPENERS: Final = frozenset({"a", "an", "two", "three", "four", "five", "six", "both", "all"})


def _is_actor(unit: Unit) -> bool:
    return unit.actor is not None


class SentenceFrames(NounPhrases):
    """Finds the frames of every trigger of one sentence."""

    def __init__(self, units: list[Unit], lexicon: Lexicon) -> None:
        self.units = units
        self.lexicon = lexicon
        self.control_mode = ""  # set by subject() when the subject is a statement's object
        self.subject_is_fallback = False
        self.names_class: dict[str, bool] = {}  # by word class: whether the sentence's text names one

    # -- small helpers -------------------------------------------------------------------

    def _preceded_by_place_prep(self, index: int) -> bool:
        k = index - 1
        while k >= 0 and self.units[k].low in ("the", "a", "an"):
            k -= 1
        return k >= 0 and (self.units[k].low in PLACE_PREPS
                           or (self.units[k].low == "of" and k > 0 and self.units[k - 1].low == "out"))  # "pulled out of Chile"

    def verb_at(self, index: int) -> bool:
        """Whether a verb, a reporting verb or a form of "be" stands at ``index``."""
        unit = self.units[index] if index < len(self.units) else None
        return unit is not None and (unit.low in BE_FORMS or unit.low in REPORTING_VERBS
                                     or any(spec.pos != "noun" for spec in unit.triggers()))

    def preceded_by(self, index: int) -> str:
        """The preposition governing the unit at ``index`` (skipping articles), or ""."""
        k = index - 1
        while k >= 0 and self.units[k].low in ("the", "a", "an", "its", "their"):
            k -= 1
        if k >= 0 and self.units[k].low in PREPOSITIONS:
            return self.units[k].low
        return ""

    def coordinated_right(self, index: int, check_clause: bool = True) -> list[int]:
        """Indices of actors coordinated with the one at ``index``: "X, Y and (the) Z"."""
        found = [index]
        k = tail_of(self.units, index) + 1
        while k < len(self.units):
            width = coordinator_width(self.units, k)
            if not width:
                break
            j = at_member(self.units, k + width)
            if j < len(self.units) and _is_actor(self.units[j]) and not self.units[j].possessive \
                    and not (check_clause and self._starts_clause(tail_of(self.units, j) + 1)):
                found.append(j)
                k = tail_of(self.units, j) + 1
                continue
            break
        return found

    def _starts_clause(self, index: int) -> bool:
        """Whether the unit at ``index`` begins a predicate ("said", "has", a trigger verb)."""
        if index >= len(self.units):
            return False
        unit = self.units[index]
        return (unit.low in CLAUSE_VERBS or unit.sense("support") is not None
                or any(spec.pos == "verb" for spec in unit.triggers()))

    def _coordinated_left(self, index: int) -> list[int]:
        """Indices of actors coordinated with the one at ``index`` on its left."""
        found = [index]
        listed = False  # a comma already joined two members: "out of A, B, C and D" is one list
        k = before_member(self.units, head_of(self.units, index) - 1)
        while k - 1 >= 0 and (self.units[k].low in COORDINATORS or self._as_well_as(k)):
            j = k - 3 if self._as_well_as(k) else k - 1
            if self.units[j].low == "," and j - 1 >= 0:
                j -= 1
            j = member_head(self.units, j)
            if j < 0 or not _is_actor(self.units[j]) or self.units[j].possessive:
                break
            if self.units[k].text == "," and self.preceded_by(j) and not listed and (j < 2 or len(found) != 2):
                break  # "After Israel, Biden flew ...": a fronted phrase, not a list (but "against A, B and C")
            if self.units[k].low == "and" and self.units[k - 1].text == "," and (
                    self._is_object_of_verb(j) or self.preceded_by(j)):
                break  # "X summoned the envoy, and the army announced drills": two clauses
            found.insert(0, head_of(self.units, j))
            listed = listed or self.units[k].text == ","
            k = before_member(self.units, head_of(self.units, j) - 1)
        return found

    # -- subjects and objects ------------------------------------------------------------

    def subject(self, index: int) -> list[int]:
        """The actor(s) acting as subject of the verb at ``index``: the nearest on the left in the
        clause, skipping objects of earlier verbs and places ("in Ukraine"); one inside a phrase
        ("the head of the UN") or a possessor ("Russia's foreign ministry") only when nothing better
        is found (a second predicate's "between A and B" gives way to the main subject)."""
        fallback: list[int] = []
        if (opening := main_subject_of_opening(self.units, index)) >= 0:
            return self.coordinated_right(opening)
        if (noun := invitation_before(self.units, index)) >= 0:
            return self.subject(noun)  # "accepted an invitation to visit": the guest, not the inviter
        if (said := speaker_of_contrast(self.units, index)) >= 0:
            return self.subject(said)  # "said X had not ..., but warned that": who said
        if index >= 2 and self.units[index - 1].low == "to" and self.units[index - 2].low in CONTROL_NOUNS:
            owner = plan_owner(self.units, index - 2, self.possessor(index - 2))
            if not owner and (teller := own_plan_teller(self.units, index - 2)) >= 0:
                return self.subject(teller)  # "Mexico announced its decision to break off ties"
            return owner
        k, steps = index - 1, 0
        while k >= 0 and steps < SUBJECT_WINDOW:
            unit = self.units[k]
            steps += 1
            if unit.low == "that" and (said := reporting_verb_of_second(self.units, k)) >= 0:
                return self.subject(said)  # "said ..., and that it could ...": who said
            if unit.low == "that" and not self.time_that(k):
                k = self._reporting_verb_before(k)
                unit = self.units[k]
            if unit.low in REPORTING_VERBS:
                if self._speaker_resumed(k, index):
                    speaker = self.participle_subject(k)  # "Jordan followed, announcing that it was ..."
                    if speaker or self._joins_predicate(k) or listed_predicate(self.units, k):
                        return speaker or self.subject(k)  # "summoned X's envoy and said it would": who said
                    k -= 1  # "Italy said (on Monday) it was expelling": "it" is the one who said
                    continue
                if self._joins_predicate(index):
                    return self.subject(k)  # "Japan said ... and lodged a protest": who said
                break
            if unit.text == ")" and k >= 2 and self.units[k - 2].text == "(":
                k -= 3  # "the Office of Foreign Assets Control (OFAC) designated": the name before its acronym
                continue
            if unit.text in BOUNDARY_PUNCT and (k := quoted_words_start(self.units, k)) < 0:
                break  # not "called the vote "a sham" and said": quoted words inside the clause
            if unit.low in ("after", "before", "until") and self._opens_clause(k, index):
                break  # "after the Pacific nation decided to switch": a clause with its own subject
            if opens_clause(self.units, k, index):  # not "had so far", "has since tested"
                if unit.low in TIME_CLAUSE_WORDS and k + 2 == index and self.units[k + 1].low in ("they", "it"):
                    return self.subject(k)  # "have not met since they signed the pact": the main subject
                break
            if unit.low in RELATIVE_PRONOUNS and not self.time_that(k):
                j = k - 2 if k >= 1 and self.units[k - 1].text == "," else k - 1
                if unit.low != "where" and j >= 0 and _is_actor(self.units[j]):
                    return self._coordinated_left(j)
                if unit.low == "where" and k + 2 == index and self.units[k + 1].low in ("they", "it"):
                    return self.subject(k)  # "met in Dubai, where they agreed": the main clause's sides
                if unit.low != "where" and (held := antecedent_owner(self.units, j)) >= 0:
                    return self._coordinated_left(held) if _is_actor(self.units[held]) else self.subject(held)
                break
            if unit.text == ",":
                skipped = self._skip_parenthetical(k)
                if skipped is not None:
                    k = skipped
                    continue
            if _is_actor(unit) and not unit.possessive:
                k = member_head(self.units, k)  # "Macron of France and Scholz of Germany said"
                named = members_before_others(self.units, k)
                if named is not None:  # "France, Germany and other Western governments"
                    k = named
                group = self._coordinated_left(k)
                first = group[0]
                controller = controlling_statement(self.units, first, index) if self.units[index - 1].text != "," else None
                # "urged Israel to show restraint", but not "criticised Peru ... and called on" nor "backed her, saying"
                if controller is not None and not listed_predicate(self.units, index) \
                        and (not self._joins_predicate(index) or continues_gerund(self.units, group[-1], index)):
                    self.control_mode = controller
                    return group
                # "accused Beijing of luring Kiribati ... and said": Kiribati is no subject of "said";
                # but "helping Moscow evade sanctions": Moscow right before the verb is its subject
                if self._preceded_by_place_prep(first) or self._is_object_of_verb(first, len(group) == 1) \
                        or (self._is_object_of_gerund(first) and group[-1] + 1 < index) or object_of_plain_verb(self.units, first, group[-1], index):
                    k = first - 1
                    continue
                if absolute_subject(self.units, first, group[-1], index):
                    return group  # "divided, with A and B also opposing the move": A and B oppose it
                governing = "of" if people_from(self.units, group, self.lexicon.word_classes) else self.preceded_by(first)
                if governing in ("after", "before", "until") and (self.verb_at(group[-1] + 1) or modified_head(self.units, group[-1], index)):
                    return group  # "a day after Putin flew to Abu Dhabi to meet ...": a clause's subject
                if (governing and governing != "of") or self._names_a_thing(index, group[-1]):
                    fallback = fallback or self.fallback_subject(index, group)
                    k = first - 1
                    continue
                return group
            if _is_actor(unit) and unit.possessive and not self._preceded_by_place_prep(k):
                # "Britain's decision to supply": the possessor of the plan is who acts.
                if 0 < index - k <= 4 and self.units[index - 1].low == "to":
                    return [k]
                if heads_clause(self.units, k, index):  # "After the protests, his administration imposed"
                    return [k]
                # "Russia's foreign ministry said": the possessor names the speaker's country.
                fallback = fallback or self.fallback_subject(index, [k])
            k -= 1
        if fallback and self._joins_predicate(index) and self.preceded_by(fallback[0]) == "between" \
                and (main := self.topic()) and main[0] < fallback[0] and not self.units[main[0]].possessive:
            return self._coordinated_left(self.coordinated_right(main[0])[-1])  # "... between A and B, and met Xi"
        self.subject_is_fallback = bool(fallback)
        return fallback

    def participle_subject(self, index: int) -> list[int]:
        """", accusing X of ...", "while blaming X": a participle opening a phrase of its own has
        the subject of the sentence's main clause (its first actor, if not a place)."""
        if not self.units[index].low.endswith("ing") or index < 2:
            return []
        opener = self.units[index - 1].low
        if opener not in PARTICIPLE_OPENERS:
            return []
        main = self.topic()
        if not main or main[0] >= index - 1 or self.units[main[0]].possessive:
            return []
        return self._coordinated_left(self.coordinated_right(main[0])[-1])

    def _reporting_verb_before(self, that: int) -> int:
        """The reporting verb a few words before "that" ("said on Monday that"), else "that"."""
        for k in range(that - 1, max(-1, that - 6), -1):
            if self.units[k].low in REPORTING_VERBS:
                return k
            if _is_actor(self.units[k]) and not self.hearer_at(k) or self.units[k].text in BOUNDARY_PUNCT or self.units[k].text == ",":
                break
        return that

    def _speaker_resumed(self, verb: int, index: int) -> bool:
        """Whether "it", "they" or "we" opens the clause reported by the verb at ``verb``, after
        at most a time phrase or "that" ("said on Monday that it would ...")."""
        for j in range(verb + 1, min(index, verb + 8)):
            unit = self.units[j]
            if unit.low in ("it", "they", "we", "its", "their", "our"):
                return True
            if _is_actor(unit) and not self.hearer_at(j) or unit.text in BOUNDARY_PUNCT or unit.text in ",;":
                return False  # not "told China that it would ...": the hearer, then the speaker again
            if unit.triggers() and not (self.units[j - 1].low in NOUN_PRECEDERS
                                        and all(spec.pos == "noun" for spec in unit.triggers())):
                return False  # "said in a joint statement that they ...": the medium, not an event
        return False

    def _skip_parenthetical(self, comma: int) -> int | None:
        """Given a comma left of the verb, skip back over ", who ... ," or an appositive."""
        k = comma - 1
        while k >= 0 and comma - k < 20:
            if self.units[k].text == ",":
                if self.units[k + 1].low in ("who", "which", "whose", "whom"):
                    return k - 1
                if self.units[k + 1].low in _APPOSITION_OPENERS and k > 0 and _is_actor(self.units[k - 1]):
                    return k - 1  # "Turkey, a NATO member that ..., helped"; "A and B, two states that ..., met"
                return None
            if self.units[k].text in BOUNDARY_PUNCT:
                return None
            k -= 1
        return None

    def _is_object_of_verb(self, index: int, counted: bool = False) -> bool:
        """Whether the actor at ``index`` directly follows a verb trigger (so it is its object);
        with ``counted``, also after a count ("expelled ten American diplomats")."""
        k = index - 1
        while k >= 0 and (self.units[k].low in ("the", "a", "an", "his", "her", "its", "their")
                          or (counted and (self.units[k].low in QUANTITY_WORDS or self.units[k].low.isdigit()))):
            k -= 1
        if k < 0:
            return False
        prev = self.units[k]
        if prev.sense("support") is not None:
            return True
        if prev.low == "to" and k > 0:  # "travelled to Saudi Arabia and Qatar ..., and attended": a destination
            prev = self.units[k - 1]
            return any(spec.pos == "verb" and spec.event_type == "visit" for spec in prev.triggers())
        return any(spec.pos == "verb" and spec.object_class != "invited_guest" for spec in prev.triggers())  # "invited Sisi to visit"

    def _opens_clause(self, word: int, index: int) -> bool:
        """Whether "after"/"before" at ``word`` opens a clause (a noun phrase then a verb) that
        reaches the verb at ``index``, rather than governing a noun ("after talks with Xi")."""
        first, name = self.units[word + 1], self.units[index - 1]  # "after Speaker Nancy Pelosi visited"
        if word + 1 < index and first.text[:1].isupper() and (first.actor is None or first.possessive) \
                and name.text[:1].isupper() and name.actor is None and not name.triggers():
            return True  # a name nobody resolved is the clause's subject
        if word + 2 >= index or self.units[word + 1].low not in ("the", "a", "an", "its", "their"):
            return False
        return any(self.verb_at(j) or (self.units[j].low.endswith("ed") and self.units[j].text.islower())
                   for j in range(word + 2, index))

    def _is_object_of_gerund(self, index: int) -> bool:
        """Whether the actor at ``index`` directly follows a word in -ing ("of luring Kiribati")."""
        prev = self.units[index - 1] if index > 0 else None
        return prev is not None and prev.low.endswith("ing") and prev.text.islower() and prev.low not in _NOT_GERUNDS

    def object_actors(self, index: int, preps: tuple[str, ...], end_index: int | None = None,
                      places: bool = False) -> tuple[list[int], str]:
        """Indices of the actor(s) that are the object of the trigger at ``index``, past a phrase of
        manner ("condemns in the strongest terms X"), and the preposition that introduced them (""
        for a direct object). With ``places``, a city or venue counts too (a visit's destination)."""
        direct = "=" in preps
        wanted = {p for p in preps if p != "="}
        k = after_manner(self.units, (end_index if end_index is not None else index) + 1)
        limit = min(len(self.units), k + OBJECT_WINDOW)
        current_prep = ""
        words_since_prep = 0
        of_skipped = False
        while k < limit:
            unit = self.units[k]
            if unit.text in BOUNDARY_PUNCT or unit.text in ".!?":
                break
            if unit.low in RELATIVE_PRONOUNS or (unit.low in CLAUSE_WORDS and unit.low != "as"):
                break
            if unit.text == "," and k + 1 < len(self.units) and self.units[k + 1].low in ("which", "who"):
                closing = self._relative_clause_end(k + 1)
                if closing is not None:  # "transferred missiles, which can carry warheads, to Belarus"
                    limit = min(len(self.units), limit + closing + 1 - k)
                    k = closing + 1
                    continue
            if unit.text == "," and not self._list_continues(k):
                break
            if unit.low == "and" and (self._starts_clause(k + 1) or self._starts_clause(k + 2) and _is_actor(self.units[k + 1])):
                break  # "welcomed the applications and said ...", "its troops and Italy will ...": a new clause
            # "sanctions on Russian banks": a demonym before a plain noun names the country
            is_object = _is_actor(unit) or (places and unit.is_placeish) or (
                unit.sense("demonym") is not None and k + 1 < len(self.units) and self.units[k + 1].low.isalpha())
            if is_object and (unit.possessive and k + 1 < limit and _is_actor(self.units[k + 1])
                              or not (current_prep or direct) and unit.actor is not None and unit.actor.kind == "description"):
                k += 1  # "met his Turkish counterpart", "recalled Pakistan's envoy from Tehran": not the one aimed at
                continue
            if is_object:
                if current_prep in SCENE_PREPS and current_prep not in wanted and unit.is_placeish:
                    k += 1  # "talks in Beijing with Xi": where, then with whom
                    continue
                if current_prep not in wanted and (current_prep or not direct):
                    break  # a phrase of another preposition, or a direct object the trigger takes none of
                objects = with_owned_people(self.units, index, self.coordinated_right(k), current_prep)
                return with_parallel(self.units, objects, current_prep, places), current_prep
            if unit.low in LIST_WORDS or (unit.low == "such" and k + 1 < len(self.units) and self.units[k + 1].low == "as"):
                words_since_prep = 0
                limit = min(len(self.units), max(limit, k + 4))
            elif unit.low in PREPOSITIONS and not (k + 1 < limit and self.units[k + 1].text[:1].isdigit()):
                forces = self.lexicon.word_classes.get("force", frozenset())
                if not current_prep and "of" not in wanted and (end := counted_force_end(self.units, k, forces)) > 0:
                    k, limit = end, min(len(self.units), max(limit, end + 6))  # "sent thousands of troops to Chad"
                    continue
                if unit.low == "of" and current_prep in wanted and words_since_prep <= (4 if self.units[k - 1].low in PLACE_KIND_NOUNS else 2):
                    k, limit = k + 1, min(len(self.units), max(limit, k + 3))  # "two of Russia's largest", "the Red Sea port of X"
                    continue
                if current_prep and current_prep in wanted and words_since_prep < 3 and unit.low not in wanted:
                    break
                if current_prep in SCENE_PREPS and current_prep not in wanted and unit.low in wanted \
                        and names_scene(self.units[k - words_since_prep:k]):
                    current_prep, words_since_prep = unit.low, 0
                    k += 1
                    continue
                if current_prep and current_prep not in wanted:
                    break
                if not current_prep and direct and unit.low == "of" and k > index + 1 and not of_skipped \
                        and (k + 1 == len(self.units) or not _is_actor(self.units[k + 1]) or self.units[k - 1].low in SHARES):
                    of_skipped = True
                    limit = min(len(self.units), limit + 4)
                    k += 1  # "delivered 1,000 containers of equipment to Russia": "of" goes on the object
                    continue
                if not current_prep and direct and words_since_prep >= 2 and unit.low not in wanted:
                    break
                current_prep = unit.low
                words_since_prep = 0
                limit = min(len(self.units), max(limit, k + 6))
            elif unit.triggers() and any(spec.pos == "verb" for spec in unit.triggers()) and k > index + 1:
                break
            else:
                words_since_prep += 1
                if current_prep and words_since_prep > 4:
                    break
            k += 1
        return [], ""

    def _relative_clause_end(self, start: int) -> int | None:
        """The comma that closes a relative clause opened at ``start`` (", which ... ,")."""
        for k in range(start + 1, min(len(self.units), start + 15)):
            if self.units[k].text == ",":
                return k
            if self.units[k].text in BOUNDARY_PUNCT or self.units[k].text in ".!?":
                return None
        return None

    def infinitive_objects(self, index: int) -> list[int]:
        """The direct object of the verb in "to <verb>" after the trigger, past a short time
        phrase: "agreed (on Thursday) to invite Egypt and Iran"."""
        for k in range(index + 1, min(len(self.units) - 2, index + 5)):
            unit = self.units[k]
            if unit.low == "to":
                verb = self.units[k + 1]
                if verb.actor is not None or not verb.low.isalpha() or verb.triggers():
                    return []
                return self.object_actors(k + 1, ("=",))[0]
            if _is_actor(unit) or unit.text in ",;:" or unit.text in BOUNDARY_PUNCT:
                return []
        return []

    def _list_continues(self, comma: int) -> bool:
        """A comma inside "X, Y and Z" does not end the object."""
        return comma + 1 < len(self.units) and _is_actor(self.units[comma + 1]) and comma > 0 and _is_actor(self.units[comma - 1])

    def by_phrase(self, index: int, words: tuple[str, ...] = ("by", "from"), stop_at_verbs: bool = False) -> list[int]:
        """Actors introduced by "by X" / "from X" shortly after the unit at ``index``.

        With ``stop_at_verbs`` (for nouns) a verb in between means the phrase is the verb's:
        in "the meeting was hailed by X", X hailed; it did not meet.
        """
        k = index + 1
        skipped = 0  # words only: "signed in Prague on April 8, 2010, by" is as near as without the date's commas
        while k < len(self.units) and skipped < 7:
            unit = self.units[k]
            if unit.text in BOUNDARY_PUNCT or unit.text in ".!?" or unit.low in RELATIVE_PRONOUNS:
                return []
            skipped += unit.text != "," and not unit.text.isdigit()
            if stop_at_verbs and (unit.low in BE_FORMS or unit.sense("support") is not None
                                  or any(spec.pos == "verb" for spec in unit.triggers())):
                return []
            if unit.low in words:
                j = k + 1
                while j < len(self.units) and j - k <= 3 and not _is_actor(self.units[j]):
                    if self.units[j].text in ",;":
                        return []
                    j += 1
                if j < len(self.units) and _is_actor(self.units[j]):
                    return self.coordinated_right(j)
                return []
            k += 1
        return []

    def between(self, index: int) -> list[int]:
        """"between X and Y" right after the trigger."""
        k = index + 1
        while k < len(self.units) and k - index <= 4:
            if self.units[k].low == "between":
                j = k + 1
                while j < len(self.units) and j - k <= 3 and not _is_actor(self.units[j]):
                    j += 1
                if j < len(self.units) and _is_actor(self.units[j]):
                    group = self.coordinated_right(j, check_clause=False)
                    return group if len(group) >= 2 else []
                return []
            k += 1
        return []

    def topic(self) -> list[int]:
        """The first actor of the sentence: who a headline or a clause is about."""
        for k, unit in enumerate(self.units):
            if _is_actor(unit) and not self._preceded_by_place_prep(k):
                return [k]
        return []
