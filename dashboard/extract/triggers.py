"""From the triggers of a sentence to frames: which reading of each trigger fits, and who
takes part in it (``frames.py`` finds subjects, objects and phrases; this decides which of them
a trigger's sense uses, for verbs, nouns with support verbs, reports and hosts)."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.abeyance import holding_verb, suspended_until
from dashboard.extract.actor_makers import state_of
from dashboard.extract.agreed_at_talks import agreed_at_talks
from dashboard.extract.arms_makers import arms_maker
from dashboard.extract.aspired_joins import aspired_join
from dashboard.extract.audiences import to_the_public
from dashboard.extract.between_objects import between_sides
from dashboard.extract.closed_missions import PASSIVE_SIDES
from dashboard.extract.companions import with_companions
from dashboard.extract.countries_left import country_left_behind
from dashboard.extract.deadline_departures import DEADLINE, deadline_sides
from dashboard.extract.earlier_measures import measure_told_back
from dashboard.extract.eliminated_order import first_named_first
from dashboard.extract.elimination import (
    may_take_target_by_elimination,
    target_by_elimination,
)
from dashboard.extract.envoy_departures import envoy_post
from dashboard.extract.envoys import mutual_sides, summoner
from dashboard.extract.forces import (
    border_partner,
    flew_a_mission,
    forces_moved,
    forces_of_trip,
    place_called_there,
    sent_home,
    sent_to_edge,
    sent_to_respond,
    withdrawn_past_owner,
)
from dashboard.extract.frame import Frame
from dashboard.extract.frames import PARTICIPLE_OPENERS, SentenceFrames
from dashboard.extract.gathering_sides import included_guests
from dashboard.extract.guest_sides import guest_sides
from dashboard.extract.hearers import hearer_of_report
from dashboard.extract.host_talks import meeting_of_host
from dashboard.extract.hosted_gatherings import attendees, gathering_host, host_meetings
from dashboard.extract.indefinite_nouns import after_indefinite_article
from dashboard.extract.joined_measures import joined_measure_sides
from dashboard.extract.joined_partners import with_joined_partners
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.mediators import (
    deal_brokers,
    hyphen_broker,
    mediated_alone,
    mediated_for_latest,
)
from dashboard.extract.meeting_asked import MEETING_ASKED, meeting_holder
from dashboard.extract.military_passives import military_passive_sides
from dashboard.extract.named_launches import LAUNCHED, launched_object
from dashboard.extract.next_legs import next_legs
from dashboard.extract.noun_frames import noun_frame
from dashboard.extract.object_references import object_reference
from dashboard.extract.objects import (
    deal_partners,
    elided_people,
    no_object,
    object_fits,
    unwelcome_owner,
)
from dashboard.extract.opening_signing import SIGNING, opening_signers
from dashboard.extract.own_ties import about_own_ties
from dashboard.extract.pair_compounds import PAIRED_TYPES, compound_sides
from dashboard.extract.participation import part_left_in
from dashboard.extract.pledges import is_pledged_act, pledge_frame
from dashboard.extract.presence import place_past_person
from dashboard.extract.present_guests import present_guests
from dashboard.extract.pronoun_objects import it_sides, owner_in_phrase
from dashboard.extract.purposes import purpose_of_meeting
from dashboard.extract.reciprocal_objects import aimed_at_each_other
from dashboard.extract.recognition import as_backed_claimant
from dashboard.extract.recognition_switches import switched_from
from dashboard.extract.relation_objects import with_relation_side
from dashboard.extract.relative_participles import after_relative_subject
from dashboard.extract.relatives import antecedent_of_class
from dashboard.extract.remote import told_remotely
from dashboard.extract.report_frames import (
    others_than,
    report_frame,
    speaker_tells_own_act,
)
from dashboard.extract.residents import resident_envoys
from dashboard.extract.sanction_objects import (
    barred_destination,
    barred_trip,
    described_target,
)
from dashboard.extract.scene import host_place, place_after
from dashboard.extract.separate_meetings import symmetric_sides
from dashboard.extract.side_participles import main_speaker, side_participle_subject
from dashboard.extract.signed_deals import SIGNED_BY_PAIR
from dashboard.extract.standing_policy import told_as_policy
from dashboard.extract.statement_aims import (
    doer_after_topic,
    doer_in_object,
    forum_complaint_subject,
    no_statement_told,
    place_of_concern,
)
from dashboard.extract.suspended_members import MEMBER_LEADS, member_sides
from dashboard.extract.their_meetings import THEIR_OTHER
from dashboard.extract.time_spent import TIME_SPENT, stay_place
from dashboard.extract.trip_meetings import trip_meetings
from dashboard.extract.trip_purposes import JOINED_MODIFIERS, purpose_for
from dashboard.extract.trip_takes import taken_traveller
from dashboard.extract.words import (
    EVENT_REFERENCES,
    MODIFIED_BY_VERB,
    NOUN_PRECEDERS,
    NOUN_USE_WORDS,
    SAYING_REFERENCES,
    TIME_WORDS,
    VERB_PRECEDERS,
)


def reading_of(frames: SentenceFrames, index: int, specs: tuple[TriggerSpec, ...]) -> list[TriggerSpec]:
    """Keep the verb or the noun senses of an ambiguous word ("visit", "tour") by context; none
    of a verb-only word used as a noun ("advised against travel to Tunisia")."""
    has_verb = has_noun = has_other = False  # one loop: called for every trigger
    for spec in specs:
        if spec.pos == "verb":
            has_verb = True
        else:
            has_other = True
            has_noun = has_noun or spec.pos == "noun"
    prev = frames.units[index - 1] if index > 0 else None
    if not has_other and prev is not None and prev.low in NOUN_USE_WORDS \
            and not frames.units[index].low.endswith(("ing", "ed")):
        return []  # a verb-only trigger used as a noun: no event of its own
    if not has_other and index + 1 < len(frames.units) and frames.units[index + 1].low in MODIFIED_BY_VERB \
            and " " not in frames.units[index].low and not frames.units[index].low.endswith(("s", "ed", "ing")) \
            and (prev is None or prev.low not in VERB_PRECEDERS):
        return []  # "approved travel sanctions on X": the word names the measure, no trip ("call for" is a verb)
    if not has_other and prev is not None and after_indefinite_article(frames, index):
        return []  # "arrived to an elaborate welcome": the host's reception, not praise by the guest
    if not (has_verb and has_noun):
        return list(specs)
    # "plans to", "is expected to", "intends to" are one cue unit, so the "to" before a verb is inside it
    verb = prev is not None and (prev.low in VERB_PRECEDERS or prev.low.endswith(" to")
                                 or (prev.actor is not None and not prev.possessive))
    if prev is not None and (prev.low in NOUN_PRECEDERS or prev.possessive):
        verb = False
    elif prev is not None and prev.low in PARTICIPLE_OPENERS and frames.units[index].low.endswith("ing"):
        # ", meeting Netanyahu", "after meeting Xi": a participle with its object right after it
        after = index + 2 if index + 2 < len(frames.units) and frames.units[index + 1].low == "the" else index + 1
        following = frames.units[after] if after < len(frames.units) else None  # "after meeting the envoy"
        verb = following is not None and following.actor is not None and not following.possessive
    return [s for s in specs if (s.pos == "verb") == verb]


def frames_of(sf: SentenceFrames) -> list[Frame]:
    """Every frame of every trigger in the sentence (the first sense that fits wins)."""
    found: list[Frame] = []
    if signers := opening_signers(sf):  # "Signed in 1960 by A and B, it ...": A signed with B
        found.append(Frame(SIGNING, sf.units[0], 0, signers[:1], signers[1:], mode="sign", actor_source="by"))
    for index, unit in enumerate(sf.units):
        specs = unit.specs
        if not specs or unit.actor is not None:
            continue
        for spec in reading_of(sf, index, specs):
            frame = build_frame(sf, index, spec)
            if frame is not None and not frame.targets and found and (not frame.actors or frame.actor_source == "fallback"):
                frame = _same_sides_as_before(sf, frame, found[-1])
            if frame is not None and found:
                if not frame.targets and (met := purpose_of_meeting(sf, frame, found[-1])):
                    frame.targets, frame.target_source = met, found[-1].target_source  # found as those were
                frame = agreed_at_talks(sf, joined_measure_sides(sf, frame, found[-1]), found)
            if frame is not None and (frame.actors or frame.targets or frame.destination
                                      or frame.referenced_type in ("pair", THEIR_OTHER, LAUNCHED, SIGNED_BY_PAIR)):
                found.append(frame)
                found.extend(meeting_of_host(sf, frame) + host_meetings(sf, frame, found) + measure_told_back(sf, frame)
                             + trip_meetings(sf, frame) + switched_from(sf, frame))
                break
    found = [frame for frame in found if not speaker_tells_own_act(sf, frame, found)]
    for frame in found:  # after every trigger has taken its roles the grammar gives
        if may_take_target_by_elimination(frame) and (targets := target_by_elimination(sf, frame)):
            frame.targets, frame.target_source = targets, "elimination"
            first_named_first(sf, frame)  # "Turkish, Greek leaders ink a declaration": Turkey first
    return found


def _same_sides_as_before(sf: SentenceFrames, frame: Frame, before: Frame) -> Frame:
    """"a phone call with Putin last month and talks between senior officials in Riyadh": talks
    told of no sides, joined to an earlier meeting of the sentence or the purpose of a trip, are
    between its sides' countries (not its people)."""
    k = frame.trigger_index - 1
    while k > before.trigger_index and sf.units[k].low in JOINED_MODIFIERS:
        k -= 1
    if frame.spec.event_type != "meeting" or frame.spec.pos != "noun" or frame.referenced_type \
            or not before.actors or not before.targets or k <= before.trigger_index:
        return frame
    joined = sf.units[k].low == "and" and before.spec.event_type == "meeting"
    # "would travel to Washington on Monday for (two days of) talks": talks with the host of the trip
    purpose = before.spec.event_type == "visit" and not before.passive and purpose_for(sf.units, frame.trigger_index, before.trigger_index) > 0
    # "Modi told Putin on Tuesday that ..., in talks that marked ...": said to each other in talks
    said_in = (sf.units[k].low in ("in", "during") and before.spec.event_type == "statement"
               and before.spec.pos in ("verb", "report") and before.mode in _TOLD_MODES and not before.passive
               and (sf.units[k - 1].text == "," or k - 1 in before.targets))  # not "said X was stalling in talks"
    if joined or said_in:
        return replace(frame, actors=before.actors, targets=before.targets, actor_source="joined",
                       target_source=before.target_source)
    if purpose:  # as planned or as done as the trip
        return replace(frame, actors=before.actors, targets=before.targets, actor_source="joined",
                       target_source=before.target_source, support_index=before.trigger_index,
                       destination=before.destination)
    return frame


# Statements told to someone face to face: "told", "urged", "warned".
_TOLD_MODES: Final = frozenset({"comment", "appeal", "demand", "concern"})


def build_frame(sf: SentenceFrames, index: int, spec: TriggerSpec) -> Frame | None:
    """The participants of one trigger sense, or None when the sense does not fit."""
    if spec.phrase == "abeyance" and (index := holding_verb(sf, index)) < 0:
        return None
    frame = Frame(spec=spec, trigger=sf.units[index], trigger_index=index, mode=spec.event_mode)
    is_visit = spec.event_type == "visit"
    if spec.pos == "report":
        return report_frame(sf, index, frame)
    if spec.pos == "verb":
        if not object_fits(sf, index, spec) or told_as_policy(sf.units, index):
            return None
        if spec.event_mode == "join" and aspired_join(sf.units, index):
            return None  # "its ambition to join NATO": an aim, not an accession
        if spec.event_type == "statement" and no_statement_told(sf, index, spec.event_mode):
            return None  # "has complained for months", "militias backed by Iran": no statement made
        if spec.event_mode == "rejection" and sf.units[index].low.endswith(" to") and index + 1 < len(sf.units) \
                and any(s.event_type == "statement" and s.pos == "verb" for s in sf.units[index + 1].triggers()):
            return None  # "refused to condemn the invasion": the withheld statement, negated, is the event
        frame.passive = sf.is_passive(index) or sf.is_reduced_passive(index)
        sf.control_mode = ""
        sf.subject_is_fallback = False
        subject = (side_participle_subject(sf, index) or after_relative_subject(sf, index)
                   or main_speaker(sf, index, spec) or sf.subject(index) or sf.participle_subject(index))
        subject = with_joined_partners(sf, subject, index)
        if spec.event_type in ("meeting", "visit"):  # "Sall, accompanied by Faki, held talks": both
            subject = with_companions(sf.units, subject, index)
        frame.control_mode = sf.control_mode
        if spec.event_type == "statement" and frame.control_mode in ("appeal", "demand"):
            return None  # "asked Italy to support Kyiv": a statement asked for is not yet made
        frame.weak_subject = sf.subject_is_fallback
        if spec.frame == "host":
            if frame.passive:
                frame.actors, frame.targets = subject, sf.by_phrase(index, ("by",)) or host_place(sf, index, subject)
            else:
                frame.targets = subject
                frame.actors, _ = sf.object_actors(index, spec.preps or ("=",))
                if not frame.actors:
                    frame.actors = included_guests(sf, index) or (arms_maker(sf, index) if spec.event_type == "military" else [])
                if spec.event_type != "visit" and not (frame.targets and frame.actors):
                    return None  # "its request to buy jets": a purchase needs its buyer and seller
            frame.actor_source = "subject"
            if spec.event_type != "military" and len({state_of(sf.units[k]).country for k in frame.actors}) >= 2:
                frame.mode = "summit"  # hosting the leaders of several countries (not buying several's arms)
        elif frame.passive:
            frame.actors, frame.targets = sf.by_phrase(index, ("by",)), subject
            frame.actor_source = "by"
            if spec.object_class == "summit":  # "(the summit, hosted by H,) was attended by A, Mr X; B, Mr Y; and C"
                frame.actors, frame.targets = attendees(sf, index) or frame.actors, frame.targets or gathering_host(sf, index)
            military_passive_sides(sf, index, spec, frame, subject)  # "tanks will be delivered to Ukraine"
            if spec.object_class == "diplomat" and not frame.actors:
                frame.actors = summoner(sf, index)
            if spec.event_mode in PASSIVE_SIDES and not frame.actors:  # "Chile's envoy was recalled from Lima"
                frame.actors, frame.targets = PASSIVE_SIDES[spec.event_mode](sf, index, subject)
            if spec.frame == "symmetric" and frame.actors and subject:
                frame.actors, frame.targets = subject, frame.actors  # "Putin was met by Kim": Putin named first
                frame.actor_source = "subject"
        elif spec.event_mode == "missile_test" and launched_object(sf, index):
            frame.referenced_type = LAUNCHED  # "the missile launched on Thursday": by whom, the article says
        else:
            frame.actors = subject or (taken_traveller(sf, index) if spec.phrase == "trip takes" else [])
            objects, prep = sf.object_actors(index, spec.preps, places=is_visit)
            if prep == "to" and spec.event_mode == "criticism":
                objects = forum_complaint_subject(sf, objects) or objects
            frame.targets = objects or (place_past_person(sf, index) if is_visit and spec.object_class == "person"
                                        else meeting_holder(sf, index) if spec.object_class == MEETING_ASKED else [])
            frame.actor_source = "subject"
            if spec.frame == "symmetric":  # "Biden and Kishida met Marcos"; "A and B met C and D separately"
                frame.actors, frame.targets = symmetric_sides(sf, index, frame.actors, objects, prep) or (frame.actors, frame.targets)
            with_relation_side(sf, index, frame)  # "held talks with his host"
        hyphened = hyphen_broker(sf, index) if frame.mode == "mediation" else None
        if hyphened is not None:  # "under U.S.-brokered accords"
            frame.actors, frame.targets = hyphened
        as_backed_claimant(sf, index, frame)
        if spec.object_class == "agreement" and not frame.targets and not frame.passive:
            deal = antecedent_of_class(sf, index, "agreement")  # "the deal with Peru that Ecuador left"
            frame.targets = sf.object_actors(deal, ("with", "between"))[0] if deal is not None else deal_partners(sf, index)
        if spec.event_mode == "withdraw" and not frame.targets:
            frame.targets = part_left_in(sf, index) or others_than(sf, suspended_until(sf, index), frame.actors)
        if spec.object_class == "diplomat" and not frame.targets and not frame.passive:
            people = elided_people(sf, index, "diplomat")  # "... and Spain would send home 25": Russian ones
            if people is not None:
                frame.actors = [k for k in frame.actors if k != people]
                frame.targets = [k for k in range(max(0, people - 2), people + 1)
                                 if sf.units[k].sense("demonym") is not None or sf.units[k].actor is not None][-1:]
        if spec.object_class == DEADLINE:  # "Chilean diplomats had ten days to leave": the host expels
            frame.actors, frame.targets = deadline_sides(sf, index)
        if spec.object_class == "envoy_leaving" and not frame.targets:  # "the ambassador in Moscow is to return home"
            frame.targets = envoy_post(sf, index)
        if spec.object_class in MEMBER_LEADS:  # "Mali was suspended from the AU": the bloc acts
            member_sides(sf, index, frame, subject)
        if spec.object_class == "unwelcome" and not frame.targets:
            frame.targets = unwelcome_owner(sf, index)
        if spec.object_class == "force_away" and not frame.targets:
            frame.actors, frame.targets = withdrawn_past_owner(sf, index, frame.actors)
        if spec.object_class == "force_away" and (not frame.targets and not sent_to_edge(sf, index) or is_pledged_act(sf, index)):
            return None  # "pulled its troops out" with no country named says too little; "ordered troops to the border" is at home
        if spec.event_type == "statement" and not frame.targets and not frame.passive:
            frame.actors, frame.targets = it_sides(sf, index, spec.event_mode, frame.actors)
        if spec.event_type == "statement" and not frame.targets and spec.event_mode in ("threat", "rejection"):
            frame.targets = _act_targets(sf, index)
            if not frame.targets and spec.event_mode == "threat":
                frame.targets = [k for k in sf.condition_subject(index) if k not in frame.actors]
        if spec.event_type == "statement" and not frame.targets and spec.event_mode in ("criticism", "concern", "praise"):
            frame.targets = doer_in_object(sf, index, {state_of(sf.units[k]).country for k in frame.actors})
        if spec.event_mode == "agree" and not frame.targets and len(frame.actors) == 1:
            # "BRICS agreed to invite Egypt and Iran": whom the agreed act is aimed at
            frame.targets = sf.infinitive_objects(index)
        if not frame.targets and not frame.weak_subject and (sides := mutual_sides(sf, index, spec, frame.actors)):
            frame.actors, frame.targets = sides
        if frame.mode == "mediation" and not frame.targets and not frame.passive:
            brokers = deal_brokers(sf, index, frame.actors)
            if brokers is not None:  # "helped broker the deal": between the latest pair
                frame.actors, frame.referenced_type = brokers, "sides"
            elif mediated_alone(sf, index):  # "Kuwait had mediated since the crisis began"
                frame.referenced_type = "sides"
    else:
        fits = noun_frame(sf, index, spec, frame)
        sides = compound_sides(sf, index) if spec.event_type in PAIRED_TYPES else None
        if sides is not None and not (frame.actors and frame.targets):
            frame.actors, frame.targets = sides
            frame.actor_source = "between"
        elif not fits:
            return None
    mediated_for_latest(sf, index, frame)  # "Qatar acted as go-between", "talks mediated by Norway"
    if spec.event_type == "visit" and frame.actors and all(_private_people(sf, k) for k in frame.actors):
        return None  # "U.S. citizens arrived in Qatar": no country travels with private people
    if spec.event_type == "visit" and barred_trip(sf, index):
        return None
    if spec.event_mode == "deployment" and not frame.targets and not frame.passive:
        frame.targets = border_partner(sf, index) or place_called_there(sf, index, frame.actors) \
            or country_left_behind(sf, index, frame.actors)  # "troops would leave the country"
        if not frame.targets and sent_home(sf, index):
            return None
    if spec.event_type == "sanction" and not frame.targets and not frame.passive:
        frame.targets = described_target(sf, index, spec)
    if spec.event_type == "sanction" and not frame.passive and (barred := barred_destination(sf, index)) \
            and not {state_of(sf.units[k]).country for k in barred} & {state_of(sf.units[k]).country for k in frame.actors}:
        frame.targets = barred  # "banned Russian airlines from flying to Georgia": the ban is on Georgia
    if spec.event_type == "statement" and not frame.targets and frame.actors and spec.pos == "noun":
        frame.targets = owner_in_phrase(sf, index, frame.actors) or doer_after_topic(sf, index, spec.event_mode, frame.actors)
    if spec.event_mode == "concern" and not frame.targets and frame.actors:
        frame.targets = place_of_concern(sf, index, {state_of(sf.units[k]).country for k in frame.actors})
    if spec.event_mode == "pledge" and not pledge_frame(sf, index, frame):
        return None
    if is_visit and spec.object_class == TIME_SPENT:
        frame.targets = stay_place(sf, index)  # "spent the start of the week in Cairo"
    if is_visit and spec.object_class in ("summit", "city", TIME_SPENT) and resident_envoys(sf, frame.actors, index):
        return None  # ambassadors attending or leaving where they are posted make no trip
    if is_visit and told_remotely(sf, index):  # "attended the summit by video link": a call, no trip
        frame.spec, frame.mode, is_visit = replace(spec, event_type="meeting", event_mode="call"), "call", False
    if is_visit and spec.object_class in ("summit", "delegation"):
        # "attended the BRICS summit in Johannesburg", "led the delegation to Geneva": the visit
        # is to where the summit was
        venue = place_after(sf, index, ("in", "at", "to"))
        if venue is not None:
            frame.targets = [sf.units.index(venue)]
    if is_visit:  # "alongside visiting Lavrov": Lavrov's visit; "accepted Japan's invitation to visit": to Japan
        frame.actors, frame.targets = guest_sides(sf.units, index, *present_guests(sf, index, spec, frame))
        if any(sf.units[k].possessive and k + 1 < len(sf.units) and sf.units[k + 1].low in _HELP_NOUNS
               for k in frame.targets) or not frame.targets and flew_a_mission(sf, index):
            return None  # "came to Syria's aid": help, not a trip; "flew a joint patrol": a flight
        frame.targets += next_legs(sf, frame.targets)
        _split_destination(sf, frame)
        if frame.targets and (spec.pos == "verb" and not frame.passive and forces_moved(sf, frame.actors)
                              or spec.pos == "noun" and forces_of_trip(sf, index)):
            frame.spec = replace(spec, event_type="military", event_mode="deployment")
            frame.mode = "deployment"
    if not frame.targets and spec.event_type != "statement" and frame.actors:  # "told China that it will not renew"
        frame.targets = [k for k in hearer_of_report(sf, index) if k not in frame.actors]
    if not frame.targets and len(frame.actors) >= 2 and (_reciprocal_after(sf, index) or spec.event_type == "statement"
                                                         and about_own_ties(sf, index, frame.actors)
                                                         or aimed_at_each_other(sf, index, spec.preps)):
        frame.reciprocal = True
    if spec.event_type == "statement" and not frame.targets and spec.pos == "verb" and not frame.passive:
        frame.targets = others_than(sf, sf.that_clause_about(index), frame.actors)
    if spec.event_type == "statement" and spec.pos == "verb" and spec.event_mode == "concern" \
            and spec.frame == "agent" and sf.reported_tone(index) == "threat":
        frame.mode = "threat"  # "warned it would respond firmly": a warning of what the speaker will do
        if not frame.targets:  # "... if Peru takes further steps": whoever must act to avert it
            frame.targets = others_than(sf, sf.condition_subject(index), frame.actors)
    if spec.event_mode == "concern" and spec.pos == "verb" and not frame.targets and frame.actors:
        frame.targets = sf.own_act_target(index, {state_of(sf.units[k]).country for k in frame.actors})
        frame.mode = "threat" if frame.targets else frame.mode
    if spec.event_type == "military" and not frame.targets and (frame.mode == "exercise" and _responds(sf)
                                                                or frame.mode == "deployment" and sent_to_respond(sf, index)):
        frame.referenced_type = "response"  # "hours after the launch, jets held a drill": aimed at the launcher
    if spec.event_type == "statement" and not frame.targets and spec.pos == "verb" and to_the_public(sf, index):
        return None  # "warned residents to take cover": a government speaking to its people
    if spec.event_type == "statement" and not frame.targets and spec.pos != "report" and not frame.passive:
        frame.targets = between_sides(sf, index, frame.actors)  # "welcomed the ceasefire between A and B"
    if spec.event_type == "statement" and not frame.targets and not frame.reciprocal:
        if frame.passive:
            frame.referenced_type = sf.referenced_event_type(0, index)
        else:
            frame.referenced_type = sf.referenced_event_type(index + 1, index + 7) or _pronoun_object(sf, frame) \
                or object_reference(sf, frame)
        if not frame.referenced_type and frame.mode == "criticism" and spec.pos == "verb" and no_object(sf, index):
            frame.referenced_type = "*"  # "Japan protested through diplomatic channels": the latest act
        if frame.referenced_type in ("", "*") and spec.object_class in ("censure", "acclaim") \
                and index > 0 and sf.units[index - 1].text == "," and frame.actor_source == "subject" \
                and sf.units[index].low.endswith("ing"):
            # "began drills around Taiwan, calling them punishment": a judgement of the main
            # clause's act, aimed where that act was, else at the speaker's latest counterpart
            frame.referenced_type = "named"
    return frame


_ACT_PREPS: Final = ("=", "to", "against", "on", "with", "from")


def _act_targets(sf: SentenceFrames, index: int) -> list[int]:
    """"threatened (on Monday) to cut off gas to Moldova", "refused to meet Biden": a threat or
    refusal is aimed at whom the act it names would hit."""
    if sf.units[index].low.endswith(" to"):
        return sf.object_actors(index + 1, _ACT_PREPS)[0]
    for k in range(index + 1, min(len(sf.units) - 1, index + 5)):
        unit = sf.units[k]
        if unit.low == "to":
            return sf.object_actors(k + 1, _ACT_PREPS)[0]
        if unit.low not in TIME_WORDS and unit.low != "on":
            return []
    return []
_HELP_NOUNS: Final = frozenset({"aid", "rescue", "defence", "defense", "assistance", "side", "support"})
_RESPONSE_WORDS: Final = frozenset({"after", "following", "response", "reaction", "responding", "retaliation"})


def _responds(sf: SentenceFrames) -> bool:
    """Whether the sentence sets what it tells after, or in answer to, a military act ("hours
    after the launch", "in response to the test")."""
    return any(unit.low in _RESPONSE_WORDS and sf.referenced_event_type(k + 1, k + 4) == "military"
               for k, unit in enumerate(sf.units))


def _pronoun_object(sf: SentenceFrames, frame: Frame) -> str:
    """"condemned it", "called it a provocation": "it" stands for the latest event that is not
    itself a statement ("*")."""
    first = (frame.support_index if frame.support_index is not None else frame.trigger_index) + 1
    words = [unit.low for unit in sf.units[first:first + 3]]
    if words[:1] == ["it"]:
        return "*"
    day = ""
    if len(words) == 3 and words[0] in TIME_WORDS and words[1] in ("'s", "’s"):
        day = words[0]  # "welcomed Friday's decision": the latest act of that day
        words = ["the"] + words[2:]
        first += 1
    nouns = [k for k, word in enumerate(words) if k and (word in EVENT_REFERENCES or word in SAYING_REFERENCES)]
    if words[:1] not in (["the"], ["this"], ["that"]) or not nouns:
        return ""
    after = first + nouns[0] + 1
    # "criticised the decision to host Putin": the decision names its own event, not an earlier one
    if after < len(sf.units) and sf.units[after].low == "to":
        return ""
    return "said" if words[nouns[0]] in SAYING_REFERENCES else "*" + day


def _reciprocal_after(sf: SentenceFrames, index: int) -> bool:
    """"each other" or "one another" right after the trigger, or a trigger that is an exchange
    ("exchanged visits": each visited the other)."""
    words = [unit.low for unit in sf.units[index + 1:index + 3]]
    return words in (["each", "other"], ["one", "another"]) or sf.units[index].low.startswith("exchang") \
        or sf.units[index].low.endswith("their posts")  # "both envoys returned to their posts": each to the other


def _split_destination(sf: SentenceFrames, frame: Frame) -> None:
    """A visit's object is where the visitor went: keep it as the destination."""
    if frame.targets:
        frame.destination = sf.units[frame.targets[0]]


def _private_people(sf: SentenceFrames, k: int) -> bool:
    """Whether the actor at ``k`` only modifies private people after it ("U.S. citizens",
    "Russian tourists")."""
    return k + 1 < len(sf.units) and sf.units[k + 1].low in sf.lexicon.word_classes.get("private_people", frozenset())
