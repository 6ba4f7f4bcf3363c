"""Which events need their other side: what an event of each type or mode is without a target."""

from __future__ import annotations

from typing import Final

# Types that mean nothing without the other side: a visit needs a host, sanctions a target.
REQUIRES_TARGET: Final = frozenset({"visit", "meeting", "sanction", "agreement", "relations"})
# The target basis of an act of a gathering of several countries together ("the heads of state
# signed the declaration"): aimed at no single side, yet an event (see gathering_acts.py).
SEVERAL = "several"
# Modes of other types that need the other side too: a transfer of arms has a recipient.
# An appeal, demand, threat, worry or remark still aimed at nobody once the article is merged is
# no event: on the studied sets 15 of 78 such were coded, on real pages none of 10.
REQUIRES_TARGET_MODES: Final = frozenset({("military", "arms_transfer")} | {
    ("statement", mode) for mode in ("appeal", "demand", "threat", "concern", "sympathy", "comment")})
# Signals that have no target by nature: a test or a drill aimed at nobody is still the event.
TARGETLESS_MODES: Final = frozenset({("military", "missile_test"), ("military", "exercise")})
# Statement modes that only make sense aimed at someone (dropped before merging).
TARGETED_STATEMENT_MODES: Final = frozenset({"praise", "support", "criticism", "accusation", "rejection", "pledge"})
# Verbs of judgement, denial and warning ("condemned the attack", "denied the charges", "warned of
# further arrests") and condolences that name nobody they are aimed at are aimed at the speaker's
# latest counterpart in the article (see counterpart_aims.py): 16 of 26 added right on the
# studied sets. Appeals, praise, backing, threats and rejections, right under half the time, are
# not; nor nouns of judgement ("lodged a protest, its minister said", whose saying is aimed there).
COUNTERPART_MODES: Final = frozenset({"criticism", "accusation", "denial", "concern", "sympathy"})
