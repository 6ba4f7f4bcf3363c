"""Troops "stationed in Armenia, Tajikistan and Kyrgyzstan" are in each of those countries: when
the place read after a deployment or drill is one of its listed targets, each event is placed
in its own target, not all in the first one named."""

from __future__ import annotations

from dashboard.extract.units import Unit


def own_listed_place(units: list[Unit], targets: list[int], place: Unit, country: str | None) -> Unit:
    """``place``, or the unit of the listed target in ``country`` when ``place`` is another of
    the frame's own targets (``targets``: their unit indices)."""
    if not country or place.place_country == country or not any(units[k] is place for k in targets):
        return place
    return next((units[k] for k in targets if units[k].place_country == country), place)
