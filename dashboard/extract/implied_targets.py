"""Whom an event is aimed at when its sentence names nobody: the sides of events told before.

"Condemned the launch" aims at whoever launched, "hailed the meeting" at its sides, "raised the
issue" at the speaker's counterpart in the latest talks, "urged restraint" at both sides of the
latest clash, a ratification of no named country at the latest pact's sides.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor
from dashboard.extract.context import SentenceContext
from dashboard.extract.frame import Frame
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Actor

# Events whose two sides act together: a reaction to one is aimed at both.
_TWO_SIDED: Final = frozenset({"meeting", "agreement"})
# What was not done is no act to react to.
_NOT_DONE: Final = frozenset({"hypothetical", "negated"})


def counterparts(ctx: SentenceContext, event_type: str, actors: list[Actor]) -> list[Actor]:
    """"hailed the meeting", "condemned the launch": the other side of the most recent event of
    that type (its actor, when the speaker is its target or it has none); both sides of a
    meeting or an agreement the speaker was not part of."""
    own = {actor.country for actor in actors}
    day = event_type[1:] if event_type[:1] == "*" else ""
    for event in reversed(ctx.recent):
        # "welcomed the letter", "condemned the recognition": what was said counts too ("said")
        wanted = event_type == "said" or (event.event_type != "statement" if event_type[:1] == "*"
                                          else event.event_type == event_type)
        if day and not _told_on(event, day):
            continue  # "criticised Monday's decision": an act of that day
        if not wanted or not event.actor_country or (event.event_type == "visit" and not event.target_country):
            continue  # a visit to nowhere ("the distance flown") is no event to point back at
        if event_type != "said" and event.modality in _NOT_DONE:
            continue  # "welcomed the vote": an act done, not a sale that may come or a visit denied
        event = _original_of(ctx.recent, event)
        if event.event_type in _TWO_SIDED and not event.target_country:
            # "Tsai met McCarthy" with McCarthy unknown: the same talks told before with both sides
            event = next((earlier for earlier in ctx.recent if earlier.event_type == event.event_type
                          and earlier.actor_country == event.actor_country and earlier.target_country), event)
        sides: list[str | None]
        if event.event_type in _TWO_SIDED:
            sides = _sides_of_gathering(ctx.recent, event)
        else:
            sides = [event.actor_country]  # "condemned the launch": whoever launched, not where it fell
        others = [code for code in dict.fromkeys(sides) if code and code not in own]
        if not others and event.event_type == "visit" and event_type[:1] == "*":
            continue  # "Ugandan officials welcomed the move" after a trip of their own: an earlier act
        if event.event_mode == "sign" and len(others) > 1 and own & set(sides):
            return []  # a side hailing its own pact of many ("a beacon of hope") aims at none of the others
        return [Actor(name=gazetteer.country_name(code), country=code, role="government",
                      kind="state", explicit=False) for code in others]
    if event_type[:1] == "*" and not day:  # "Moldova told Russia to cut its staff ... Moscow described the
        # move as hostile": with no act told, what was said to the speaker
        return repliers(ctx, actors) or pair_other(ctx, actors)
    # "called the strike a violation" of an act no rule read: the speaker's other side in the latest pair
    return pair_other(ctx, actors) if event_type != "said" and not day else []


def pair_other(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """The speaker's other side in the latest event between its country and one other (a
    statement too: "Russia summoned Britain's envoy ... Zakharova called the episode a provocation")."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        sides = {event.actor_country, event.target_country}
        if None not in sides and len(sides) == 2 and own & sides:
            return [state_actor(code) for code in sides - own if code][:1]
    return []


def _told_on(event: ExtractedEvent, day: str) -> bool:
    """Whether the event is dated to that weekday."""
    return event.date_precision == "day" and event.date_start is not None \
        and event.date_start.strftime("%A").lower() == day


def _original_of(recent: list[ExtractedEvent], event: ExtractedEvent) -> ExtractedEvent:
    """"Nauru cut ties with Taiwan; Taiwan ended relations with Nauru. China welcomed the
    decision": an act answered in kind by its target is the decision the reaction judges, not
    the answer to it."""
    if event.event_type in _TWO_SIDED or not event.target_country:
        return event
    original = event
    for earlier in recent:
        if earlier is event:
            break
        if (earlier.event_type == event.event_type and earlier.event_mode == event.event_mode
                and earlier.actor_country == event.target_country and earlier.target_country == event.actor_country):
            original = earlier
    return original


def addressee(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"Scholz also raised Xinjiang": what is said to nobody named is said to the other side of
    the latest event the speaker's country took part in with one other country, or to whoever
    last spoke of it."""
    own = {actor.country for actor in actors}

    def other_sides(event: ExtractedEvent) -> list[str]:
        if not event.actor_country or not event.target_country:
            return []
        if event.event_type == "statement" and event.target_country not in own:
            return []
        if event.event_mode == "mediation" and event.target_country in own and event.actor_country not in own:
            return _mediated_with(ctx.recent, event, own)  # a mediator is no side: the one across the table
        sides = {event.actor_country, event.target_country}
        return sorted(sides - own) if sides & own else []

    return _latest_sentence_codes(ctx, other_sides)


def _mediated_with(recent: list[ExtractedEvent], mediation: ExtractedEvent, own: set[str]) -> list[str]:
    """"The accord, brokered by the US ... Lapid said": the other sides the mediator brought to
    the speaker's side in the same sentence."""
    start = mediation.evidence[0].char_start if mediation.evidence else None
    return [event.target_country for event in recent
            if event.event_mode == "mediation" and event.actor_country == mediation.actor_country
            and event.target_country and event.target_country not in own
            and event.evidence and event.evidence[0].char_start == start]


def acted_on_here(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"France expelled 35 Russian diplomats, saying their work ran against French interests": a
    participle of speech gives the reason for what the main clause's actor did, so it is aimed at
    whoever that act, told earlier in the same sentence, was aimed at (not an act refused:
    "refused to meet X, saying ..." is the refusal itself)."""
    own = {actor.country for actor in actors}
    codes: list[str] = []
    for event in reversed(ctx.recent):
        if not event.evidence or event.evidence[0].char_start != ctx.start:
            break  # the sentence's own events come last
        if event.event_type != "statement" and event.modality != "negated" and event.actor_country in own \
                and event.target_country and event.target_country not in own:
            codes.insert(0, event.target_country)
    return [state_actor(code) for code in dict.fromkeys(codes)]


def repliers(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"Algiers rejected the case": a rejection of nobody named answers whoever last acted on or
    spoke against the speaker's country."""
    own = {actor.country for actor in actors}

    def acted_on_speaker(event: ExtractedEvent) -> list[str]:
        if event.target_country in own and event.actor_country and event.actor_country not in own:
            return [event.actor_country]
        return []

    return _latest_sentence_codes(ctx, acted_on_speaker)


def accusers(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"The US and South Korea accused Pyongyang of ... Both governments deny it": a denial aimed
    at nobody named answers whoever last accused the speaker's side."""
    return _statements_by_others(ctx, actors, frozenset({"accusation"}), aimed_at_speaker=True)


# What a rejection's object calls the thing rejected, and the statements that would have made it.
_AUTHORED_BY: Final = (("charge", frozenset({"accusation"})), ("proposal", frozenset({"appeal", "demand"})))


def maker_named(ctx: SentenceContext, frame: Frame) -> list[Actor]:
    """"rejected a call by Belarus for aid": a rejection is aimed at the maker the sentence names
    (see ``_made_by``)."""
    classes = ctx.frames.lexicon.word_classes
    maker = _made_by(ctx, frame.trigger_index + 1, classes.get("proposal", frozenset()) | classes.get("charge", frozenset()))
    return [maker] if maker is not None else []


def authors(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """"China dismissed the warrant", "Kyiv rejected the proposal": a rejection of a charge or an
    offer the article told of is aimed at whoever made it (after ``maker_named`` found none)."""
    k = frame.trigger_index + 1
    classes = ctx.frames.lexicon.word_classes
    while k < len(ctx.units) and ctx.units[k].low in ("the", "this", "that", "these", "those", "its", "their"):
        k += 1
    if k >= len(ctx.units) or k == frame.trigger_index + 1:
        return []
    noun = ctx.units[k].low
    modes = next((modes for name, modes in _AUTHORED_BY if noun in classes.get(name, frozenset())), None)
    if modes is None:
        return []
    return _statements_by_others(ctx, actors, modes, aimed_at_speaker=False)


def _made_by(ctx: SentenceContext, k: int, proposals: frozenset[str]) -> Actor | None:
    """"rejected a call by Belarus for aid", "dismissed the accusations by Israel": the country
    whose call, offer, proposal or charge it was, named after "by" or "from" right after the noun."""
    for j in range(k, min(len(ctx.units) - 2, k + 4)):
        if ctx.units[j].low in proposals:
            if ctx.units[j + 1].low not in ("by", "from"):
                return None
            m = j + 3 if ctx.units[j + 2].low == "the" and j + 3 < len(ctx.units) else j + 2
            actor = ctx.units[m].actor
            return state_actor(actor.country) if actor is not None and actor.country else None
    return None


def _statements_by_others(ctx: SentenceContext, actors: list[Actor], modes: frozenset[str],
                          aimed_at_speaker: bool) -> list[Actor]:
    """The makers of the latest statements of these modes by a side other than ``actors``
    (only those aimed at ``actors``' side when ``aimed_at_speaker``)."""
    own = {actor.country for actor in actors}

    def made_it(event: ExtractedEvent) -> list[str]:
        if (event.event_type == "statement" and event.event_mode in modes
                and event.actor_country and event.actor_country not in own
                and (not aimed_at_speaker or event.target_country in own)):
            return [event.actor_country]
        return []

    return _latest_sentence_codes(ctx, made_it)


def _latest_sentence_codes(ctx: SentenceContext, codes_of: Callable[[ExtractedEvent], list[str]]) -> list[Actor]:
    """The first country ``codes_of`` finds among the events of the type and sentence of the
    latest earlier event it finds any in: "Riyadh, Abu Dhabi and Manama accused Doha ... Qatar
    rejected the accusations" answers the first-named accuser (one row per speaker, aimed at the
    first of several)."""
    latest = next((event for event in reversed(ctx.recent) if codes_of(event)), None)
    if latest is None:
        return []
    sentence = latest.evidence[0].char_start if latest.evidence else None
    codes = [code for event in ctx.recent
             if event.event_type == latest.event_type and event.evidence and event.evidence[0].char_start == sentence
             for code in codes_of(event)]
    return [state_actor(code) for code in codes[:1]]


def parties(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"China urged restraint": both sides of the latest event between two other countries, else
    of the article's pair ("Tensions between A and B have risen. China urged restraint")."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        sides = [event.actor_country, event.target_country]
        if event.event_type != "statement" and sides[0] and sides[1] and sides[0] != sides[1]:
            return [state_actor(code) for code in sides if code] if not own & set(sides) else []
    if ctx.last_pair is not None and not own & {side.country for side in ctx.last_pair}:
        return [state_actor(side.country) for side in ctx.last_pair]
    return []


def launcher(ctx: SentenceContext, actors: list[Actor], answering: str = "exercise") -> list[Actor]:
    """Who carried out the latest missile test told before this sentence, when not one of ``actors``;
    forces sent to respond answer any military act ("sent forces to respond" to drills)."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        if (event.event_mode == "missile_test" or answering == "deployment" and event.event_type == "military") \
                and event.actor_country and event.evidence \
                and event.evidence[0].char_start < ctx.start:
            return [state_actor(event.actor_country)] if event.actor_country not in own else []
    return []


def bid_owner(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """Whom a ratification of "its bid" is aimed at: the country the sentence named before it."""
    own = {actor.country for actor in actors}
    after = frame.trigger_index + 1
    if after < len(ctx.units) and ctx.units[after].low in ("its", "their"):
        for unit in ctx.units[:frame.trigger_index]:
            if unit.actor is not None and unit.actor.kind == "state" and unit.actor.country not in own:
                return [unit.actor]
    return []


def ratified(ctx: SentenceContext) -> list[Actor]:
    """Whom a ratification of no named country is aimed at (after ``bid_owner`` found none):
    "ratified the accession", "it must be ratified by X" of the latest pact: the one joining,
    or the sides of a treaty."""
    for event in reversed(ctx.recent):
        if event.event_type != "agreement" or event.event_mode in ("withdraw", "ratify") or not event.actor_country:
            continue
        sides: list[str | None] = [event.actor_country]
        if event.event_mode != "join":
            sides.append(event.target_country)
        return [state_actor(code) for code in sides if code]
    return []


def deal_named_sides(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """Whom leaving a deal that names no side is aimed at, when the sentence names them in
    another role: those who "brokered" or "drafted" it ("the arrangement brokered by Turkey and
    the UN"), or whom its leaver accuses (``_accused_after``)."""
    own = {actor.country for actor in actors}
    units = ctx.units
    agents = ctx.frames.lexicon.word_classes.get("agent_suffix", frozenset())
    for k in range(frame.trigger_index + 1, min(len(units) - 1, frame.trigger_index + 16)):
        if units[k].text in ".;" or units[k].low in ("said", "and said"):
            break
        if units[k].low in agents and units[k + 1].low == "by":
            found, _ = ctx.frames.object_actors(k, ("by",))
            sides = [unit.actor for unit in (units[j] for j in found)
                     if unit.actor is not None and unit.actor.country and unit.actor.country not in own]
            if sides:
                return sides
    accused = _accused_after(ctx, frame.trigger_index, own)
    return [accused] if accused is not None else []


def sides_of_deal(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """Whom leaving a deal that names no side is aimed at (after ``deal_named_sides`` found none):
    the other sides of the latest deal the actor was told to make or leave ("Russia suspended
    its participation")."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        if event.event_type == "agreement" and event.actor_country in own and event.target_country not in own:
            first = event.evidence[0].char_start if event.evidence else None
            codes = [e.target_country for e in ctx.recent if e.event_type == "agreement" and e.actor_country in own
                     and e.evidence and e.evidence[0].char_start == first and e.target_country not in own]
            return [state_actor(code) for code in dict.fromkeys(codes) if code]
    partners = [partner for owner, partner in ctx.deal_sides if owner in own and partner not in own]
    return [state_actor(code) for code in dict.fromkeys(partners)]


def _accused_after(ctx: SentenceContext, index: int, own: set[str]) -> Actor | None:
    """"withdrew from the treaty in 2019, accusing Russia of cheating": the side its leaver
    accuses or blames in a participle right after is the deal's other side."""
    units = ctx.units
    for k in range(index + 1, len(units) - 1):
        if units[k].text in ".;":
            break
        if units[k].low.endswith("ing") and units[k - 1].text == "," and any(
                spec.event_mode == "accusation" and spec.pos == "verb" for spec in units[k].triggers()):
            actor = units[k + 1].actor
            if actor is not None and actor.kind == "state" and actor.country and actor.country not in own:
                return actor
            return None
    return None


def reporter_before(ctx: SentenceContext, frame: Frame, actors: list[Actor]) -> list[Actor]:
    """Whoever reports the event, when that is another country: "Ruto said Tanzania had agreed to
    open the border" (a side that agreed with nobody named agreed with Kenya), "Western governments
    say ..., something Bamako denies" (a denial of nobody named answers the West)."""
    own = {actor.country for actor in actors}
    for k in range(frame.trigger_index - 1, -1, -1):
        unit = ctx.units[k]
        if any(spec.pos == "report" for spec in unit.triggers()):
            if unit.low.startswith("and ") or (k > 0 and ctx.units[k - 1].low == "and"):
                # "Ruto announced aid ... and said": the sentence's subject speaks
                first = next((j for j in range(k) if ctx.units[j].actor is not None), None)
                speakers = [ctx.units[first].actor] if first is not None else []
            else:
                speakers = [ctx.units[j].actor for j in ctx.frames.subject(k)]
            return [actor for actor in speakers if actor is not None and actor.country and actor.country not in own]
    for k in range(frame.trigger_index + 2, len(ctx.units)):
        # "Tanzania agreed to open the border, Ruto said"
        if ctx.units[k - 1].text == "," or ctx.units[k - 1].actor is None:
            continue
        comma = k - 3 if ctx.units[k - 2].low == "the" else k - 2  # ", the White House said"
        if comma >= 0 and any(spec.pos == "report" for spec in ctx.units[k].triggers()) and ctx.units[comma].text == ",":
            speaker = ctx.units[k - 1].actor
            if speaker is not None and speaker.country and speaker.country not in own:
                return [speaker]
    return []


def sanctioned_before(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"Britain announced sanctions against Gazprom Neft", "froze the assets of six officials":
    measures on companies or people the text gives no country for hit the country the article's
    latest sanctions hit."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        if event.event_type == "sanction" and event.target_country and event.target_country not in own:
            return [state_actor(event.target_country)]
    return []


def priced_package(ctx: SentenceContext, frame: Frame) -> bool:
    """"a new U.S. military aid package worth $1.85 billion": arms told as a noun of a country's
    own, with what they are worth, are a package announced (not "Western weapons deliveries")."""
    if frame.actor_source not in ("modifier", "possessive"):
        return False
    text = ctx.text
    return "$" in text or "\u20ac" in text or "billion" in text or "million" in text


def armed_before(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"The US would provide 31 tanks": arms promised to no one named go to whoever the article's
    latest arms went to, else to the other side of the latest pair ("Zelensky's visit to
    Washington came with a new U.S. military aid package": to Ukraine)."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        if event.event_mode == "arms_transfer" and event.target_country and event.target_country not in own:
            return [state_actor(event.target_country)]
    if ctx.last_pair is not None:
        sides = [side.country for side in ctx.last_pair]
        if own & set(sides):
            return [state_actor(code) for code in sides if code and code not in own][:1]
    return []


def deployed_before(ctx: SentenceContext, actors: list[Actor]) -> list[Actor]:
    """"Jamaica and Benin have pledged personnel", "ruled out sending its own troops": forces sent
    to no one named go where the article's latest forces went."""
    own = {actor.country for actor in actors}
    for event in reversed(ctx.recent):
        if event.event_mode == "deployment" and event.target_country and event.target_country not in own:
            return [state_actor(event.target_country)]
    return []


def like_pair_event(ctx: SentenceContext, event: ExtractedEvent) -> None:
    """"The summit followed ...": a meeting told only as the latest pair's is where and when the
    latest event between those two sides was."""
    if ctx.last_pair is None:
        return
    sides = {ctx.last_pair[0].country, ctx.last_pair[1].country}
    told = [e for e in ctx.recent if {e.actor_country, e.target_country} == sides and e.evidence]
    if not told:
        return
    # the sentence's first such event: an earlier one it recalls ("the first since 2011") comes after
    sentence = told[-1].evidence[0].char_start
    source = next(e for e in told if e.evidence[0].char_start == sentence)
    event.place, event.place_country, event.lat, event.lon = source.place, source.place_country, source.lat, source.lon
    event.geo_precision, event.date_start, event.date_end = source.geo_precision, source.date_start, source.date_end
    event.date_precision, event.date_basis = source.date_precision, source.date_basis


def _sides_of_gathering(recent: list[ExtractedEvent], latest: ExtractedEvent) -> list[str | None]:
    """Every country of the latest meeting or agreement, and of those told in the same sentence
    with the same actor or target: "a summit of A with B and C" is two events but one gathering,
    as "A and B applied to join NATO" is."""
    sentence = latest.evidence[0].char_start if latest.evidence else None
    sides = [latest.actor_country, latest.target_country]
    for event in recent:
        if event.event_type != latest.event_type or not event.evidence or event.evidence[0].char_start != sentence:
            continue
        if event.actor_country == latest.actor_country:
            sides.append(event.target_country)
        elif event.target_country == latest.target_country:
            sides.append(event.actor_country)  # "A and B applied to join NATO": both applied
    return sides
