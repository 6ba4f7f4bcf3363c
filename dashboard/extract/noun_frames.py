"""Frames of noun triggers ("the visit", "sanctions", "talks"): the support verb that makes the
noun an event and says who does it, or the possessive, modifier, "by" or "between" phrase that
does."""

from __future__ import annotations

from typing import Final

from dashboard.extract.actor_makers import state_of
from dashboard.extract.adjunct_trips import adjunct_traveller
from dashboard.extract.adjuncts import occasion_sides
from dashboard.extract.announced_measures import ANNOUNCED, announcing_speaker
from dashboard.extract.answered_measures import answered_with
from dashboard.extract.awaited_talks import awaited_talks
from dashboard.extract.bare_measures import BARE_MEASURES, penal_measures
from dashboard.extract.closed_missions import closure_told
from dashboard.extract.countries_left import FORCES_GONE, withdrawal_told
from dashboard.extract.dated_deals import dated_deal
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.gathering_sides import refers_to_pair, their_sides
from dashboard.extract.joined_partners import with_joined_partners
from dashboard.extract.joint_drills import joint_drill_holder
from dashboard.extract.joint_texts import joint_text
from dashboard.extract.judged_acts import doer_of_act, raised_act_of_another
from dashboard.extract.lexicon import TriggerSpec, is_acronym
from dashboard.extract.mediators import adjunct_sides, host_of_met
from dashboard.extract.modifier_lists import modifier_sides
from dashboard.extract.objects import class_word, generic_plural
from dashboard.extract.of_sides import of_sides
from dashboard.extract.own_gatherings import unhosted_conference
from dashboard.extract.owned_arms import pronoun_supplier
from dashboard.extract.participle_supports import participle_support_subject
from dashboard.extract.placed_under import placed_under
from dashboard.extract.press_conferences import (
    PRESS_CONFERENCE,
    conference_partners,
    conference_speaker,
    lacks_partner,
)
from dashboard.extract.relatives import relative_support
from dashboard.extract.sanction_objects import adopted_measure_target, broken_measure
from dashboard.extract.sequence import in_time_phrase
from dashboard.extract.signed_deals import SIGNED_BY_PAIR, passive_signing, signed_deal
from dashboard.extract.support_guards import names_threat, support_refused, ties_raised
from dashboard.extract.tested_missiles import TESTED_BY, tested_by
from dashboard.extract.their_meetings import (
    THEIR_OTHER,
    held_after,
    their_other_meeting,
)
from dashboard.extract.trip_copula import chosen_destination, copula_destination
from dashboard.extract.trip_purposes import trip_purpose
from dashboard.extract.warm_ties import warmth_between
from dashboard.extract.witnessed import witnesses

_TIME_OWNERS: Final = frozenset({"week", "month", "year", "day", "weekend", "today", "yesterday", "decade", "summer",
                                 "spring", "autumn", "winter", "night"})
# Talks a host holds for others when no side is named ("hosted indirect talks"); a meeting or summit
# hosted may be the host's own ("hosted a meeting of G7 ministers").
_BARE_TALKS: Final = frozenset({"talks", "negotiations"})
_ROLE_NOUNS: Final = frozenset({"help", "role", "efforts", "effort", "part", "assistance", "work", "contribution"})


def _helpers_of(sf: SentenceFrames, support: int) -> bool:
    """Whether the support verb is a gerund after "help in", "role in" ("their help in reaching")."""
    return (support >= 2 and sf.units[support].low.endswith("ing") and sf.units[support - 1].low == "in"
            and sf.units[support - 2].low in _ROLE_NOUNS)


def noun_frame(sf: SentenceFrames, index: int, spec: TriggerSpec, frame: Frame) -> bool:
    """Fill in the frame of the noun trigger at ``index``; False when the noun is no event here."""
    if spec.object_class == FORCES_GONE:
        return withdrawal_told(sf, index, frame)
    if spec.event_type == "sanction" and broken_measure(sf, index):
        return False
    if spec.phrase == BARE_MEASURES and not penal_measures(sf, index):
        return False  # "measures to ease visa rules": a policy, no penalty
    if lacks_partner(sf, index, spec):
        return False  # "told a press conference": given alone
    if spec.event_type == "meeting" and awaited_talks(sf.units, index):
        return False  # "an early resumption of negotiations": talks to come, none held
    support = sf.support_for(index, spec.event_type) or relative_support(sf, index, spec.event_type)
    if support is not None and (support_refused(sf, support[0], index) or names_threat(spec, support[1])):
        support = None
    if unhosted_conference(sf, spec, support):
        return False
    if support is None and spec.event_type == "agreement":
        support = ties_raised(sf, index)  # "raised their ties to a strategic partnership"
    if support is None and spec.event_type == "sanction":
        support = answered_with(sf, index)  # "responded to the coup with heavy sanctions"
    if spec.needs_support and support is None:
        # "the 1998 treaty between A and B", "A joint statement issued afterwards said"
        return spec.event_type == "agreement" and (dated_deal(sf, index, frame) or joint_text(sf, index, frame)
                                                   or signed_deal(sf, index, frame)) \
            or spec.event_type == "meeting" and trip_purpose(sf.units, index) \
            or spec.event_mode == "close" and closure_told(sf, index, frame)  # "after the closure of its embassy"
    if support is not None and _helpers_of(sf, support[0]):
        return False  # "thanked Qatar and Oman for their help in reaching the deal": no party to it
    if support is not None and support[1].mode == "break" and _soured_between(sf, support[0], index):
        return False  # "ended a decade of strained ties": relations mended, not broken
    if support is not None and support[1].mode == "establish" and warmth_between(sf, support[0], index):
        return False  # "forged closer ties with Britain": friendship grown, no relations set up
    if spec.event_type == "military" and generic_plural(sf, index, support is not None):
        return False
    possessor = sf.possessor(index)
    if spec.event_mode == "mediation" and not sf.by_phrase(index, ("by",)) and (of := sf.object_actors(index, ("of",))[0]):
        frame.actors, frame.targets = of, adjunct_sides(sf, index, of)  # "met under the mediation of Angola"
        return bool(frame.targets)
    if spec.event_type == "visit" and index > 1 and sf.units[index - 1].text in ("'", "'s", "’", "’s") \
            and sf.units[index - 2].text[:1].islower() and sf.units[index - 2].actor is None \
            and sf.units[index - 2].low not in _TIME_OWNERS:
        return False  # "welcomed the officers' arrival": theirs, not the subject's ("last week's visit" is)
    if (spec.event_type in ("visit", "meeting") and support is None and possessor is None
            and index > 0 and sf.units[index - 1].low in ("the", "this", "that", "these")
            and not sf.by_phrase(index, stop_at_verbs=True) and not sf.between(index)
            and not (spec.event_type == "meeting" and of_sides(sf, index))):
        destination, _ = sf.object_actors(index, spec.preps, places=True)
        # "the working visit of President Nyusi to Kigali": the visitor after "of", the place after it
        if not destination and not (spec.event_type == "visit" and sf.object_actors(index, ("of",))[0]):
            # "the trip", "these talks": a reference back, not a new event; but "The summit
            # followed ...", told of no sides, is the meeting of the latest pair of sides
            if refers_to_pair(sf, index, spec):
                frame.referenced_type = "pair"
                return True
            return False
    if (support is None or held_after(sf, support[0], index)) and possessor is None \
            and their_other_meeting(sf, index, spec) \
            and not their_sides(sf, index, sf.subject(index)):  # "At their summit, A and B announced"
        frame.referenced_type = THEIR_OTHER  # "their second summit, in Hanoi": the latest pair's other meeting
        return True
    modifier = sf.modifier(index)
    # "its withdrawal from the pact with China": "from" names what is left, not who leaves
    by = sf.by_phrase(index, ("by",) if spec.event_mode == "withdraw" else ("by", "from"), stop_at_verbs=True)
    between = sf.between(index) if spec.frame == "symmetric" else []
    if not between and spec.event_type == "meeting" and spec.frame == "symmetric":
        between = of_sides(sf, index)  # "the summit of A and B"
    objects, _ = sf.object_actors(index, spec.preps, places=spec.event_type == "visit")
    if not objects and by and by[-1] > index:  # "a visit by Lula to Beijing": the object after the doer
        objects, _ = sf.object_actors(by[-1], spec.preps, places=spec.event_type == "visit")
    if not objects and spec.event_type == "visit" and "to" in spec.preps:
        objects = copula_destination(sf, index) or chosen_destination(sf, index)  # "was to X", "chose X for"
    frame.targets = objects
    modifier_as_target = False
    if modifier is not None and spec.event_type == "sanction":
        unit, sense = sf.units[modifier[0]], modifier[1]
        # "US sanctions", "Western sanctions" name the sanctioner; "Iran sanctions" the target.
        modifier_as_target = sense.kind == "country" and not is_acronym(unit.text)
    if support is not None:
        support_index, support_spec, support_passive = support
        frame.support_index = support_index
        if support_spec.mode and spec.event_mode not in ("withdraw", "lift"):  # "announced their withdrawal": still one
            frame.mode = support_spec.mode
        placed = placed_under(sf, support_index) if support_spec.orientation == "patient" else None
        if placed is not None:  # "placed five Malian ministers under a travel ban"
            frame.actors, frame.targets = placed
            frame.actor_source = "support"
            return True
        if support_spec.orientation == "patient":
            frame.targets = frame.targets or sf.subject(support_index)
            if spec.event_type == "statement":  # "X's visit to Y drew criticism": aimed at X
                frame.targets = doer_of_act(sf, frame.targets)
            if not frame.targets:
                frame.targets, frame.target_source = sf.topic(), "topic"
            frame.actors = by or (modifier_sides(sf.units, modifier[0]) if modifier and not modifier_as_target else [])
            frame.actor_source = "by" if by else "modifier"
            return True
        if support_passive:
            frame.passive = True
            frame.actors = sf.by_phrase(support_index, ("by",)) or by
            if not frame.targets:
                frame.targets, _ = sf.object_actors(support_index, spec.preps)
            if not frame.targets and frame.actors and frame.actors[-1] > support_index:
                # "the sanctions imposed by the EU on Russia": the object after the doer
                frame.targets = [k for k in sf.object_actors(frame.actors[-1], spec.preps)[0] if k not in frame.actors]
            if not frame.targets and support_spec.phrase == "host":
                frame.targets = host_of_met(sf, index, frame.actors)
                frame.mode = "mediation" if frame.targets else frame.mode
            if not frame.actors and not between and spec.event_type == "agreement" and (seen := witnesses(sf)):
                frame.actors, frame.targets = seen[:1], seen[1:]  # "were signed in the presence of the two leaders"
            if not frame.actors and not frame.targets and not between and spec.event_type == "agreement" \
                    and passive_signing(sf, index, frame, support_index):
                return True  # "the contract was signed when Putin last visited New Delhi"
            frame.actor_source = "by"
        else:
            doers = sf.subject(support_index) or participle_support_subject(sf, support_index, index)
            frame.actors = with_joined_partners(sf, doers, support_index)
            frame.actor_source = "support"
            if possessor is not None and spec.event_type == "statement" \
                    and raised_act_of_another(sf, support_index, possessor, frame.actors):
                frame.mode, frame.targets = "concern", [possessor]  # "raised China's support for Russia"
            if not frame.targets and support_index > index:  # "the pact Peru signed with Bolivia"
                frame.targets = [k for k in sf.object_actors(support_index, spec.preps)[0] if k not in frame.actors]
            if not frame.targets and spec.event_type == "sanction" and support_index < index:
                frame.targets = adopted_measure_target(sf, index, spec, frame.actors)
            if support_spec.phrase == "host":
                _hosted_for_others(sf, index, frame)
    occasion = occasion_sides(sf, index, frame.targets) if spec.event_type == "meeting" and frame.targets \
        and not frame.actors else None
    if not frame.actors:
        if between:
            frame.actors, frame.targets = between[:1], between[1:]
            frame.actor_source = "between"
        elif possessor is not None:
            frame.actors, frame.actor_source = [possessor], "possessive"
        elif spec.event_mode == "arms_transfer" and (owner := pronoun_supplier(sf, index, frame.targets)) is not None:
            frame.actors, frame.actor_source = [owner], "possessive"  # "its supply of drones to Russia"
        elif _of_phrase_acts(sf, index, spec, frame):
            frame.actor_source = "by"
        elif modifier is not None and not modifier_as_target and spec.event_type not in ("visit",):
            frame.actors, frame.actor_source = modifier_sides(sf.units, modifier[0]), "modifier"
        elif by:
            frame.actors, frame.actor_source = by, "by"
        elif occasion is not None:
            frame.actors, frame.targets = occasion
            frame.actor_source = "subject"
        elif spec.event_type == "sanction" and (speaker := announcing_speaker(sf, frame)):
            frame.actors, frame.actor_source = speaker, ANNOUNCED  # "Biden said new sanctions would follow"
        elif spec.event_mode == "exercise" and (holder := joint_drill_holder(sf, index, frame.targets)):
            frame.actors, frame.actor_source = holder, "subject"  # "postponed a joint exercise with Georgia"
        elif spec.event_type in ("visit", "meeting"):
            # "Putin's gambit extends beyond Pyongyang, with planned visits to Vietnam"
            frame.actors = (spec.event_type == "visit" and adjunct_traveller(sf, index, frame.targets)
                            or [k for k in sf.subject(index) if k not in frame.targets])
            frame.actor_source = "fallback"
    if spec.event_type == "relations" and not frame.actors and not frame.targets and frame.mode == "establish" \
            and frame.support_index is not None and frame.support_index > index:
        frame.referenced_type = SIGNED_BY_PAIR  # "timed to mark ninety years of ties, established in 1929": the pair's
    if spec.phrase == PRESS_CONFERENCE:  # "said at a joint press conference with X"
        frame.targets = conference_partners(sf, index)
        if not frame.actors or set(frame.actors) & set(frame.targets):
            frame.actors, frame.actor_source = conference_speaker(sf, index, frame.targets), "subject"
    if spec.event_type == "meeting" and not frame.targets and frame.actor_source == "fallback" \
            and 2 <= len(frame.actors) <= 4 and in_time_phrase(sf.units, index) \
            and not (index + 1 < len(sf.units) and sf.is_reduced_passive(index + 1)):  # "A and B agreed after talks"
        frame.actors, frame.targets, frame.actor_source = frame.actors[:1], frame.actors[1:], "subject"
    if spec.event_type == "meeting" and not frame.targets and (not frame.actors or frame.actor_source == "fallback"):
        sides = their_sides(sf, index, frame.actors)
        if sides:
            frame.actors, frame.targets, frame.actor_source = sides[:1], sides[1:], "subject"
    if modifier is not None and modifier_as_target and not frame.targets:
        frame.targets = modifier_sides(sf.units, modifier[0])
    if spec.event_type == "visit" and modifier is not None and possessor is not None and not frame.targets:
        frame.targets = modifier_sides(sf.units, modifier[0])  # "Xi's Russia visit"
    if (spec.frame == "symmetric" and not frame.targets and len(frame.actors) >= 2 and frame.support_index is not None
            and sf.units[frame.support_index].low.startswith("attend") and index > 0 and sf.units[index - 1].low == "the"):
        return False  # "the US and Chinese envoys attended the talks": onlookers of talks told before, not its sides
    if (spec.frame == "symmetric" and not frame.targets and len(frame.actors) >= 2
            and frame.actor_source != "fallback" and len(frame.actors) <= 4 and frame.referenced_type != "sides"):
        frame.actors, frame.targets = frame.actors[:1], frame.actors[1:]
    if (spec.event_mode == "exercise" and not frame.targets and len(frame.actors) == 2 and frame.support_index is not None
            and all(sf.units[k].sense("demonym") is None for k in frame.actors)):
        # "Manila and Washington held drills": drills together ("Japanese and U.S. jets" may answer a third)
        frame.actors, frame.targets = frame.actors[:1], frame.actors[1:]
    if spec.object_class == "group":
        # "the withdrawal from ECOWAS", "the exit from the pact"; not troops withdrawn from a country
        return (any(state_of(sf.units[k]).kind == "group" for k in frame.targets)
                or sf.object_has_class(index, "agreement"))
    if spec.object_class == "weapon" and not frame.targets:
        weapon = class_word(sf, index, "weapon")  # "the delivery of tanks to Poland": the recipient follows
        frame.targets = sf.object_actors(weapon, spec.preps)[0] if weapon is not None else []
    if spec.object_class == TESTED_BY:  # "the test of a missile by Iran"
        return tested_by(sf, index, frame)
    if spec.object_class:  # "$500 million in assistance, including artillery": aid that is arms
        return sf.object_has_class(index, spec.object_class)
    return True


# Words of a bad state of relations: ending it mends them ("ended years of frosty relations").
_SOURED: Final = frozenset({"frosty", "strained", "tense", "hostile", "troubled", "difficult", "frozen", "cold",
                           "icy", "chilly", "fraught", "rocky", "acrimonious", "bitter", "poor", "bad"})


def _soured_between(sf: SentenceFrames, support: int, index: int) -> bool:
    """Whether a word of soured relations stands between the support verb and the relations noun."""
    return support < index and any(unit.low in _SOURED for unit in sf.units[support + 1:index])


def _hosted_for_others(sf: SentenceFrames, index: int, frame: Frame) -> None:
    """"Norway hosted talks between Colombia and Venezuela": the host mediates between the
    two sides it brought together; "Qatar hosted talks with Iran" is its own talks."""
    sides = sf.between(index)
    if len(sides) >= 2 and frame.actors and not set(sides) & set(frame.actors):
        frame.targets, frame.mode, frame.actor_source = sides, "mediation", "host"
    elif not sides and index + 1 < len(sf.units) and sf.units[index + 1].low == "between":
        # "hosted talks between the rivals": the two sides of the latest two-country event
        frame.targets, frame.mode, frame.referenced_type, frame.actor_source = [], "mediation", "sides", "host"
    elif not sides and not frame.targets and frame.actors and sf.units[index].low in _BARE_TALKS \
            and not (index + 1 < len(sf.units) and sf.units[index + 1].low in ("of", "with", "among")) \
            and not (index > 0 and sf.units[index - 1].low == "the"):
        # "hosted two rounds of indirect talks in July": between the latest pair, unless the host is one
        frame.mode, frame.referenced_type, frame.actor_source = "mediation", "hosted", "host"


def _of_phrase_acts(sf: SentenceFrames, index: int, spec: TriggerSpec, frame: Frame) -> bool:
    """"the withdrawal of A, B and C from Y", "the accession of Sweden to NATO": for a visit or an
    agreement whose target has a preposition of its own, "of" names who acts."""
    if spec.event_type not in ("visit", "agreement") or "of" in spec.preps:
        return False
    actors, _ = sf.object_actors(index, ("of",))
    if not actors:
        return False
    frame.actors = actors
    frame.targets, _ = sf.object_actors(index, spec.preps, end_index=actors[-1], places=spec.event_type == "visit")
    return True
