"""Where a break, opening or closing of relations happened, when the sentence says so: "will
close its embassy in Damascus", "established relations when their ministers signed a communique
in Beijing". A place past a clause of cause or sequence belongs to another event: "cut ties
after protesters stormed its embassy in Tehran" did not happen in Iran."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.scene import place_after
from dashboard.extract.units import Unit

# Words that open another event's clause or phrase: the cause or what came before.
_OTHER_EVENT: Final = frozenset({"after", "following", "before", "since", "because", "over", "protest", "amid",
                                 "citing", "accusing", "until"})
_REACH: Final = 14


def relations_place(sf: SentenceFrames, index: int) -> Unit | None:
    """The place "in X" / "at X" of the relations trigger at ``index``, short of a clause that
    tells another event."""
    reach = _REACH
    for k in range(index + 1, min(len(sf.units), index + 1 + _REACH)):
        if sf.units[k].low in _OTHER_EVENT:
            reach = k - index - 1
            break
    return place_after(sf, index, reach=reach) if reach > 0 else None
