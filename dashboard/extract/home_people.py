"""A person named with their country after "of": "President Emmanuel Macron of France", "King
Abdullah II of Jordan". In a list of sides ("Macron of France and Scholz of Germany condemned")
the member is the person, so the list goes on left of them, not stopping at "of"."""

from __future__ import annotations

from dashboard.extract.units import Unit


def member_head(units: list[Unit], j: int) -> int:
    """``j`` moved left past "the", and then from a country after "of" to the person before it
    when that person is of the same country (else ``j`` unchanged)."""
    while j >= 0 and units[j].low == "the":
        j -= 1
    if j < 2 or units[j - 1].low != "of":
        return j
    home, person = units[j].actor, units[j - 2].actor
    if home is None or person is None or units[j - 2].possessive or person.kind != "person" \
            or not home.country or person.country != home.country:
        return j
    return j - 2
