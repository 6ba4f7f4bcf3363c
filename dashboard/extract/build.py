"""From the frames of a sentence to events with every field: place, date, modality, stance
(the frames themselves come from ``triggers.py``, their sides and the basis of the target from
``participants.py``)."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from typing import Final

from dashboard.extract.agreed_plans import agreed_plan_dates
from dashboard.extract.context import SentenceContext
from dashboard.extract.counted_clauses import ends_counted_clause
from dashboard.extract.date_roles import (
    complement_dates,
    dates_other_thing,
    earlier_predicate_dates,
    relative_clause_dates,
    scheduled_present,
    subordinate_dates,
)
from dashboard.extract.dated_deals import deal_year
from dashboard.extract.dated_invasions import DATED_INVASION, invasion_date
from dashboard.extract.dates import DateMention, days_into_visit
from dashboard.extract.event_codes import code_score, country_place, event_code
from dashboard.extract.forces import to_own_border
from dashboard.extract.frame import Frame
from dashboard.extract.hosted_gatherings import HOSTED_BEFORE, hosted_place
from dashboard.extract.implied_targets import like_pair_event
from dashboard.extract.listed_places import own_listed_place
from dashboard.extract.modality import modality_of
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.object_dates import object_dates
from dashboard.extract.ordinal_members import ranked_member_at
from dashboard.extract.origins import origin_visits
from dashboard.extract.participants import participants
from dashboard.extract.perfect_remarks import told_in_perfect
from dashboard.extract.perfect_since import perfect_since_date
from dashboard.extract.previous import (
    COUNTED_TYPES,
    PRESUPPOSING_TYPES,
    earlier_events,
    earlier_occurrence,
    first_of_another,
    named_maker,
    own_date_after_count,
)
from dashboard.extract.relations_places import relations_place
from dashboard.extract.scene import (
    destination_before,
    fronted_place,
    place_after,
    speaking_place,
)
from dashboard.extract.scores import rounded
from dashboard.extract.since_clause import since_clause_date
from dashboard.extract.start_dates import takes_effect_from
from dashboard.extract.strikes import STRUCK, struck_land
from dashboard.extract.target_needs import REQUIRES_TARGET, TARGETLESS_MODES
from dashboard.extract.tone import said_stance
from dashboard.extract.took_place import takes_place
from dashboard.extract.units import Actor, Unit
from dashboard.extract.venues import venue_of
from dashboard.extract.words import (
    BOUNDARY_PUNCT,
    CLAUSE_VERBS,
)
from dashboard.schema import MODE_STANCE

_QUOTE: Final = re.compile(r'"([^"]{12,})"')


def _claimed_by_another_event(ctx: SentenceContext, anchor: int, mention: DateMention) -> bool:
    """Whether another actor's event stands between the trigger and the date ("Putin's visit
    reciprocates Kim's trip to Russia last September": the date is Kim's)."""
    if mention.counts_after():
        # "talks on Thursday, a day after meeting X in Kyiv, becoming ...": the interval dates
        # only what follows it within its clause
        return mention.start > anchor or any(
            ends_counted_clause(ctx.units, k) for k, unit in enumerate(ctx.units)
            if mention.end <= unit.start and unit.end <= anchor)
    if mention.start <= anchor:
        return False
    between = [unit for unit in ctx.units if anchor < unit.start and unit.end <= mention.start]
    for k, unit in enumerate(between):
        # "Kim's trip": an actor's possessive, or a name's one the chunker did not resolve
        owner = (unit.actor is not None and unit.possessive) or (
            unit.text == "'s" and k > 0 and between[k - 1].text[:1].isupper())
        if owner and any(other.triggers() and other.actor is None for other in between[k + 1:k + 3]):
            return True
    return _new_clause_before(between)


# Words after which a subject and its verb start a clause of their own.
_CLAUSE_OPENERS: Final = frozenset({",", "and", "but", "while", "whereas", "which", "that", "after", "before", "when"})


def _new_clause_before(between: list[Unit]) -> bool:
    """", and the army announced drills from Thursday": a clause with its own subject and verb
    between the trigger and the date; the date is that clause's."""
    for k, unit in enumerate(between[:-1]):
        if unit.low not in _CLAUSE_OPENERS:
            continue
        j = k + 1
        while j < len(between) and between[j].low in ("the", "its", "their"):
            j += 1
        pronoun = between[j].low in ("they", "it") if j < len(between) else False  # "since they signed it in 2022"
        if j >= len(between) or (between[j].actor is None and not pronoun) or between[j].possessive:
            continue
        for m, verb in enumerate(between[j + 1:j + 4], j + 1):
            if verb.actor is not None or verb.text in BOUNDARY_PUNCT or verb.text == "," or takes_place(between, m):
                break
            if verb.low in CLAUSE_VERBS or verb.sense("support") is not None or any(
                    spec.pos == "verb" for spec in verb.triggers()):
                return True
    return False


def _nearest_date(ctx: SentenceContext, anchor: int, future: bool, event_type: str = "",
                  window: tuple[int, int] = (-1, -1)) -> DateMention | None:
    dates = [d for d in (ctx.dates.ahead if future else ctx.dates.past)
             if d.start >= window[0] and (window[1] < 0 or d.start < window[1])
             and not _claimed_by_another_event(ctx, anchor, d) and not dates_other_thing(ctx.text, ctx.start, d, anchor)
             and not takes_effect_from(ctx.text, ctx.start, d, anchor, event_type)]
    if not dates:  # most sentences: nothing for the clause tests below to claim
        return None
    claimed = earlier_predicate_dates(ctx.units, anchor, dates)
    claimed += relative_clause_dates(ctx.units, ctx.text, ctx.start, anchor, dates, event_type)
    if event_type == "statement":
        claimed += complement_dates(ctx.units, anchor, dates)
        claimed += subordinate_dates(ctx.text, ctx.start, anchor, dates)
        claimed += object_dates(ctx.units, anchor, dates)
    elif event_type == "agreement":
        claimed += agreed_plan_dates(ctx.units, anchor, dates, ctx.published)
    dates = [d for d in dates if d not in claimed]
    if not dates:
        return None
    # the nearest (by steps of 60 characters), a month or day before a bare year (", and in
    # March 2023 Tonga broke off ...": "in 2019" is the clause beside it), a stated date before a
    # relative one, then the nearest; the first of equals (a loop, as min() with a key: no closure made per event)
    best = dates[0]
    best_key = _nearness(best, anchor)
    for mention in dates[1:]:
        key = _nearness(mention, anchor)
        if key < best_key:
            best, best_key = mention, key
    return best


def _nearness(mention: DateMention, anchor: int) -> tuple[int, bool, bool, int]:
    distance = min(abs(mention.start - anchor), abs(mention.end - anchor))
    return distance // 60, mention.span.precision == "year", mention.span.basis != "stated", distance


def _dates_history(mention: DateMention) -> bool:
    """Whether a date may date background history: a counted interval ("two days after X did",
    "28 years after"), or a year or month the text states."""
    return mention.counts_after() or (
        mention.span.basis == "stated" and mention.span.precision in ("year", "month"))


_EXPLICIT_YEAR: Final = re.compile(r"\b(?:19|20)\d\d\b")
_IRREGULAR_PAST: Final = frozenset("met held flew went made took paid broke sent left came began spoke told gave "
                                   "won struck sought brought fought withdrew drew led saw hit cut shut".split())


def _told_in_past(ctx: SentenceContext, frame: Frame) -> bool:
    """Whether the event's verb is a simple past form ("visited", "met", "held talks")."""
    index = frame.support_index if frame.support_index is not None else frame.trigger_index
    word = ctx.units[index].low.split(" ", 1)[0]
    # "did meet": the emphatic past
    past = word.endswith("ed") or word in _IRREGULAR_PAST or (index > 0 and ctx.units[index - 1].low == "did")
    return past and (frame.spec.pos == "verb" or frame.support_index is not None)


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # February 29
        return day.replace(year=day.year - 1, day=28)


def _quote_of(text: str) -> str | None:
    quotes = _QUOTE.findall(text.replace("\u201c", '"').replace("\u201d", '"'))
    return max(quotes, key=len).strip() if quotes else None


def place_fields(unit: Unit | None, country_code: str | None) -> tuple[str | None, str | None, float | None, float | None, str]:
    """(place, place_country, lat, lon, geo_precision) of a place unit or a country."""
    if unit is not None and unit.place is not None:
        return unit.place.name, unit.place_country or unit.place.country, unit.place.lat, unit.place.lon, "city"
    code = (unit.place_country if unit is not None and unit.place_country else None) or country_code
    if code:
        place = country_place(code)
        if place is not None:
            return place[0], code, place[1], place[2], "country"
    return None, None, None, None, "none"


def _confidence(frame: Frame, actor: Actor | None, target: Actor | None, date_basis: str) -> float:
    score = 0.45
    if actor is not None:
        score += 0.2 if actor.explicit else 0.1
    if target is not None:
        score += 0.15
    elif frame.spec.event_type not in REQUIRES_TARGET and (frame.spec.event_type, frame.spec.event_mode) not in TARGETLESS_MODES:
        # Aimed at nobody: on every gold set such statements were mostly not events an analyst
        # codes (general remarks); missile tests and drills aimed at nobody mostly were.
        score -= 0.1
    if frame.spec.pos in ("verb", "report") or frame.support_index is not None or frame.actor_source in ("possessive", "between", "by"):
        score += 0.1
    if date_basis in ("stated", "relative"):
        score += 0.05
    if frame.actor_source == "modifier":
        score -= 0.05
    if frame.actor_source == "fallback":
        score -= 0.15
    if frame.target_source in ("elimination", "latest dealings"):
        score -= 0.1  # a target no role of the sentence gives: its one other country, or the speaker's latest counterpart
    return rounded(max(0.05, min(0.95, score)))


def events_of(ctx: SentenceContext, frame: Frame) -> list[ExtractedEvent]:
    """The events one frame yields: one per actor country and target country."""
    if frame.reciprocal:
        return [event for k in frame.actors
                for event in events_of(ctx, replace(frame, actors=[k], reciprocal=False,
                                                    targets=[other for other in frame.actors if other != k]))]
    if ranked_member_at(ctx.units, [*frame.actors, frame.trigger_index - 1]):
        return []  # "the first NATO member to send jets": one member, not NATO, and no joining
    found = participants(ctx, frame)
    if found is None:
        return []
    actors, targets, target_basis = found
    spec = frame.spec
    # "the treaty that Russia and Belarus signed in 1999": the date is the support verb's
    later_support = frame.support_index is not None and frame.support_index > frame.trigger_index
    anchor = ctx.units[frame.support_index if later_support and frame.support_index is not None else frame.trigger_index].start
    modality, background = modality_of(ctx, frame)
    if modality == "negated" and spec.event_type == "sanction" and not frame.targets:
        return []  # "Australia, which did not impose sanctions, ...": no measure, aimed at nobody named
    # "if Tokyo insists on its mistake": words of a side named as a condition's subject are none said
    if modality == "hypothetical" and spec.event_type == "statement" and frame.actors and frame.actors[0] > 0 \
            and ctx.units[frame.actors[0] - 1].low in ("if", "unless"):
        return []
    window = (frame.dates_from, frame.dates_until)
    date_mention = _nearest_date(ctx, anchor, modality == "planned", spec.event_type, window)
    if date_mention is None and spec is DATED_INVASION:
        date_mention = invasion_date(ctx, frame)
    if date_mention is None and frame.dates_from >= 0:
        if frame.actor_source == "by":
            return []  # "adopted the sanctions imposed by the EU": another's measure, told of no date, is only an object
        background = True  # "lifted the sanctions it imposed": its own earlier measure, of no date told
    verb = frame.support_index if frame.support_index is not None else frame.trigger_index
    if date_mention is not None and modality == "asserted" and (spec.pos == "verb" or frame.support_index is not None) \
            and scheduled_present(ctx.units, verb, date_mention):
        date_mention = _nearest_date(ctx, anchor, True, spec.event_type, window)
    if date_mention is None and "since" in ctx.text:
        first = frame.trigger_index if frame.support_index is None else min(frame.trigger_index, frame.support_index)
        date_mention = since_clause_date(ctx, first, modality == "planned")
    if modality == "asserted" and "since" in ctx.text:  # "has mediated between them since 2011": it began then
        started = perfect_since_date(ctx.text, ctx.start, ctx.units[verb].start, ctx.units[verb].end, ctx.published)
        date_mention = started or date_mention
    if background and date_mention is not None and not _dates_history(date_mention):
        date_mention = None
    earlier = None
    if spec.event_type in PRESUPPOSING_TYPES and "irst" in ctx.text:
        trigger = ctx.units[frame.trigger_index]
        earlier = earlier_occurrence(ctx.text, trigger.start - ctx.start, trigger.end - ctx.start, ctx.published,
                                     spec.event_type in COUNTED_TYPES)
        if earlier is not None and date_mention is not None and date_mention.start >= ctx.start + earlier[0] \
                and not own_date_after_count(ctx.text, earlier[0], date_mention.start - ctx.start):
            date_mention = None  # "first visit since 2015 and the first summit since they met in 2021"
    date_start: date | None
    date_end: date | None
    if date_mention is not None:
        span = date_mention.span
        date_start, date_end, precision, basis = span.start, span.end, span.precision, span.basis
        if spec.event_type == "visit" and precision == "day":
            date_start -= timedelta(days=days_into_visit(ctx.text))
    elif background or ctx.published is None:
        date_start = date_end = None
        precision, basis = "unknown", "unknown"
    else:
        date_start = date_end = ctx.published
        precision, basis = "day", "published"
    if (date_mention is not None and modality == "asserted" and date_start is not None and date_end is not None
            and ctx.published is not None and (date_start - ctx.published).days > 7
            and basis == "stated" and not _EXPLICIT_YEAR.search(date_mention.text) and _told_in_past(ctx, frame)):
        # "visited Beijing on Nov. 17" in an October report: last November, not a plan
        date_start, date_end = _year_before(date_start), _year_before(date_end)
    if (frame.mode == "sign" or frame.mode == "impose" and spec.event_type == "sanction"
            or spec is DATED_INVASION) and spec.pos == "noun" \
            and (year := deal_year(ctx.units, frame.trigger_index)) is not None \
            and (date_start is None or date_start.year != year or basis == "published"):
        # "the 1998 Adana agreement", "the 2017 boycott of Qatar": of that year, whatever else the sentence dates
        date_start, date_end, precision, basis = date(year, 1, 1), date(year, 12, 31), "year", "stated"
    if modality == "asserted" and date_start is not None and ctx.published is not None and date_start > ctx.published:
        modality = "planned"
    stance = (frame.stance or MODE_STANCE.get(frame.mode)) if spec.event_type == "statement" else None
    if stance == "neutral" and frame.mode == "comment":  # "said the vote was a sham": the words said give the tone
        stance = said_stance(ctx.text[frame.trigger.end - ctx.start:])
    quote = _quote_of(ctx.text) if spec.event_type == "statement" else None
    evidence = Evidence(ctx.text, ctx.start, ctx.end, frame.trigger.text)
    events: list[ExtractedEvent] = []
    actor_choices: list[Actor | None] = [*actors] or [None]  # an event with no actor may yet merge
    target_choices: list[Actor | None] = [*targets] or [None]
    for actor in actor_choices:
        for target in target_choices:
            if actor is not None and target is not None and actor.country == target.country:
                if spec.event_type in REQUIRES_TARGET:
                    continue
                target = None
            place_unit, place_code = _place_for(ctx, frame, target, actor, (date_start, precision))
            place, place_country, lat, lon, precision_geo = place_fields(place_unit, place_code)
            code = frame.cameo or event_code(spec.event_type, frame.mode, modality)
            events.append(ExtractedEvent(
                event_type=spec.event_type, event_mode=frame.mode, cameo_code=code,
                goldstein=code_score(code),
                actor=actor.name if actor else None, actor_country=(actor.country or None) if actor else None,
                actor_role=actor.role if actor else None,
                target=(target.name if frame.actor_source == "joined" else _target_name(ctx, target, spec.event_type))
                if target else None,
                target_country=target.country if target else None,
                place=place, place_country=place_country, lat=lat, lon=lon,
                geo_precision=precision_geo, date_start=date_start, date_end=date_end,
                date_precision=precision, date_basis=basis, modality=modality, stance=stance,
                quote=quote, confidence=_confidence(frame, actor, target, basis),
                evidence=[evidence], actor_explicit=actor.explicit if actor else False,
                target_basis=target_basis if target else "none",
            ))
    if frame.referenced_type == "pair":
        for event in events:
            like_pair_event(ctx, event)
    if earlier is not None and not first_of_another(ctx.units, frame.trigger.end, ctx.start + earlier[0],
                                                    spec.event_type):
        maker = named_maker(ctx.units, ctx.text[earlier[4]:earlier[5]], ctx.start + earlier[4], ctx.start + earlier[5])
        # "the first visit by a Chilean minister since 1990" borrows the host of the visit it is told of;
        # "in twelve years" counts no year of a visit, and such counts are mostly left uncoded
        recent = ctx.recent if ctx.text.startswith("since", earlier[0]) else None
        events += earlier_events(events, earlier[1], earlier[2], earlier[3], maker, recent)
    if spec.event_type == "visit" and spec.pos == "verb" and events:
        events += origin_visits(ctx, frame.trigger_index, events)
    return events


def _target_name(ctx: SentenceContext, target: Actor, event_type: str) -> str:
    """A visit's or meeting's host by name when the sentence names them, else the target."""
    if event_type in ("visit", "meeting") and target.kind in ("state", "group"):
        for unit in ctx.units:
            if unit.actor is not None and unit.actor.kind == "person" and unit.actor.country == target.country:
                return unit.actor.name
    return target.name


# Roles of people who travel: what they say on a trip is said where they are (a government's
# or a ministry's statement is not).
TRAVELLING_ROLES: Final = frozenset({"head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                                     "minister", "envoy", "igo_head", "security_adviser", "legislator"})


def _of_the_day(ctx: SentenceContext, day: date | None, precision: str) -> bool:
    """Whether an event dated ``day`` is news of the report: the day of publication or the one
    before (a report filed from a city tells what happened there that day)."""
    return (day is not None and precision == "day" and ctx.published is not None
            and _DAY_BEFORE <= day - ctx.published <= _DAY_AFTER)


_DAY_BEFORE: Final = timedelta(days=-1)
_DAY_AFTER: Final = timedelta(days=1)


def _place_for(ctx: SentenceContext, frame: Frame, target: Actor | None,
               actor: Actor | None = None, when: tuple[date | None, str] = (None, "unknown"),
               ) -> tuple[Unit | None, str | None]:
    """Where the event happened: a visit's destination, else "in X" / "at X" in the sentence;
    a missile is launched from the launching country unless the sentence says where; talks of
    the day with the host are held where the report was filed; drills and troops are where they
    are aimed; a country expels diplomats at home and recalls its own from their posts."""
    if frame.spec.event_type == "visit":
        code = target.country if target else None
        destination = frame.destination
        if destination is not None and code and destination.place_country != code:
            # "came to Kyiv and Moscow": each visit is to its own city
            destination = next((ctx.units[k] for k in frame.targets if ctx.units[k].place_country == code), None)
        if destination is not None and destination.place is not None:
            return destination, None
        nearby = place_after(ctx.frames, frame.trigger_index)
        if nearby is not None and nearby.place is not None and nearby.place_country == code:
            return nearby, None
        return None, code
    if frame.mode == "call":
        return None, None  # a telephone or video call happens nowhere in particular
    if frame.spec.object_class == STRUCK:  # a strike lands where it hits, not where it came from
        nearby = place_after(ctx.frames, frame.trigger_index, ("in", "near", "inside", "into"))
        return (nearby, None) if nearby is not None else (None, target.country if target else struck_land(ctx.frames, frame.trigger_index))
    if frame.mode == "missile_test":
        nearby = place_after(ctx.frames, frame.trigger_index, ("in", "from"))
        return (nearby, None) if nearby is not None else (None, actor.country if actor else None)
    if frame.spec.event_type in ("meeting", "agreement"):
        if frame.actor_source == "joined" and frame.destination is not None and frame.destination.place is not None:
            return frame.destination, None  # "flew to Beijing on Monday for talks": held there
        nearby = destination_before(ctx.frames, frame.trigger_index) or place_after(ctx.frames, frame.trigger_index)
        nearby = nearby or venue_of(ctx.frames, frame.trigger_index, ctx.text, journey=True)
        if nearby is not None:
            return nearby, None
        if frame.referenced_type == HOSTED_BEFORE and ctx.hosted is not None:
            return hosted_place(ctx.hosted)  # the summit told hosted before: where it was, or by video
        if frame.actor_source == "host":  # "Oman hosted talks between ...": held at the host's
            return None, actor.country if actor else None
        # leaving a pact is done by notice, not in the city the lede was filed from
        if ctx.dateline is not None and frame.mode != "withdraw":
            return ctx.dateline, None
        # only where one side is at home: "BEIJING - Tsai met McCarthy" was not in Beijing
        if (ctx.filed_from is not None and frame.mode not in ("join", "withdraw", "ratify")
                and ctx.filed_from.place_country in (actor.country if actor else None, target.country if target else None)
                and _of_the_day(ctx, when[0], when[1])):
            return ctx.filed_from, None
    if frame.mode in ("exercise", "deployment"):  # "drills around Taiwan", "troops sent to Russia"
        if frame.spec is DATED_INVASION:  # "the Kremlin's invasion of Ukraine": in Ukraine, not at the Kremlin
            return None, target.country if target else None
        nearby = place_after(ctx.frames, frame.trigger_index)
        if nearby is not None:
            return own_listed_place(ctx.units, frame.targets, nearby, target.country if target else None), None
        if actor is not None and (to_own_border(ctx.frames, frame.trigger_index) or frame.spec.phrase == "on alert"):
            return None, actor.country  # "along its coast", "to its border with Guatemala", "put on alert": at home
        partner = bool(frame.targets) and (_word_before(ctx.units, frame.targets[0]) in ("with", "against")
                                           or (frame.mode == "exercise" and frame.targets[0] < frame.trigger_index))
        aimed_by_text = frame.referenced_type != "response"  # a show of force answering a launch is not held there
        return None, target.country if target and not partner and aimed_by_text else None
    if frame.mode == "expel":
        nearby = place_after(ctx.frames, frame.trigger_index)
        return (nearby, None) if nearby is not None else (None, actor.country if actor else None)
    if frame.mode == "break" and _filed_at_home(ctx, actor, when):
        return ctx.dateline, None  # "CARACAS - Maduro broke relations on Wednesday": decided at home
    if frame.mode == "recall":  # an envoy is recalled from the post, in the country it is aimed at
        return None, target.country if target else None
    if frame.spec.event_type == "relations":
        nearby = relations_place(ctx.frames, frame.trigger_index)
        if nearby is not None:
            return nearby, None
    fronted = fronted_place(ctx.frames, ("in", "at"))  # "In Washington, Blinken condemned ..."
    if fronted is None and frame.spec.event_type == "statement":
        fronted = speaking_place(ctx.frames, frame.trigger_index)
    fronted = fronted or venue_of(ctx.frames, frame.trigger_index, ctx.text)
    if fronted is not None or frame.spec.event_type != "statement" or actor is None:
        return fronted, None
    # "BEIJING - Macron asked Xi": a traveller abroad speaks where the lede was filed; "RIYADH: Saudis said Monday": at home
    if ctx.dateline is not None and actor.role in TRAVELLING_ROLES and actor.country != ctx.dateline.place_country:
        return ctx.dateline, None
    if _in_perfect(ctx, frame):  # "has accused ...": said over time, not where the report was filed
        return None, None
    if ctx.filed_from is not None and actor.country and ctx.filed_from.place_country == actor.country and _of_the_day(ctx, when[0], when[1]):
        return ctx.filed_from, None
    # A foreign ministry speaks from its capital, and an envoy is summoned to the summoner's
    if actor.role == "foreign_ministry" or frame.spec.phrase == "summon":
        return None, actor.country or None
    return None, None


def _filed_at_home(ctx: SentenceContext, actor: Actor | None, when: tuple[date | None, str]) -> bool:
    """The lede's dateline is in the actor's own country and the act is of the report's day."""
    line = ctx.dateline
    return (line is not None and actor is not None and bool(actor.country)
            and line.place_country == actor.country and _of_the_day(ctx, when[0], when[1]))


def _in_perfect(ctx: SentenceContext, frame: Frame) -> bool:
    """A remark told in the present perfect, outside the sentence the dateline opens ("ROME -
    Italy has told China ..." is the day's news)."""
    verb = ctx.units[frame.support_index if frame.support_index is not None else frame.trigger_index]
    opens_report = ctx.dateline is not None and ctx.start <= ctx.dateline.start < ctx.end
    return not opens_report and told_in_perfect(ctx.text, verb.start - ctx.start)


def _word_before(units: list[Unit], index: int) -> str:
    """The word before a unit, past articles ("with the Philippines" -> "with")."""
    k = index - 1
    while k >= 0 and units[k].low in ("the", "a", "an"):
        k -= 1
    return units[k].low if k >= 0 else ""
