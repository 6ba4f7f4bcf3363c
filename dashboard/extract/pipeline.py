"""The extractor end to end: article text in, merged events with their evidence out."""

from __future__ import annotations

import re
from datetime import date
from functools import lru_cache
from typing import Final

from dashboard import gazetteer
from dashboard.extract.agreed_for_others import agreed_for_others
from dashboard.extract.anniversary_ties import anniversary_events, untold_anniversaries
from dashboard.extract.armed_backing import backs_fighters
from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.attendance import scene_place
from dashboard.extract.bare_verbs import with_bare_verbs
from dashboard.extract.bloc_meetings import bloc_meetings
from dashboard.extract.build import events_of
from dashboard.extract.calibration import calibrated
from dashboard.extract.called_off_trips import called_off_trips
from dashboard.extract.confidence_model import (
    country_shares,
    first_line_end,
    model_score,
)
from dashboard.extract.context import SentenceContext
from dashboard.extract.counted_dates import with_counted_dates
from dashboard.extract.counted_rounds import with_counted_rounds
from dashboard.extract.date_first_datelines import (
    date_first_dateline,
    filed_day,
    without_leading_date,
)
from dashboard.extract.dated_invasions import dated_invasion_frames, tells_invasion
from dashboard.extract.dates import SentenceDates, latest_stated_day, month_end
from dashboard.extract.deal_sides import deal_sides_in
from dashboard.extract.deployment_ends import with_deployment_ends
from dashboard.extract.domestic_procedures import ratifications_ahead, tells_procedures
from dashboard.extract.ellipsis import with_ellipsis
from dashboard.extract.forces import without_drill_deployments
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.fronted_reports import speaker_first
from dashboard.extract.furniture import without_furniture
from dashboard.extract.gathering_acts import (
    as_gathering_act,
    as_gathering_meeting,
    host_of,
    tells_several,
    with_host_for_participants,
)
from dashboard.extract.group_chairs import members_as_group
from dashboard.extract.group_envoys import envoys_for_groups
from dashboard.extract.groups import (
    gathering_of,
    listed_countries,
    may_list,
    with_gathering,
    with_groups,
    with_speakers,
)
from dashboard.extract.headline_names import named_ahead
from dashboard.extract.held_forces import drop_unheld
from dashboard.extract.hosted_gatherings import HostedGathering
from dashboard.extract.implied_trips import with_implied_visits, with_visit_places
from dashboard.extract.in_kind import answered_in_kind
from dashboard.extract.incursions import incursion_frames, tells_incursion
from dashboard.extract.issuer_offices import with_issuer_offices
from dashboard.extract.its_office import opening_country, with_owner
from dashboard.extract.joined_protests import joined_protests
from dashboard.extract.lexicon import lexicon
from dashboard.extract.listed_deals import DealList
from dashboard.extract.lower_case import lower_case
from dashboard.extract.meeting_remarks import with_meeting_places
from dashboard.extract.mentions import merge_within_article
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.name_calling import as_name_calling
from dashboard.extract.opening_signing import opens_with_signing
from dashboard.extract.outcomes import deals_not_reached
from dashboard.extract.overflights import (
    aim_latest_launch,
    overflights,
    tells_overflight,
)
from dashboard.extract.own_gatherings import own_gatherings
from dashboard.extract.own_sanction_targets import with_own_sanction_targets
from dashboard.extract.owned_acts import owned_acts_in
from dashboard.extract.page_month import in_month
from dashboard.extract.pair_setters import pair_setters
from dashboard.extract.pair_thread import PairThread
from dashboard.extract.paired_dates import with_paired_dates
from dashboard.extract.pairs import (
    latest_pair,
    may_change_pair,
    only_pair,
    pair_of_states,
)
from dashboard.extract.paragraph_dates import (
    date_as_before,
    told_on_the_same_day,
    with_paragraph_date,
    with_previous_day,
)
from dashboard.extract.placed_datelines import date_then_place_lines
from dashboard.extract.press_voice import issuer_country, with_issuer
from dashboard.extract.private_trips import private_trip
from dashboard.extract.protest_causes import names_a_cause, protest_causes
from dashboard.extract.quote_runs import QuoteRun
from dashboard.extract.quoted_nouns import unquoted_nouns
from dashboard.extract.quoted_predicates import unquoted_predicates
from dashboard.extract.reading import newest_first_entries, reading_of
from dashboard.extract.recognize import ActorChunker
from dashboard.extract.relation_pairs import pair_between
from dashboard.extract.release_headers import HEADER_REACH, header_issuer
from dashboard.extract.requested_acts import requested_acts
from dashboard.extract.restored_later import restored_later
from dashboard.extract.same_acts import same_acts
from dashboard.extract.scene_day import scene_of, with_scene_day
from dashboard.extract.shared_aims import with_shared_aims
from dashboard.extract.sidelines import GatheringVenue
from dashboard.extract.staff_cuts import with_staff_cuts
from dashboard.extract.story_day import opening_span, with_story_day
from dashboard.extract.story_months import forward_year, story_moves
from dashboard.extract.story_years import back_to_present, narrative_year_of
from dashboard.extract.text import fold, split_sentences
from dashboard.extract.triggers import frames_of
from dashboard.extract.trip_signings import trip_signings
from dashboard.extract.units import Unit, find_matches, raw_units, strong_codes
from dashboard.extract.visit_kinds import with_summit_purpose, with_visit_kind

# "MOSCOW, March 20 -", "DELHI, May 2 (Wire) -", "VOSTOCHNY COSMODROME, Russia, Sept. 13 -",
# an agency's with no date, "SEOUL (Reuters) -", "KYIV, Ukraine (AP) \u2014", and the South
# Asian press's "ISLAMABAD: ...": where a report was filed. (Leading blanks: a live blog's
# time stamp before it is blanked out.)
_DATELINE: Final = re.compile(r"^[ \t]*([A-Z][A-Z.' -]{2,40}?)(?:,\s*([A-Z][A-Za-z.' ]{2,30}))?"
                              r"(?:(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:\s*\([A-Za-z ]{2,20}\))?"
                              r"|\s*\((?:Reuters|AP|AFP|Reuters/[A-Za-z]+|Xinhua|dpa|ANSA|EFE|Anadolu|Wire)\))"
                              r"\s*[-\u2014\u2013]|(?P<colon>:)(?=[ \t]+\S)"
                              # looser shapes, kept only when the word is a place: "BEIJING, Nov. 9.
                              # /TASS/.", "MOSCOW, March 17, 2004. (RIA Novosti) -", "CAIRO (AA) -",
                              # "ISLAMABAD, Oct 4 (Point News - 4th Oct, 2021) :", "BEIJING - ", and
                              # "BONN, Germany, Feb. 17, Kyodo" on a line of its own
                              r"|(?P<loose>(?:,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\.?)?\s*"
                              r"(?:\([^()\n]{2,60}\)|/[A-Za-z ]{2,20}/\.?)[ \t]*[-\u2014\u2013:]?"
                              r"|[ \t]+[-\u2014\u2013](?=[ \t])"
                              r"|,\s+[A-Z][a-z]{2,8}\.?\s+\d{1,2},[ \t]*[A-Z][A-Za-z]{1,20}[ \t]*$))",
                              re.MULTILINE)
_DATELINE_SPAN: Final = 1500  # how far into an article a dateline is looked for


def dateline_match(text: str) -> re.Match[str] | None:
    """The article's dateline; a "WORD:" opening counts only when the word is a place
    ("ISLAMABAD:", not "UPDATE:")."""
    for match in _DATELINE.finditer(text, 0, _DATELINE_SPAN):
        if (match.group("colon") is None and match.group("loose") is None) or _filed_at(match) is not None:
            return match
    # "September 25, 2001, Berlin" on a line of its own: kept when the place is a known city
    return next((match for match in date_then_place_lines(text, _DATELINE_SPAN) if _filed_at(match) is not None), None)


def dateline(text: str) -> Unit | None:
    """The place of a wire dateline at the start of a paragraph, as a place unit."""
    match = dateline_match(text)
    return None if match is None else _filed_at(match)


def _filed_at(match: re.Match[str]) -> Unit | None:
    name = match.group(1).strip().title()
    venue = _venues_by_name().get(name.lower())
    if venue is not None:
        return Unit(match.start(1), match.end(1), name, place=venue, place_country=venue.country)
    place = gazetteer.city(name)
    if place is not None:
        return Unit(match.start(1), match.end(1), name, place=place, place_country=place.country)
    # "OHRID, North Macedonia, March 19 -": a town not listed is still in the country named
    code = _country_codes().get((match.group(2) or "").strip().lower())
    return Unit(match.start(2), match.end(2), match.group(2), place_country=code) if code else None


@lru_cache(maxsize=1)
def _country_codes() -> dict[str, str]:
    """Every country by its lower-case name and aliases (a name two share, as "Congo", is the
    first's, as in the extractor's lexicon)."""
    codes: dict[str, str] = {}
    for code, country in gazetteer.countries().items():
        if not country.is_group:
            for alias in (country.name, *country.aliases):
                codes.setdefault(alias.lower(), code)
    return codes


@lru_cache(maxsize=1)
def _venues_by_name() -> dict[str, gazetteer.Place]:
    """Every venue by its lower-case name and aliases (the first venue listed wins a name)."""
    found: dict[str, gazetteer.Place] = {}
    for venue in gazetteer.venues():
        for alias in (venue.name, *venue.aliases):
            found.setdefault(alias.lower(), venue)
    return found


def without_dateline_date(match: re.Match[str] | None, sentence_start: int, sentence: str) -> str:
    """The sentence with the date of the article's dateline (``match``, found once) blanked out
    when the sentence opens with it: "TOKYO, Oct. 4 -" says when the report was filed, not
    when what it reports happened (offsets are kept)."""
    if match is None or not sentence_start <= match.start() < sentence_start + len(sentence):
        return sentence
    cut = match.end() - sentence_start
    return " " * cut + sentence[cut:]


# How many sentences that told events after talks "they" and "the leaders" may stand for their
# sides (sentences whose triggers told nothing do not count: "The summit marked thirty years of ties").
_GATHERING_SENTENCES: Final = 3
# Publication dates that relative dates ("last month", "next year") can count from.
_CALENDAR: Final = (date(2, 1, 1), date(9998, 12, 31))


def extract_events(text: str, published: date | None = None, calibrate: bool = True,
                   headline: str = "", month: date | None = None) -> list[ExtractedEvent]:
    """All events an article reports, each once, with every sentence that supports it.

    Pure: the same text and publication date always give the same events. ``calibrate=False``
    keeps the raw rule scores (for fitting the confidence model and its calibration table).
    ``headline`` is read before the text, and a live blog's entries oldest first (see
    reading.py); evidence offsets point into ``text`` all the same. ``month``: the month a page
    with no publication date was written in, as its address says (its first day).
    """
    if published is not None and not _CALENDAR[0] <= published <= _CALENDAR[1]:
        published = None  # relative dates count from it, and would run off the calendar's ends
    headline_end = first_line_end(text)
    entries = newest_first_entries(text)  # found by their time stamps, before those are blanked
    text = without_furniture(text)  # bylines, captions, related headlines: not the story
    reading = reading_of(text, headline, entries)
    text = reading.text
    lex = lexicon()
    held_forces = lex.word_classes.get("force", frozenset())
    censure_words = lex.word_classes.get("censure", frozenset())
    folded = fold(text)
    filed_on = dateline_match(folded)
    led_on = date_first_dateline(folded) if filed_on is None else None  # "July 19--The minister ..."
    published = filed_day(led_on, published)
    # A page with no publication date counts from the latest day its text states, and its
    # events dated by that day say so (basis "latest", not "published").
    stand_in = published is None and (published := latest_stated_day(folded)) is not None
    # The address's month, when the text states no day in it: the latest day is history then.
    if month is not None and (published is None or stand_in and (published.year, published.month)
                              != (month.year, month.month)):
        published, stand_in = month_end(month.year, month.month), True
    else:
        month = None
    matches = find_matches(lex, folded)
    memory = ArticleMemory(published=published, codes_seen_strong=strong_codes(matches))
    chunker = ActorChunker(memory, lex)
    # the place from the same match when folding changed nothing (most texts): one scan, not two
    filed_from = dateline(text) if folded is not text else _filed_at(filed_on) if filed_on is not None else None
    issuer = issuer_country(text, filed_from.place_country if filed_from is not None else None)
    memory.filed_country = filed_from.place_country or "" if filed_from is not None else ""
    # The first paragraph break after the dateline: the sentences before it are filed from there.
    dateline_end = folded.find("\n\n", filed_from.start) if filed_from is not None else -1
    if filed_on is not None and dateline_end >= 0 and not folded[filed_on.end():dateline_end].strip():
        dateline_end = folded.find("\n\n", dateline_end + 2)  # a dateline on a line of its own heads the next paragraph
    found: list[ExtractedEvent] = []
    background: list[ExtractedEvent] = []  # dated invasions: told aside, no one's latest dealings
    anniversaries: list[ExtractedEvent] = []  # relations established, counted back from an anniversary
    narrative_year: int | None = None
    narrative_month: int | None = None  # the month the story was last told in ("June 2018")
    group: tuple[str, ...] | None = None  # the latest list of three or more countries
    gathering: list[ExtractedEvent] = []  # the latest talks, whose sides "they" may stand for
    owned_acts: dict[str, str] = {}  # "Russia's invasion": the doers of acts named
    deal_sides: list[tuple[str, str]] = []  # "its pact with Japan": the sides of deals named
    deal_words = lex.word_classes.get("agreement", frozenset())
    gathering_sides: tuple[str, ...] | None = None
    gathering_left = 0
    several = False  # whether a gathering (or group) of three or more countries was told so far
    several_here = False  # ... in the paragraph so far
    speakers: tuple[str, ...] | None = None  # who acted in the sentence right before
    owner: str | None = None  # the country the sentence right before opened with ("Its ministry said")
    previous_end = 0
    previous_place: Unit | None = None  # the place the sentence before named
    venue, thread = GatheringVenue(), PairThread()  # thread: the pairs of the events found so far
    hosted = HostedGathering()  # the latest gathering told hosted ("Modi hosted the summit")
    deal_list = DealList()  # the signing a list of deals follows ("the following documents were exchanged:")
    gathering_words = lex.word_classes.get("gathering", frozenset())
    paragraph: list[SentenceDates] = []  # the dates of the paragraph's earlier sentences
    opening = opening_span(folded)
    opening_dates: list[SentenceDates] = []  # the dates of the opening's sentences
    story_dates: list[SentenceDates] = []  # the dates of every sentence
    scene: date | None = None  # the day the previous paragraph opened on ("On Thursday, ...")
    setting_actors: frozenset[str] = frozenset()
    quote_run = QuoteRun()  # whose quotation a sentence carries on ("X said, "A. B."")
    sentence_spans = split_sentences(folded)
    memory.surnames.update(named_ahead(folded, sentence_spans, matches, lex, memory))  # "Kirchner, Lula sign ..."
    for start, end in sentence_spans:
        if folded.find("\n\n", previous_end, start) >= 0:
            narrative_year = None  # a new paragraph starts from the publication date again
            memory.paragraph_pair = thread.taken_up(memory.last_pair, found)  # back from a side story
            scene = scene_of(paragraph)
            paragraph = []
            several_here = False
        # "the two leaders" after a side deal of states: back to the story's pair
        memory.thread_pair = thread.taken_up(memory.last_pair, found) if memory.states_pair else None
        previous_end = end
        sentence = folded[start:end]
        told = text[start:end]  # the sentence as written: sliced once, read by several rules
        units = members_as_group(chunker.chunk(raw_units(folded, start, end, matches)))  # a group's co-chairs
        units = with_bare_verbs(units, lex.bare_verbs)  # "will tour Egypt": the verb, not the noun
        units = envoys_for_groups(units, sentence, chunker)  # "the bloc's mediator, former Nigerian President X"
        if '"' in sentence:
            units = unquoted_predicates(units)  # 'Lima "condemns the raid"': the subject's own verb
            units = unquoted_nouns(units)  # 'expressed its "firm support" for': the verb's own noun
        drop_unheld(units, held_forces)  # "has" keeps forces only with troops somewhere as its object
        as_name_calling(units, censure_words)  # "called his counterpart a "liar"": no phone call
        if not paragraph:  # the subject of the paragraph's first sentence (its setting, if it tells no event)
            setting_actors = frozenset({next((unit.actor.country for unit in units if unit.actor is not None), "")})
        several_here = several_here or tells_several(sentence)
        several = several or several_here
        if may_list(sentence):  # "the withdrawal of A, B and C ... after the three governments said"
            group = listed_countries(units) or group
        units = with_groups(units, sentence, group, published)
        units, by_gathering = with_gathering(units, gathering_sides if gathering_left > 0 else None, published, gathering)
        host = host_of(venue.place, hosted.host, filed_from, gathering) if several or group is not None else None
        units, by_host = with_host_for_participants(units, sentence, host)
        units = with_speakers(units, speakers)
        speakers = None
        units = with_owner(units, owner)
        if issuer is None and start < HEADER_REACH:  # "Ministry of External Affairs, Government of India"
            issuer = header_issuer(sentence, units)
        units = with_issuer(units, sentence, start, issuer)
        units = with_issuer_offices(units, issuer)
        units = speaker_first(quote_run.read(units))  # "'...,' he said": read as "he said ..."
        owner = opening_country(units)
        place_before, previous_place = previous_place, scene_place(units)
        year_here = narrative_year_of(sentence, published)
        in_lede = filed_from is not None and (dateline_end < 0 or dateline_end + 2 > start)
        venue.note(units, sentence, gathering_words, filed_from if in_lede else None)
        narrative_year = None if back_to_present(sentence) else narrative_year
        story_year = forward_year(narrative_year, narrative_month, sentence, published)
        ctx_owned, owned_acts = owned_acts, owned_acts_in(units, owned_acts)  # the sentence's own, after it
        if not any(unit.actor is None and unit.triggers() for unit in units) and not opens_with_signing(units) \
                and not tells_procedures(sentence) and not tells_invasion(sentence) \
                and not tells_incursion(sentence) and not tells_overflight(sentence):
            # No trigger, no event: the sentence only teaches the chunker its names and pairs
            memory.last_pair = pair_between(sentence, units, memory.last_pair)  # "Tensions between A and B rose."
            deal_list.read(told, start, end, [], False)
            paragraph.append(SentenceDates(without_leading_date(led_on, start, without_dateline_date(filed_on, start, sentence)), published,
                                           story_year, offset=start))
            found.extend(same_acts(told, start, units, paragraph[-1], [], found[-8:], found))  # "B followed suit."
            if opening[0] <= start < opening[1]:
                opening_dates.append(paragraph[-1])
            story_dates.append(paragraph[-1])
            narrative_year, narrative_month = story_moves(sentence, year_here, story_year, narrative_month)
            continue
        dates = SentenceDates(without_leading_date(led_on, start, without_dateline_date(filed_on, start, sentence)), published,
                              story_year, offset=start)
        narrative_year, narrative_month = story_moves(sentence, year_here, story_year, narrative_month)
        ctx = SentenceContext(units=units, frames=SentenceFrames(units, lex), text=told,
                              start=start, end=end, dates=dates,
                              published=published, recent=found,
                              dateline=filed_from if in_lede else None, filed_from=filed_from,
                              last_group=memory.last_group, last_pair=memory.last_pair)
        ctx.deal_sides = deal_sides
        ctx.owned_acts = ctx_owned
        ctx.codes_seen = memory.codes_seen
        ctx.previous_place = place_before
        ctx.hosted = hosted if hosted.host is not None else None
        before = len(found)
        for frame in with_staff_cuts(ctx.frames, frames_of(ctx.frames)):
            if backs_fighters(told, start, frame) or private_trip(ctx.frames.units, frame):
                continue  # "backed the rebels": no words of support; "told its citizens not to travel": no state's trip
            events = bloc_meetings(ctx.frames, frame, events_of(ctx, frame))  # "EU ministers will meet": aimed at none
            found.extend(own_gatherings(ctx.frames, frame, events))  # "hosted a summit": aimed at none
        found.extend(same_acts(ctx.text, start, units, dates, found[before:], found[max(0, before - 8):before],
                               found))
        if by_host:  # "The heads of state signed the declaration": the host's, aimed at none
            found[before:] = as_gathering_act(found[before:], host, venue.place)
        if several_here:  # "They agreed to meet again": the gathering's meeting, not a pair's
            found[before:] = as_gathering_meeting(ctx.text, found[before:], host)
        if "agree" in sentence and len(found) - before > 1:  # "A, B and C agreed to back X": backing of X
            found[before:] = agreed_for_others(units, found[before:])
        background.extend(e for frame in dated_invasion_frames(ctx.frames) for e in events_of(ctx, frame))
        background.extend(e for frame in incursion_frames(ctx.frames) for e in events_of(ctx, frame))
        if tells_overflight(sentence):  # "the missile flew over Japan": the launch's target
            for flight, overflown in overflights(ctx.frames):
                if flight is None:
                    aim_latest_launch(found, units, overflown)
                else:
                    background.extend(events_of(ctx, flight))
        anniversaries.extend(anniversary_events(ctx))  # "marked 45 years of diplomatic relations"
        if "ost" in sentence or "onven" in sentence:  # "hosted", "Hosting", "convened"
            hosted.note(ctx.frames)
        if len(found) > before:
            found[before:] = without_drill_deployments(with_summit_purpose(with_visit_kind(units, with_deployment_ends(
                with_ellipsis(units, with_shared_aims(found[before:]))))))
        if len(found) > before:
            gathering_left -= 1
            found.extend(deals_not_reached(units, lex.word_classes.get("outcome", frozenset()), found[before:]))
            found.extend(restored_later(ctx.text, found[before:]))  # "broke off ties ... and restored them"
            found.extend(trip_signings(ctx.text, found[before:]))  # "signed during the visit"
            found.extend(joined_protests(ctx.text, found[before:]))  # "condemned it and recalled its envoy"
            found.extend(requested_acts(units, found[before:]))  # "at the request of X": an appeal by X
            # "in protest at Qatar's interference": the earlier act goes first, so the measure stays the latest dealing
            if names_a_cause(lower_case(sentence)):
                found[before:before] = protest_causes(units, found[before:])
            found[before:] = answered_in_kind(ctx.text, found[before:], found[max(0, before - 8):before])
            with_paragraph_date(found[before:], paragraph, published)
            venue.place_sideline_events(found[before:], sentence)
        paragraph.append(dates)
        if opening[0] <= start < opening[1]:
            opening_dates.append(dates)
        story_dates.append(dates)
        new_deal_sides = deal_sides_in(units, deal_words) if "with" in sentence or "WITH" in sentence else None
        if new_deal_sides:
            deal_sides = deal_sides + new_deal_sides  # a new list: the context holds the old one
        speakers = tuple(dict.fromkeys(e.actor_country for e in found[before:]
                                       if e.actor_country)) or None
        memory.last_pair = pair_between(sentence, units, memory.last_pair)
        if len(found) > before:
            if told_on_the_same_day(sentence):
                date_as_before(found[before:], found[:before], paragraph, folded)
            elif by_gathering and gathering_sides is not None:  # "They agreed": at those talks
                date_as_before([e for e in found[before:] if e.actor_country in gathering_sides], gathering)
            else:
                with_previous_day(found[before:], found[:before], paragraph, setting_actors)
                with_scene_day(found[before:], found[:before], paragraph, scene)
            setters = pair_setters(units, found[before:], memory.last_pair)
            pair = latest_pair(found[:before] + setters, published) if may_change_pair(setters) else None
            memory.remarks_pair = only_pair(found) if memory.last_pair is None and pair is None else None
            if pair is not None and (memory.last_pair is None or {pair[0].country, pair[1].country}
                                     != {memory.last_pair[0].country, memory.last_pair[1].country}):
                memory.last_pair = pair  # the same two sides keep the order the text first gave them
            memory.paragraph_pair = None if pair is not None else memory.paragraph_pair
            if pair is not None:
                memory.states_pair = pair_of_states(found[:before] + setters, published)
            sides = gathering_of(found[before:])
            if sides is not None:
                gathering, gathering_sides, gathering_left = found[before:], sides, _GATHERING_SENTENCES
        found.extend(ratifications_ahead(told, start, end, found[:before], found[before:]))
        names_deal = any(spec.event_type == "agreement" for unit in units if unit.actor is None for spec in unit.triggers())
        found.extend(deal_list.read(told, start, end, found[before:], names_deal))
    # dated invasions last; "met in May and June": a meeting in each month
    found = with_counted_rounds(with_paired_dates(found + background + untold_anniversaries(anniversaries, found + background)))  # "met twice": one per round
    found = with_own_sanction_targets(found)  # "the EU's embargo took effect": on whom the EU's others fall
    with_counted_dates(found, folded, published)
    if month is not None and published is not None:  # before merging: a month holds its days
        in_month(found, month, published)
    events = with_meeting_places(with_visit_places(with_implied_visits(merge_within_article(found, first_line_end(text)))))
    with_story_day(events, opening, published, opening_dates, folded, story_dates)
    events = called_off_trips(events, folded, text, sentence_spans, published)  # "the trip was postponed"
    reading.back_to_text(events)
    if stand_in:
        for event in events:
            if event.date_basis == "published":
                event.date_basis = "latest"
    if calibrate:
        shares = country_shares(events)
        for event in events:
            event.confidence = calibrated(model_score(event, headline_end, shares))
    return events
