"""The bare noun "test" as a missile test: "concern about the test of a long-range missile by
Iran". Only with a missile after it and its tester named after "by": "carried out a test of" and
tests of years past are told by other words, and read alone the noun is as often a trial of
something else ("a test of Beijing's influence")."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frame import Frame
from dashboard.extract.frames import SentenceFrames

TESTED_BY: Final = "missile_tested_by"  # the object class of the "test of a missile" row


def tested_by(sf: SentenceFrames, index: int, frame: Frame) -> bool:
    """Whether the test noun at ``index`` has a missile after it and its doer from a "by" phrase."""
    return frame.actor_source == "by" and sf.object_has_class(index, "missile")
