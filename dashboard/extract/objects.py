"""What a trigger's object must be: the word classes, kinds of actor and missing objects that
decide whether a sense of a trigger fits its sentence."""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from dashboard.extract.closed_missions import closed_in_passive
from dashboard.extract.deadline_departures import DEADLINE, deadline_departure
from dashboard.extract.described_groups import described_group
from dashboard.extract.emissaries import EMISSARY, sends_emissary
from dashboard.extract.envoy_departures import envoy_leaving
from dashboard.extract.envoys import (
    envoy_called_back,
    envoy_subject,
    staff_owner_named,
    told_to_leave,
)
from dashboard.extract.envoys_back import (
    ENVOY_RETURNING,
    ENVOY_SENT_BACK,
    envoy_returning,
    envoy_sent_back,
)
from dashboard.extract.expelled_from import told_to_leave_in_passive
from dashboard.extract.facilitation import FACILITATED, facilitates_dealings
from dashboard.extract.forces import forces_moved
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.held_forces import HELD, kept_forces
from dashboard.extract.help_asked import HELP_ASKED, asks_for_help_of
from dashboard.extract.hosted_gatherings import gathering_before
from dashboard.extract.invitations import INVITED_GUEST, invited_to_place
from dashboard.extract.joined_sanctions import owns_joined_measures
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.meeting_asked import MEETING_ASKED, asks_for_meeting_of
from dashboard.extract.met_responses import answered_with
from dashboard.extract.name_calling import CENSURE, labelled_censure
from dashboard.extract.named_launches import launched_object
from dashboard.extract.opposed_owners import OPPOSED_OWNER, owner_opens_object
from dashboard.extract.present_guests import PRESENT_GUEST, has_guests
from dashboard.extract.recognition import INDEPENDENCE, recognises_independence
from dashboard.extract.relatives import antecedent_of_class
from dashboard.extract.sent_officials import OFFICIAL_SENT, official_sent_to
from dashboard.extract.strikes import STRUCK, strikes_target
from dashboard.extract.suspended_members import (
    MEMBER_READMITTED,
    MEMBER_SUSPENDED,
    readmits_member,
    suspends_member,
)
from dashboard.extract.time_spent import TIME_SPENT, spent_in_place
from dashboard.extract.units import Unit
from dashboard.extract.words import (
    BE_FORMS,
    NOUN_PRECEDERS,
    OBJECTLESS_ADVERBS,
    PREPOSITIONS,
    TIME_WORDS,
)

# Object classes read by a module of their own, whole.
_OWN_CHECKS: Final[dict[str, Callable[[SentenceFrames, int], bool]]] = {
    FACILITATED: facilitates_dealings,
    EMISSARY: sends_emissary,  # "sent its foreign minister", "was represented by its envoy"
    INVITED_GUEST: invited_to_place,  # "invited Kristersson to Budapest"
    OFFICIAL_SENT: official_sent_to,  # "sent its foreign minister to Kyiv"
    TIME_SPENT: spent_in_place,  # "spent two days in Rio"
    PRESENT_GUEST: has_guests,  # "signed in Tunis in the presence of A and B"
    HELP_ASKED: asks_for_help_of,  # "asked for Pakistan's assistance"
    MEETING_ASKED: asks_for_meeting_of,  # "asked for an emergency meeting of the Security Council"
    DEADLINE: deadline_departure,  # "Chilean diplomats had ten days to leave": expelled staff
    "envoy_leaving": envoy_leaving,  # "the U.S. ambassador left Moscow": the envoy is the subject
    MEMBER_SUSPENDED: suspends_member,  # "ECOWAS suspended Mali", "suspended from the bloc"
    MEMBER_READMITTED: readmits_member,  # "the AU readmitted Mali", "readmitted to the bloc"
    ENVOY_SENT_BACK: envoy_sent_back,  # "sent its ambassador back to Lima"
    CENSURE: labelled_censure,  # "called A and B "unlawful"": a quoted label past the object
    ENVOY_RETURNING: envoy_returning,  # "its ambassador to Iran would return to Tehran"
    "envoy_back": envoy_called_back,
    STRUCK: strikes_target,  # "aircraft struck targets in Afghanistan", "Iran attacked Israel"
    HELD: kept_forces,
    OPPOSED_OWNER: owner_opens_object,  # "opposes Kosovo's independence", not "the war in Iraq"
    INDEPENDENCE: recognises_independence,  # "recognised Kosovo's independence": support, not ties  # "Spain has 600 soldiers in Mali": read by drop_unheld before
}


def object_fits(sf: SentenceFrames, index: int, spec: TriggerSpec) -> bool:
    """Whether what follows the trigger is of the kind its sense needs (a person, a group, an
    agreement, troops...), with the passive's object before the verb."""
    if spec.event_type == "meeting" and answered_with(sf.units, index):
        return False  # "will be met with a firm response": an answer, not a meeting
    wanted = spec.object_class
    if not wanted:
        return True
    if wanted in ("force", "forces") and _done_by(sf, index):
        return False  # "the abuses committed by Tigrayan forces": the forces did it, nobody sent them
    if wanted in ("force", "forces") and sf.is_passive(index) and forces_moved(sf, sf.subject(index)):
        return True  # "Russian troops were sent to Belarus": the forces come first
    if wanted == "forces":  # "Russian forces operated in Mali", "rotate submarines through": troops, ships or aircraft
        return not sf.is_passive(index) and (sf.object_has_class(index, "force") or forces_moved(sf, sf.subject(index)))
    if wanted == "force_away":  # troops withdrawn: the country they leave is checked with the frame
        return sf.object_has_class(index, "force")
    if wanted == "city":  # "left Niamey": a city left, not a country, body or deal
        k = index + 1 + (index + 1 < len(sf.units) and sf.units[index + 1].low == "the")
        return k < len(sf.units) and (sf.units[k].sense("city") is not None or sf.units[k].sense("capital") is not None)
    check = _OWN_CHECKS.get(wanted)
    if check is not None:
        return check(sf, index)
    if wanted == "city_stay":  # "was in Kyiv, where" or "for talks": a stay told with what it was for
        k = index + 1
        return k + 1 < len(sf.units) and (sf.units[k].sense("city") is not None or sf.units[k].sense("capital") is not None) \
            and sf.units[k + 1].low in (",", "for", "today")
    first = sf.first_object_unit(index)
    if wanted == "agreement" and sf.is_passive(index):  # "it must be ratified by X": what is ratified comes first
        words = sf.lexicon.word_classes.get(wanted, frozenset())
        return any(unit.low in words or unit.low == "it" for unit in sf.units[max(0, index - 5):index])
    if wanted == "ambassador" and sf.is_passive(index):  # "Chile's envoy was recalled": the envoy comes first
        return envoy_subject(sf, index, wanted)
    if wanted == "designee":  # "designated Mr Benedetti as its ambassador": an appointment, no sanction
        return not _appointed_as(sf, index)
    if wanted == "ambassador" and _act_withdrawn(sf, index):
        return False  # "withdrew its expulsion of the envoy": the act is taken back, no envoy moves
    if wanted in ("departure", "named_departure", "diplomat") and told_to_leave_in_passive(sf, index):
        return True  # "the Russian ambassador would be asked to leave the country"
    if wanted == "contacts" and _ties_cut(sf, index):
        return False  # "cut off diplomatic contact with Qatar": ties broken, told by the relations noun
    if wanted == "departure":  # "gave the consul 48 hours to leave"
        return told_to_leave(sf, index) or told_to_leave(sf, index, "embassy")
    if wanted == "named_departure":  # "asked the Turkish ambassador to leave": another state's envoy
        return (told_to_leave(sf, index) or told_to_leave(sf, index, "embassy")) and staff_owner_named(sf, index)
    if wanted == "missile" and launched_object(sf, index):  # "the missile launched on Thursday"
        return True
    if wanted in ("missile", "weapon") and sf.is_passive(index):  # "two missiles were fired", "tanks were delivered"
        words = sf.lexicon.word_classes.get(wanted, frozenset())
        return any(unit.low in words for unit in sf.units[max(0, index - 6):index])
    if sf.is_passive(index) and wanted in ("person", "!person", "actor", "!actor", "group"):
        subject = sf.subject(index)  # "Putin was welcomed by Kim": the object is the subject
        first = sf.units[subject[0]] if subject else None
    if wanted in ("person", "!person"):
        # "the leaders of France" are people too; plural "Ukrainians" are not
        actor = first.actor if first is not None and not first.possessive else None
        is_person = actor is not None and (actor.kind == "description" or (actor.kind == "person" and not actor.plural))
        return is_person if wanted == "person" else not is_person
    if wanted in ("asked", "visited"):  # "called on Israel to halt" asks; "called on President Ruto in Nairobi" visits
        visited = _called_on_in_person(sf, first)
        return visited if wanted == "visited" else not visited
    if wanted in ("actor", "!actor"):
        is_actor = first is not None and not first.possessive
        return is_actor if wanted == "actor" else not is_actor
    if wanted == "group":
        first = first if first is not None else described_group(sf, index)  # "left the regional bloc ECOWAS"
        if first is None:  # "Finland joined in April": the group is the article's; "Xi left" is no exit
            return spec.event_mode == "join" and objectless(sf, index)
        return actor_kind(first) == "group" and not _names_a_gathering(sf, first) and not _joined_in_act(sf, first) \
            and not owns_joined_measures(sf, first)  # "joined EU sanctions": a sanction, told by the noun
    if wanted == "summit":  # "Xi and Modi attended in person": the summit the article is about
        return sf.object_has_class(index, wanted) or objectless(sf, index) or (
            (sf.is_passive(index) or sf.is_reduced_passive(index)) and gathering_before(sf, index) >= 0)  # "The summit was attended by"
    if wanted[0] == "!":
        return not sf.object_has_class(index, wanted[1:])
    if wanted == "embassy" and closed_in_passive(sf, index):  # "the Chilean embassy in Lima was closed"
        return True
    if wanted == "diplomat" and sf.is_passive(index):  # "Russia's ambassador was summoned": the envoy first
        return envoy_subject(sf, index, wanted)
    if wanted == "diplomat" and not sf.object_has_class(index, wanted):
        # "Italy expelled 30 diplomats and Spain 25"; "ordered the staff of the Dutch embassy to leave"
        return elided_people(sf, index, wanted) is not None or told_to_leave(sf, index, "embassy")
    if wanted == "unwelcome":  # "declared 15 officers working at the embassy in Oslo persona non grata"
        return _clause_has_class(sf, index, wanted)
    if wanted == "agreement" and spec.event_mode == "join" and _joined_by(sf, index):
        return False  # "the Gulf leaders, joined by Egypt, signed a declaration": company, no accession
    if wanted == "agreement" and not sf.object_has_class(index, wanted):
        return antecedent_of_class(sf, index, wanted) is not None  # "the deal that Moscow abandoned"
    if wanted == "agreement" and spec.event_mode == "withdraw":
        return _deal_is_object(sf, index, wanted)
    return sf.object_has_class(index, wanted)


def _joined_by(sf: SentenceFrames, index: int) -> bool:
    """Whether the trigger is a participle with "by" after it: "joined by Egypt"."""
    return index + 1 < len(sf.units) and sf.units[index + 1].low == "by"


def _done_by(sf: SentenceFrames, index: int) -> bool:
    """A participle between a plain noun that is no force and "by": "abuses committed by"."""
    if index == 0 or index + 1 >= len(sf.units) or sf.units[index + 1].low != "by":
        return False
    before = sf.units[index - 1]
    return (sf.units[index].low.endswith("ed") and before.actor is None and before.low.isalpha()
            and before.low not in BE_FORMS and before.low not in sf.lexicon.word_classes.get("force", frozenset()))


# Words after which a deal is the frame of the act, not what is left: "halt the fighting under a deal"
_NOT_OBJECT_WORDS: Final = frozenset({"under", "after", "before", "despite", "since", "until", "amid", "without",
                                      "against", "during", "because", "as", "through"})


def _called_on_in_person(sf: SentenceFrames, first: Unit | None) -> bool:
    """Whether "called on" is a courtesy call: on one person, with no "to" or "for" after them
    saying what was asked."""
    actor = first.actor if first is not None and not first.possessive else None
    if actor is None or actor.kind != "person" or actor.plural:
        return False
    k = next(k for k, unit in enumerate(sf.units) if unit is first)
    return not (k + 1 < len(sf.units) and sf.units[k + 1].low in ("to", "for"))


def deal_partners(sf: SentenceFrames, index: int) -> list[int]:
    """The other side of the deal in the object of the verb at ``index``, named with the deal
    further on ("suspended its participation in the treaty with Washington")."""
    words = sf.lexicon.word_classes.get("agreement", frozenset())
    for k in range(index + 1, min(len(sf.units), index + 10)):
        unit = sf.units[k]
        if unit.low in _NOT_OBJECT_WORDS or unit.text in ".;:!?,":
            break
        if unit.low in words or any(piece in words for piece in unit.low.split()):
            sides, _ = sf.object_actors(k, ("with", "between"))
            if sides:
                return sides
    return []


def _deal_is_object(sf: SentenceFrames, index: int, word_class: str) -> bool:
    """Whether the deal word stands in the object of a verb of leaving, before any phrase that
    tells the circumstances ("agreed to halt the fighting under a deal brokered by Russia")."""
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    for k in range(index + 1, min(len(sf.units), index + 10)):
        unit = sf.units[k]
        if unit.low in _NOT_OBJECT_WORDS or unit.text in ".;:!?":
            return False
        if unit.low in words or any(piece in words for piece in unit.low.split()):
            return True
    return sf.object_has_class(index, word_class)


def _clause_has_class(sf: SentenceFrames, index: int, word_class: str) -> bool:
    """Whether a word of ``word_class`` ends the verb's clause, however long its object."""
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    for k in range(index + 1, min(len(sf.units), index + 30)):
        low = sf.units[k].low
        if low in (".", ";", ":", "!", "?"):
            return False
        if low in words or any(piece in words for piece in low.split()):
            return True
        if k + 1 < len(sf.units) and f"{low} {sf.units[k + 1].low}" in words:
            return True
    return False


def objectless(sf: SentenceFrames, index: int) -> bool:
    """Whether the verb stands without an object: the clause ends, or only a time follows."""
    k = index + 1
    while k < len(sf.units) and sf.units[k].low in OBJECTLESS_ADVERBS:
        k += 1
    if k < len(sf.units) and sf.units[k].low == "in person":
        k += 1
    if k + 2 < len(sf.units) and sf.units[k].low == "as" and sf.units[k + 1].low in ("a", "an"):
        k += 3  # "attending as a guest"
    if k >= len(sf.units) or sf.units[k].low in (".", ",", ";"):
        return True
    if sf.units[k].low in ("in", "on") and k + 1 < len(sf.units):
        k += 1
    word = sf.units[k].low
    return word in TIME_WORDS or (word.isdigit() and len(word) == 4)


def no_object(sf: SentenceFrames, index: int) -> bool:
    """A verb with nothing after it but the end, a comma or a channel ("protested via Beijing");
    not a noun ("a crackdown on protests in 2011")."""
    before = sf.units[index - 1].low if index > 0 else ""
    if before in NOUN_PRECEDERS or before in PREPOSITIONS:
        return False
    after = sf.units[index + 1].low if index + 1 < len(sf.units) else "."
    return after in (".", ",", ";", "through", "via") or objectless(sf, index)


def _names_a_gathering(sf: SentenceFrames, group: Unit) -> bool:
    """"joined the Group of Seven summit": the group names a meeting, not what was joined."""
    after = sf.units.index(group) + 1
    return after < len(sf.units) and sf.units[after].low in sf.lexicon.word_classes.get("summit", ())


def actor_kind(unit: Unit) -> str:
    """The kind of actor a unit names, "" when it names none."""
    return unit.actor.kind if unit.actor is not None else ""


def unwelcome_owner(sf: SentenceFrames, index: int) -> list[int]:
    """Whose people are declared unwelcome: the first demonym or possessor in the long object
    ("declared officials at the Russian mission to the EU persona non grata"), not a place."""
    words = sf.lexicon.word_classes.get("unwelcome", frozenset())
    for k in range(index + 1, min(len(sf.units), index + 30)):
        unit = sf.units[k]
        if unit.low in (".", ";", ":", "!", "?") or unit.low in words or any(piece in words for piece in unit.low.split()):
            break
        if sf.units[k - 1].low in ("in", "to"):
            continue
        if unit.actor is not None or unit.sense("demonym") is not None:
            return [k]
    return []


# Words that may stand between a preposition and its event noun: "on North Korean missile launches".
_NOUN_PHRASE_FILLERS: Final = frozenset({"the", "its", "their", "provocative", "repeated", "frequent", "continued",
                                         "ongoing", "regular", "recent", "joint", "military", "ballistic", "missile"})


def generic_plural(sf: SentenceFrames, index: int, supported: bool) -> bool:
    """A plural event noun that is only the object of a preposition, with no verb to make it happen:
    a kind of event, not one event ("data on North Korean missile launches", "fuelled by
    North Korea's provocative missile tests"); a count of them even with a verb ("carried out a
    record number of missile launches")."""
    noun = sf.units[index]
    if not noun.low.endswith("s"):
        return False
    k = index - 1
    while k >= 0 and index - k <= 4 and (sf.units[k].low in _NOUN_PHRASE_FILLERS or sf.units[k].actor is not None
                                         or sf.units[k].sense("demonym") is not None):
        k -= 1
    if k >= 1 and sf.units[k].low == "of" and sf.units[k - 1].low in ("number", "dozens", "hundreds"):
        return True
    return not supported and k >= 0 and sf.units[k].low in ("on", "about", "by", "over", "against")


def _joined_in_act(sf: SentenceFrames, group: Unit) -> bool:
    """"joined Western nations in imposing sanctions": taking part in their act, not joining them."""
    k = next(k for k, unit in enumerate(sf.units) if unit is group) + 1
    return k + 1 < len(sf.units) and sf.units[k].low == "in" and sf.units[k + 1].low.endswith("ing")


_NUMBER_WORDS: Final = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozens"])


def elided_people(sf: SentenceFrames, index: int, word_class: str) -> int | None:
    """Where the people a bare number after the verb counts were named earlier in the sentence
    ("Italy expelled 30 Russian diplomats and Spain said it would send home 25"), else None."""
    number = index + 1
    if number >= len(sf.units) or not (sf.units[number].low.replace(",", "").isdigit() or sf.units[number].low in _NUMBER_WORDS):
        return None
    after = sf.units[number + 1].low if number + 1 < len(sf.units) else "."
    if after not in (".", ",", ";", "and", "on", "in", "by", "from", "within", "over"):
        return None
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    for k in range(index - 1, max(-1, index - 25), -1):
        unit = sf.units[k]
        if unit.low in words or any(piece in words for piece in unit.low.split()):
            return k
    return None


def class_word(sf: SentenceFrames, index: int, word_class: str) -> int | None:
    """The first word of ``word_class`` in the few words after the trigger."""
    words = sf.lexicon.word_classes.get(word_class, frozenset())
    for k in range(index + 1, min(len(sf.units), index + 8)):
        if sf.units[k].low in words:
            return k
        if sf.units[k].text in ".;:!?,":
            return None
    return None


# Posts a person is named to: "designated X as its ambassador", "as its representative in Bogota".
_POSTS: Final = frozenset({"representative", "representatives", "minister", "head", "chief", "coordinator"})


def _appointed_as(sf: SentenceFrames, index: int) -> bool:
    """Whether "as" follows the trigger within a few words and names a post ("as its ambassador")."""
    envoys = sf.lexicon.word_classes.get("diplomat", frozenset())
    units = sf.units
    for k in range(index + 1, min(len(units), index + 8)):
        if units[k].text in ".;:!?":
            return False
        if units[k].low == "as":
            return any(unit.low in envoys or unit.low in _POSTS for unit in units[k + 1:k + 5])
    return False


# Acts that can be withdrawn themselves: "withdrew the expulsion of the envoy", "its decision to expel".
_ACTS: Final = frozenset({"expulsion", "expulsions", "decision", "decisions", "order", "orders", "request",
                          "demand", "threat", "nomination", "accreditation", "recognition"})


def _act_withdrawn(sf: SentenceFrames, index: int) -> bool:
    """Whether the trigger's object is an act ("its decision to expel the ambassador") that comes
    before the envoy the sense looks for."""
    for k in range(index + 1, min(len(sf.units), index + 5)):
        unit = sf.units[k]
        if unit.low in _ACTS:
            return True
        if unit.text in ".;:!?," or unit.actor is not None:
            return False
    return False


def _ties_cut(sf: SentenceFrames, index: int) -> bool:
    """Whether the object right after the verb is itself a relations noun ("diplomatic contact",
    "communication lines"), past a determiner or two ("all official")."""
    for unit in sf.units[index + 1:index + 4]:
        trigger = unit.sense("trigger")
        if trigger is not None:
            return isinstance(trigger.data, TriggerSpec) and trigger.data.event_type == "relations"
    return False
