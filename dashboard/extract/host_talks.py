"""The talks a host has with a guest: "Kim welcomed Putin", "Blinken was received by Xi", and
"was received by his counterpart" (the guest's latest counterpart, see ``relation_objects.py``)."""

from __future__ import annotations

from dataclasses import replace

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames
from dashboard.extract.objects import actor_kind
from dashboard.extract.present_guests import PRESENCE
from dashboard.extract.relation_objects import relation_side


def meeting_of_host(sf: SentenceFrames, frame: Frame) -> list[Frame]:
    """A leader who hosts another meets them too; the first-named side acts."""
    if frame.spec.frame != "host" or frame.spec.event_type != "visit" or not frame.actors or not frame.targets \
            or frame.spec.phrase in ("flanked by", "invite to", PRESENCE):  # on a stage, only asked, or a guest: no talks
        return []
    spec = replace(frame.spec, event_type="meeting", event_mode="talks", frame="symmetric")
    side = relation_side(sf, frame.trigger_index, ("by",)) if frame.passive else None
    if side is not None and frame.targets[0] <= side[0]:  # "was received by his (then) counterpart"
        return [replace(frame, spec=spec, mode="talks", destination=None, actors=frame.actors[:1], targets=side[1],
                        referenced_type=side[2])]
    host = sf.units[frame.targets[0]]
    if host.actor is None or host.actor.kind not in ("person", "description") or host.actor.plural:
        return []  # "Peru's president" is a person too, described by the title
    guests = frame.actors
    if frame.mode == "summit":  # "hosting the leaders of X, Y and Z": talks only with those named
        guests = [k for k in guests if actor_kind(sf.units[k]) == "person"]
        if not guests:
            return []
    sides = [guests[:1], frame.targets[:1]]  # in the order the text names them
    if frame.targets[0] < guests[0]:
        sides.reverse()
    return [replace(frame, spec=spec, mode="talks", destination=None,
                    actors=sides[0], targets=sides[1] + guests[1:])]
