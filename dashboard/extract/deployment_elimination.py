"""A deployment noun with no destination country read takes the article's one other country:
"Rwanda today begins the deployment of 1,000 troops to Cabo Delgado", in an article of Rwanda
and Mozambique, sends them to Mozambique. Only the noun, said of a state or its institution
("announced the deployment", "begins the deployment"); verbs ("sent army units to the beach",
"allowed troops to operate in the country") were wrong 3 times in 4 on the studied sets. Not
when the sentence places the deployment in the actor's own country ("to Mombasa" for Kenya) or
sends it to the actor's own edge ("to its border": ``forces.to_own_border``)."""

from __future__ import annotations

from dashboard.extract.elimination import left_without_target
from dashboard.extract.forces import to_own_border
from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.units import Actor


def deployment_may_take_article_target(sf: SentenceFrames, frame: Frame, actors: list[Actor]) -> bool:
    """Whether a deployment frame with no target may take the article's one other country: a noun
    of deployment with one actor of a known country, sent neither to a place of that country nor to
    its own edge."""
    if not (frame.spec.event_type == "military" and frame.mode == "deployment" and frame.spec.pos == "noun"
            and left_without_target(frame) and not frame.destination and len(actors) == 1 and bool(actors[0].country)):
        return False
    own = actors[0].country
    after = sf.units[frame.trigger_index + 1:]
    return not to_own_border(sf, frame.trigger_index) and not any(u.place_country == own and u.actor is None for u in after)
