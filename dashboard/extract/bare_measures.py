"""Plain "measures" as sanctions: "lifted the last of the measures", "eases measures on Guinea",
"announced the measures on Wednesday" (the lexicon's "bare measures", which needs a support
verb). Measures told with what they are for ("measures to ease visa rules", "measures to curb
inflation") are a policy, not a penalty on anyone."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames

BARE_MEASURES: Final = "bare measures"  # the lexicon row's phrase


def penal_measures(sf: SentenceFrames, index: int) -> bool:
    """Whether the measures at ``index`` are not followed by their purpose ("to ...")."""
    after = sf.units[index + 1] if index + 1 < len(sf.units) else None
    return after is None or after.low != "to"
