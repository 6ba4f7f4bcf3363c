"""A noun's support verb in a participle phrase of its own: "Peru went further, announcing the
closure of its consulates", "..., ordering the envoy to leave and announcing the closure of":
the doer is the main clause's subject, as for any participle opening a phrase."""

from __future__ import annotations

from dashboard.extract.frames import SentenceFrames

_RELATIVES = frozenset({"that", "which", "who", "whose", "whom"})
_REACH = 16  # how far left of "and announcing" the first participle of the pair may stand


def participle_support_subject(sf: SentenceFrames, support: int, noun: int) -> list[int]:
    """The main clause's subject for the participle support at ``support`` of the noun at
    ``noun``, or []; none when a relative clause stands between them ("ending a standoff that
    had poisoned relations": the relations are not what the participle ends)."""
    units = sf.units
    if not units[support].low.endswith("ing") or any(unit.low in _RELATIVES for unit in units[support + 1:noun]):
        return []
    if support < 2 or units[support - 1].low != "and":
        return sf.participle_subject(support)
    for k in range(support - 2, max(0, support - _REACH) - 1, -1):  # "ordering X and announcing Y"
        unit = units[k]
        if unit.text in ".;:!?":
            return []
        if unit.low.endswith("ing") and (subject := sf.participle_subject(k)):
            return subject  # the first participle of the pair opens the phrase (", ordering")
    return []
