"""The participants found for one trigger sense: who acts, whom it is aimed at, and how they
were found. ``triggers.py`` fills it in; ``build.py`` turns it into events."""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.units import Unit


@dataclass(init=False)
class Frame:
    """The participants found for one trigger."""

    spec: TriggerSpec
    trigger: Unit
    trigger_index: int
    actors: list[int] = field(default_factory=list)     # indices into the sentence's units
    targets: list[int] = field(default_factory=list)
    destination: Unit | None = None
    mode: str = ""
    support_index: int | None = None
    passive: bool = False
    actor_source: str = ""     # subject | possessive | modifier | by | between | support
    # "" when the grammar gave the targets; "topic": who the sentence is about; "elimination": the
    # only other country it names; "latest dealings": a saying aimed at nobody named, at the
    # speaker's latest counterpart. A frame that takes another's targets takes this too.
    target_source: str = ""
    referenced_type: str = ""  # "the meeting" as a statement's object: the type it refers to
    control_mode: str = ""     # the statement whose object is this event's actor
    weak_subject: bool = False  # the subject was only found inside a phrase ("the head of X")
    reciprocal: bool = False    # "praised each other": every actor is also the others' target
    stance: str = ""            # a statement's stance when its mode does not tell it (a cooperative comment)
    cameo: str = ""             # a finer CAMEO code than the mode's (a pledge of aid: 033)
    # Text offsets bounding the dates that may date the event (-1: open): "removed the curbs it
    # imposed in 2020": 2020 dates only the imposition, and the imposition only 2020.
    dates_from: int = -1
    dates_until: int = -1

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, spec: TriggerSpec, trigger: Unit, trigger_index: int, actors: list[int] | None = None,
                 targets: list[int] | None = None, destination: Unit | None = None, mode: str = "",
                 support_index: int | None = None, passive: bool = False, actor_source: str = "",
                 target_source: str = "", referenced_type: str = "", control_mode: str = "",
                 weak_subject: bool = False, reciprocal: bool = False, stance: str = "", cameo: str = "",
                 dates_from: int = -1, dates_until: int = -1) -> None:
        self.spec, self.trigger, self.trigger_index = spec, trigger, trigger_index
        self.actors = actors if actors is not None else []
        self.targets = targets if targets is not None else []
        self.destination, self.mode, self.support_index, self.passive = destination, mode, support_index, passive
        self.actor_source, self.target_source = actor_source, target_source
        self.referenced_type, self.control_mode = referenced_type, control_mode
        self.weak_subject, self.reciprocal = weak_subject, reciprocal
        self.stance, self.cameo = stance, cameo
        self.dates_from, self.dates_until = dates_from, dates_until
