"""Who acts in one frame and whom it is aimed at, and how that target was found.

The target is the one the grammar gave the trigger ("stated") unless the frame says it was
guessed (``Frame.target_source``); where the grammar gave none, the defaults below stand in,
each naming its basis (a key of ``schema.TARGET_BASIS_MEANING``): the sides of what the article
told before ("told before"), the speaker's latest counterpart ("latest dealings"), the country
where it took place ("place"), or a country the sentence names in another role ("other role").
``build.py`` turns the result into events.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.actor_makers import state_actor, state_of
from dashboard.extract.agreed_to_do import partner_of_pair
from dashboard.extract.aimed_remarks import aimed_at
from dashboard.extract.announced_measures import ANNOUNCED
from dashboard.extract.appositive_replies import appositive_author
from dashboard.extract.article_elimination import target_left_by_article
from dashboard.extract.attendance import attended_the_gathering, host_visited
from dashboard.extract.clause_named import clause_named_other
from dashboard.extract.context import SentenceContext
from dashboard.extract.counterpart_aims import judged_counterpart
from dashboard.extract.crossings import crosses_border, neighbour_across
from dashboard.extract.deal_sides import helped_by_deal
from dashboard.extract.deployment_elimination import deployment_may_take_article_target
from dashboard.extract.elimination import may_take_target_by_elimination
from dashboard.extract.envoy_departures import envoy_at
from dashboard.extract.forces import sent_to_attack, to_own_border
from dashboard.extract.frame import Frame
from dashboard.extract.hosted_gatherings import HOSTED_BEFORE, attended_remotely
from dashboard.extract.implied_targets import (
    accusers,
    acted_on_here,
    addressee,
    armed_before,
    authors,
    bid_owner,
    counterparts,
    deal_named_sides,
    deployed_before,
    launcher,
    maker_named,
    parties,
    priced_package,
    ratified,
    repliers,
    reporter_before,
    sanctioned_before,
    sides_of_deal,
)
from dashboard.extract.included_hearers import included_hearers
from dashboard.extract.joined_sayings import JUDGEMENTS, joined_saying_aim
from dashboard.extract.measures_before import hit_before
from dashboard.extract.meeting_elimination import call_may_take_article_target
from dashboard.extract.named_launches import LAUNCHED, launched_by
from dashboard.extract.neighbour_targets import aimed_at_neighbour, neighbour_aimed_at
from dashboard.extract.owned_acts import owned_act_target
from dashboard.extract.pair_partners import talks_partner, unnamed_side
from dashboard.extract.passive_arms import supplier_before
from dashboard.extract.passive_sanctions import imposer_before
from dashboard.extract.recognition_switches import OTHER_CHINA, partner_left
from dashboard.extract.region_targets import region_named_before, to_the_region
from dashboard.extract.signed_deals import SIGNED_BY_PAIR
from dashboard.extract.story_pair import story_pair
from dashboard.extract.supplied_arms import arms_supplier
from dashboard.extract.target_needs import (
    COUNTERPART_MODES,
    REQUIRES_TARGET,
    TARGETED_STATEMENT_MODES,
)
from dashboard.extract.their_meetings import THEIR_OTHER
from dashboard.extract.units import Actor

# The bases of the defaults (see schema.TARGET_BASIS_MEANING).
TOLD_BEFORE = "told before"
LATEST_DEALINGS = "latest dealings"
PLACE = "place"
OTHER_ROLE = "other role"
ELIMINATION = "elimination"
# Arrivals with no place named, anywhere in a report filed from a place: "who arrived on Friday".
_ARRIVALS: Final = frozenset({"arrive", "land"})


def participants(ctx: SentenceContext, frame: Frame) -> tuple[list[Actor], list[Actor], str] | None:
    """The actors and targets of a (non-reciprocal) frame and the basis of its targets, or None
    when the frame makes no event. The basis is that of the last step that gave the targets;
    it only matters when some remain."""
    spec = frame.spec
    if frame.mode == "arms_transfer" and spec.pos == "verb" and sent_to_attack(ctx.frames, frame.trigger_index):
        return None
    actors = [state_of(ctx.units[k]) for k in frame.actors]
    targets = [target for target in (state_of(ctx.units[k]) for k in frame.targets) if target.country]
    basis = frame.target_source or "stated"
    if spec.event_type == "statement" and spec.pos == "verb" and actors and not frame.passive \
            and (not targets or basis in (ELIMINATION, LATEST_DEALINGS)):
        doer = owned_act_target(ctx.units, frame.trigger_index, ctx.owned_acts, {a.country for a in actors if a.country})
        if doer:  # "condemned the invasion": whoever the article said invaded
            targets, basis = doer, TOLD_BEFORE
    if not actors and frame.passive and spec.object_class == "diplomat" and targets:
        actors = addressee(ctx, targets)  # "Russia's envoy was summoned": by whom Russia last dealt with
    if frame.actor_source == ANNOUNCED and not targets:  # "Biden said new sanctions would follow"
        targets, basis = sanctioned_before(ctx, actors), TOLD_BEFORE
    if not actors and spec.object_class == "envoy_leaving" and (envoy := envoy_at(ctx.frames, frame.trigger_index)) >= 0:
        actors = [state_of(ctx.units[envoy])]  # "diplomats in Kenya were told to come home": their state calls them
    if frame.referenced_type in ("pair", THEIR_OTHER):  # "The summit followed ...": the latest pair's meeting
        if ctx.last_pair is None:
            return None
        actors, targets = [replace(ctx.last_pair[0], explicit=False)], [replace(ctx.last_pair[1], explicit=False)]
        basis = TOLD_BEFORE
    if frame.referenced_type == SIGNED_BY_PAIR:  # "a treaty (with B) signed in 1951": the latest pair's
        sides = [state_actor(side.country) for side in ctx.last_pair or ()]
        if targets:  # the partner named, the other side of the pair
            sides = [side for side in sides if side.country != targets[0].country] if len(sides) == 2 else []
            if len(sides) != 1:
                return None
            actors = sides
        elif len(sides) == 2:
            actors, targets = sides[:1], sides[1:]
        else:
            return None
        basis = TOLD_BEFORE
    if frame.referenced_type == OTHER_CHINA:  # "switched recognition to Beijing": away from Taipei
        targets = partner_left(targets)
    if frame.referenced_type == LAUNCHED:  # "the missile launched on Thursday": by the article's launcher
        actors = launched_by(ctx)
        if not actors:
            return None
    if frame.referenced_type == "hosted" and any(side.country in {a.country for a in actors} for side in ctx.last_pair or ()):
        return None  # "Xi hosted talks" after Putin arrived: the host's own talks, told elsewhere
    if frame.referenced_type in ("sides", "hosted"):  # "hosted talks between the rivals": the latest pair
        countries = {actor.country for actor in actors}
        pair = ctx.last_pair or (story_pair(ctx.recent, countries) if frame.mode == "mediation" else None)
        targets = [replace(side, explicit=False) for side in pair or () if side.country not in countries]
        basis = TOLD_BEFORE
        if not targets:
            return None
    if frame.referenced_type == HOSTED_BEFORE:  # "The summit was attended by A": talks with its host told before
        if ctx.hosted is None or ctx.hosted.host is None:
            return None
        actors = [replace(ctx.hosted.host, explicit=False)]
    if spec.event_type == "visit" and attended_remotely(ctx.frames, frame, ctx.hosted):
        return None  # a summit held by video: nobody travelled
    if frame.actor_source == "joined":  # the countries of an earlier meeting's sides
        actors = [state_actor(actor.country) for actor in actors]
        targets = [state_actor(target.country) for target in targets]
    if frame.target_source == "topic":
        targets = [state_actor(target.country) for target in targets]
    if spec.event_type == "statement" and actors and (not targets or frame.target_source):
        own_codes = {actor.country for actor in actors if actor.country}
        aimed = aimed_at(ctx.frames, frame.trigger_index, own_codes) or (
            included_hearers(ctx.frames, frame.trigger_index, own_codes) if spec.pos == "verb" else [])
        if aimed:  # "..., a remark widely read as aimed at New Delhi", "all sides, including X": whom it names
            targets, basis = [state_of(ctx.units[k]) for k in aimed], "stated"
    if not targets and frame.referenced_type == "response":
        targets, basis = launcher(ctx, actors, frame.mode), TOLD_BEFORE
    elif not targets and frame.referenced_type in ("main", "named", "addressee"):
        # the side acted on in this sentence, else (a named reference, a saying) the latest counterpart
        if frame.referenced_type != "addressee":
            targets, basis = acted_on_here(ctx, actors), TOLD_BEFORE
        if not targets and frame.referenced_type != "main":
            targets, basis = addressee(ctx, actors), LATEST_DEALINGS
        if not targets and spec.pos == "report" and frame.mode != "comment":
            targets, basis = clause_named_other(ctx, frame.trigger_index, {actor.country for actor in actors},
                                                frame.mode), ELIMINATION
        if not targets and actors and aimed_at_neighbour(ctx.frames, frame):  # "accused its neighbour of"
            targets, basis = neighbour_aimed_at(ctx, actors), OTHER_ROLE
        if not targets:
            return None
    elif not targets and frame.referenced_type:
        targets, basis = counterparts(ctx, frame.referenced_type, actors), TOLD_BEFORE
        if not targets and spec.pos == "report":
            return None  # "said the decision was wrong" of no event told before: no statement
    if not targets and actors and spec.event_type != "statement" and aimed_at_neighbour(ctx.frames, frame):
        # "an embargo on its neighbour" (a saying's neighbour comes after its addressee, above)
        targets, basis = neighbour_aimed_at(ctx, actors), OTHER_ROLE
    if not targets and spec.event_type == "sanction" and actors and (spec.pos == "verb" or frame.support_index is not None):
        targets, basis = sanctioned_before(ctx, actors), TOLD_BEFORE
    if not targets and frame.mode == "arms_transfer" and actors and (
            spec.pos == "verb" or frame.support_index is not None or priced_package(ctx, frame)):
        targets, basis = armed_before(ctx, actors), TOLD_BEFORE
    if not targets and frame.mode == "deployment" and actors and spec.pos == "verb" \
            and crosses_border(ctx.frames, frame.trigger_index, frame.actors[0] if frame.actors else frame.trigger_index):
        targets, basis = neighbour_across(ctx, actors), OTHER_ROLE  # "sent troops across the border": into the neighbour
    if not targets and frame.mode == "deployment" and actors and spec.pos == "verb" \
            and to_the_region(ctx.frames, frame.trigger_index):  # "sent troops to the region": the one named before
        targets, basis = region_named_before(ctx, frame.trigger_index, actors), TOLD_BEFORE
    if not targets and frame.mode == "deployment" and actors and spec.pos == "verb" and spec.object_class != "force_away" \
            and not to_own_border(ctx.frames, frame.trigger_index):  # troops kept at home are sent at no one
        targets, basis = deployed_before(ctx, actors), TOLD_BEFORE
    if not targets and frame.mode == "ratify":
        targets, basis = bid_owner(ctx, frame, actors), OTHER_ROLE
        if not targets:
            targets, basis = ratified(ctx), TOLD_BEFORE
    if not targets and spec.event_type == "agreement" and (
            frame.mode == "withdraw" or (frame.mode == "join" and spec.object_class == "agreement")):
        # leaving a deal, or returning to it, is aimed at its other sides
        targets, basis = deal_named_sides(ctx, frame, actors), OTHER_ROLE
        if not targets:
            targets, basis = sides_of_deal(ctx, actors), TOLD_BEFORE
    if not targets and frame.mode == "agree" and spec.event_type == "agreement" and spec.pos == "verb":
        targets, basis = reporter_before(ctx, frame, actors), OTHER_ROLE
        if not targets:  # "Kenya also agreed to reopen the border" after its talks with Ghana
            targets, basis = partner_of_pair(ctx, frame, actors), TOLD_BEFORE
    if not targets and spec.event_type == "agreement" and (frame.mode == "sign" or (frame.mode == "agree" and spec.pos == "noun")):
        helped = helped_by_deal(ctx.units, frame.trigger_index, {actor.country for actor in actors if actor.country})
        targets, basis = helped, OTHER_ROLE
    if not targets and frame.mode == "join" and ctx.last_group:
        targets, basis = [state_actor(ctx.last_group)], TOLD_BEFORE  # "Finland joined in April": the group in question
    # "Putin did not attend the meeting" in the lede of a report filed from Johannesburg, or
    # "Putin's visit" anywhere in a report filed from Pyongyang: the visit is to where it was filed.
    # A summit attended, with no venue named, is the one the report was filed from.
    scene = ctx.previous_place if frame.mode == "summit" and attended_the_gathering(ctx.units, frame.trigger_index) else None
    filed = ctx.dateline or scene or (ctx.filed_from if spec.pos == "noun" or frame.mode == "summit"
                                     or spec.phrase in _ARRIVALS else None)
    if (spec.event_type == "visit" and not targets and filed is not None and actors
            and all(actor.country and actor.country != filed.place_country for actor in actors)):
        targets, basis = [state_actor(filed.place_country)], PLACE
        frame.destination = filed
    host = host_visited(ctx.hosted) if scene is None and filed is None and frame.mode == "summit" \
        and attended_the_gathering(ctx.units, frame.trigger_index) else None
    if (spec.event_type == "visit" and not targets and host is not None and actors
            and all(actor.country and actor.country != host.country for actor in actors)):
        targets, basis = [state_actor(host.country)], PLACE  # "A attended the summit": X had hosted it
        frame.destination = ctx.hosted.venue if ctx.hosted is not None else None
    if not targets and spec.event_type == "meeting" and frame.mode == "talks" and len(actors) == 1:
        targets, basis = _hosts_of_talks(ctx, frame, actors[0]), PLACE
    if not targets and spec.event_type == "meeting" and actors and not frame.referenced_type:
        targets, basis = talks_partner(ctx, frame, actors), TOLD_BEFORE  # "after talks on the border failed"
    if targets and spec.event_type == "meeting" and not frame.referenced_type and not any(a.country for a in actors):
        actors = unnamed_side(ctx, frame, actors, targets) or actors  # "the premier had met Amir-Abdollahian"
    if not actors and targets and spec.event_type == "sanction":
        actors = imposer_before(ctx, frame, targets)
    if not actors and targets and frame.mode == "arms_transfer":
        actors = supplier_before(ctx, frame, targets)  # "tanks will be delivered to Ukraine": by their latest supplier
    own = {actor.country for actor in actors}
    targets = [target for target in targets if target.country not in own or spec.event_type in REQUIRES_TARGET]
    if not targets and spec.frame == "addressed" and actors:
        targets, basis = addressee(ctx, actors), LATEST_DEALINGS
        if not targets:
            return None  # an issue raised with nobody known: nothing to code
    if spec.event_type == "statement" and actors and (not targets or frame.target_source == "elimination"):
        answered = appositive_author(ctx.frames, frame.trigger_index, {code for code in own if code})
        if answered:  # "..., a suggestion that Beijing has dismissed": whoever made it
            targets, basis = [state_of(ctx.units[k]) for k in answered], OTHER_ROLE
        supplier = [] if answered else arms_supplier(ctx, frame.trigger_index, frame.mode, {code for code in own if code})
        if supplier:  # "warned that Patriot systems sent to Ukraine would be targets": at who sent them
            targets, basis = supplier, TOLD_BEFORE
    if not targets and spec.frame == "reply" and actors:
        targets, basis = maker_named(ctx, frame), OTHER_ROLE  # "rejected a call by X"
        if not targets:
            targets, basis = authors(ctx, frame, actors) or repliers(ctx, actors), TOLD_BEFORE
    if not targets and frame.mode == "denial" and actors:
        targets, basis = accusers(ctx, actors), TOLD_BEFORE
        if not targets:  # "Western governments say ..., something Bamako denies": what its reporter says
            targets, basis = reporter_before(ctx, frame, actors), OTHER_ROLE
    if not targets and spec.frame == "parties" and actors:
        targets, basis = parties(ctx, actors), TOLD_BEFORE
    if not targets and (may_take_target_by_elimination(frame) or call_may_take_article_target(frame, actors)
                        or deployment_may_take_article_target(ctx.frames, frame, actors)):
        settings = ctx.frames.lexicon.word_classes.get("setting", frozenset())
        targets, basis = target_left_by_article(ctx.units, frame, actors, ctx.codes_seen, settings), ELIMINATION
    if not targets and spec.event_type == "relations" and actors:  # "Spain will expel two diplomats"
        targets, basis = hit_before(ctx, frame, actors), TOLD_BEFORE
    if not targets and frame.mode in COUNTERPART_MODES and actors and not frame.referenced_type \
            and (spec.pos == "verb" or frame.mode == "sympathy"):  # "La Paz accused the visitors of ..."
        targets, basis = judged_counterpart(ctx, actors, frame.mode), LATEST_DEALINGS
    if not targets and frame.mode in JUDGEMENTS and spec.pos == "verb" and actors:
        joined = joined_saying_aim(ctx.frames, frame)  # "condemned the violence and urged Belgrade to ..."
        targets, basis = [state_of(ctx.units[k]) for k in joined], OTHER_ROLE
    if not targets and frame.mode in TARGETED_STATEMENT_MODES:
        return None  # "welcoming banners", "praised the weather": praise of nobody is no event
    return actors, targets, basis


def _hosts_of_talks(ctx: SentenceContext, frame: Frame, actor: Actor) -> list[Actor]:
    """"Modi held talks in Warsaw": talks with nobody named, right before a foreign city or
    country, are with the host country."""
    k = frame.trigger_index + 1
    if not ctx.units[k - 1].low.endswith("talks") or actor.kind == "group":
        return []  # a summit in New Delhi is a gathering, not talks with India
    if k + 1 >= len(ctx.units) or ctx.units[k].low != "in":
        return []
    venue = ctx.units[k + 1]
    code = venue.place_country
    if not venue.is_placeish or not code or code == actor.country or venue.possessive:
        return []
    entry = gazetteer.country(code)
    return [] if entry is None or entry.is_group else [state_actor(code)]
