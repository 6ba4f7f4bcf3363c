"""Where a traveller came from: "flew to Jeddah directly from Israel", "arrived in Samarkand from
Kazakhstan" tell of an earlier stop abroad, a visit of its own."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard import gazetteer
from dashboard.extract.context import SentenceContext
from dashboard.extract.date_spans import DateSpan
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.units import Unit
from dashboard.extract.words import BOUNDARY_PUNCT, CLAUSE_WORDS
from dashboard.schema import EVENT_MODES

# Words that may stand between the verb of travel and "from": its destination and the manner.
_REACH: Final = 7
_NOT_MANNER: Final = frozenset({"with", "of", "for", "and", "or", "but", "after", "before", "than"})


def _origin_country(unit: Unit) -> str:
    if unit.place_country:
        return unit.place_country
    if unit.actor is not None and unit.actor.kind == "state":
        return unit.actor.country or ""
    return ""


def origin_visits(ctx: SentenceContext, trigger_index: int, events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """The visit to the country a trip to a named destination set out from, for each asserted
    trip of a traveller abroad; the text gives no day for it, only that it came before."""
    units = ctx.units
    k = trigger_index + 1
    while k < len(units) and k - trigger_index <= _REACH:
        unit = units[k]
        if unit.low == "from":
            break
        if unit.text in BOUNDARY_PUNCT or unit.text == "," or unit.low in CLAUSE_WORDS or unit.low in _NOT_MANNER:
            return []
        if unit.triggers() or (unit.actor is not None and unit.actor.kind == "person"):
            return []
        k += 1
    else:
        return []
    j = k + 2 if k + 2 < len(units) and units[k + 1].low == "the" else k + 1
    if j >= len(units):
        return []
    origin = _origin_country(units[j])
    country = gazetteer.country(origin) if origin else None
    if country is None or country.is_group:
        return []
    day = _day_there(ctx, j)
    found = []
    for event in events:
        if (event.modality != "asserted" or event.actor_country in (None, origin) or event.target_country is None
                or event.target_country == origin or event.actor_role is None):
            continue
        code = EVENT_MODES["visit"]["unspecified"]
        found.append(replace(
            event, event_mode="unspecified", cameo_code=code, target=country.name, target_country=origin,
            target_basis="stated",  # the trip's "from" phrase names it
            place=units[j].text if units[j].place is not None else country.name, place_country=origin,
            lat=None, lon=None, geo_precision="country",
            date_start=day.start if day is not None else None, date_end=day.end if day is not None else None,
            date_precision=day.precision if day is not None else "unknown",
            date_basis=day.basis if day is not None else "unknown", confidence=round(event.confidence * 0.9, 3),
            evidence=list(event.evidence)))
    return found


def _day_there(ctx: SentenceContext, origin: int) -> DateSpan | None:
    """The day a ", where" clause after the origin names ("from New Zealand, where he began his
    tour on Thursday"): a day the traveller was there."""
    units = ctx.units
    if origin + 2 >= len(units) or units[origin + 1].text != "," or units[origin + 2].low != "where":
        return None
    opening = units[origin + 2].end
    close = next((u.start for u in units[origin + 3:] if u.text in BOUNDARY_PUNCT or u.text == ","), ctx.end)
    mention = next((m for m in ctx.dates.past if opening <= m.start < close), None)
    return mention.span if mention is not None and mention.span.precision == "day" else None
