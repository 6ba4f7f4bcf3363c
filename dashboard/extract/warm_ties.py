"""Ties told by their warmth ("established close ties with Tehran", "forging closer ties with
Britain"): a state of friendship grown or sought, not diplomatic relations set up, which are
told bare or as diplomatic ("established diplomatic relations")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Final

if TYPE_CHECKING:
    from dashboard.extract.frames import SentenceFrames

# Words of how close ties are.
_WARMTH: Final = frozenset({"close", "closer", "closest", "strong", "stronger", "strongest", "warm", "warmer",
                            "deep", "deeper", "good", "better", "friendly", "cordial", "tighter", "firmer"})


def warmth_between(sf: SentenceFrames, support: int, index: int) -> bool:
    """Whether a word of warmth stands between the support verb and the ties noun at ``index``."""
    return support < index and any(unit.low in _WARMTH for unit in sf.units[support + 1:index])
