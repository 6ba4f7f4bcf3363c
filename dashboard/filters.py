"""``EventFilter``: what an analyst asked to see, as URL parameters, as SQL, and as a sentence.

Each direction is a pure function: URL parameters -> filter (with a note for every parameter
that had to be ignored), filter -> URL parameters, filter -> parameterised SQL, filter -> a
sentence such as "visits by Russia, 2024".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from dashboard import gazetteer
from dashboard.schema import EVENT_TYPES, GUESSED_TARGET_BASES, MODALITIES, STANCES

ROLES = ("any", "actor", "target", "pair")
# Below this confidence an extracted event is wrong more often than right on the gold set, so
# such events are hidden unless asked for.
LOW_CONFIDENCE = 0.5
HIDDEN_REVIEW_STATUSES = ("rejected", "merged")
MAX_SEARCH_LENGTH = 200
# The span the sidebar's date inputs accept; a link date outside it is ignored with a note.
EARLIEST_DATE = date(1945, 1, 1)
LATEST_DATE = date(2100, 12, 31)
_PLURAL = {"visit": "visits", "meeting": "meetings", "agreement": "agreements",
           "statement": "statements", "sanction": "sanctions", "military": "military signals",
           "relations": "changes in relations"}


@dataclass(frozen=True)
class EventFilter:
    """A filter over events; hashable, so it can key caches."""

    countries: tuple[str, ...] = ()
    role: str = "any"            # any: actor, target or place; actor; target; pair: events between them
    types: tuple[str, ...] = ()
    modalities: tuple[str, ...] = ()
    stances: tuple[str, ...] = ()
    since: date | None = None
    until: date | None = None
    search: str = ""
    min_confidence: float = 0.0
    show_low_confidence: bool = False
    show_rejected: bool = False
    # Leave out events whose target the extractor guessed (schema.GUESSED_TARGET_BASES); events
    # stored before the basis was kept are not known to be guessed, and stay.
    hide_guessed_targets: bool = False
    notes: tuple[str, ...] = field(default=(), compare=False, hash=False)

    def is_empty(self) -> bool:
        return self == EventFilter()

    # -- URL ---------------------------------------------------------------------------

    def to_params(self) -> dict[str, list[str]]:
        """URL query parameters for this filter (defaults left out)."""
        params: dict[str, list[str]] = {}
        if self.countries:
            params["country"] = list(self.countries)
        if self.role != "any":
            params["role"] = [self.role]
        if self.types:
            params["type"] = list(self.types)
        if self.modalities:
            params["modality"] = list(self.modalities)
        if self.stances:
            params["stance"] = list(self.stances)
        if self.since:
            params["since"] = [self.since.isoformat()]
        if self.until:
            params["until"] = [self.until.isoformat()]
        if self.search:
            params["q"] = [self.search]
        if self.min_confidence:
            params["min_conf"] = [f"{self.min_confidence:g}"]
        if self.show_low_confidence:
            params["low"] = ["1"]
        if self.show_rejected:
            params["rejected"] = ["1"]
        if self.hide_guessed_targets:
            params["hide_guessed"] = ["1"]
        return params

    @classmethod
    def from_params(cls, params: Mapping[str, str | list[str]]) -> EventFilter:
        """A filter from URL parameters; what cannot be used is listed in ``notes``."""
        notes: list[str] = []

        def values(key: str) -> list[str]:
            raw = params.get(key, [])
            items = [raw] if isinstance(raw, str) else list(raw)
            return [part.strip() for item in items for part in str(item).split(",") if part.strip()]

        def pick(key: str, allowed: tuple[str, ...], normalise=str.lower) -> tuple[str, ...]:
            kept = []
            for value in values(key):
                value = normalise(value)
                if value in allowed:
                    if value not in kept:
                        kept.append(value)
                else:
                    notes.append(f"ignored {key}={value!r} (expected one of {', '.join(allowed)})")
            return tuple(kept)

        known = gazetteer.countries()
        countries = []
        for code in values("country"):
            code = code.upper()
            if code in known:
                if code not in countries:
                    countries.append(code)
            else:
                notes.append(f"ignored country={code!r} (not a known country or group code)")
        role_values = pick("role", ROLES)
        since = _parse_date("since", values("since"), notes)
        until = _parse_date("until", values("until"), notes)
        if since and until and since > until:
            notes.append(f"since {since} is after until {until}: swapped them")
            since, until = until, since
        search = ""
        if "q" in params:
            raw = params["q"]
            search = (raw if isinstance(raw, str) else " ".join(raw)).strip()[:MAX_SEARCH_LENGTH]
        min_confidence = 0.0
        for value in values("min_conf")[:1]:
            try:
                min_confidence = float(value)
                if not 0.0 <= min_confidence <= 1.0:
                    raise ValueError
            except ValueError:
                notes.append(f"ignored min_conf={value!r} (expected a number from 0 to 1)")
                min_confidence = 0.0
        return cls(countries=tuple(countries), role=role_values[0] if role_values else "any",
                   types=pick("type", EVENT_TYPES), modalities=pick("modality", MODALITIES),
                   stances=pick("stance", STANCES), since=since, until=until, search=search,
                   min_confidence=min_confidence, show_low_confidence=_flag("low", values("low"), notes),
                   show_rejected=_flag("rejected", values("rejected"), notes),
                   hide_guessed_targets=_flag("hide_guessed", values("hide_guessed"), notes), notes=tuple(notes))

    # -- SQL ---------------------------------------------------------------------------

    def where(self) -> tuple[str, list]:
        """A parameterised WHERE clause (without the keyword) and its parameters."""
        clauses: list[str] = []
        params: list = []

        def among(column: str, values: tuple[str, ...]) -> str:
            params.extend(values)
            return f"{column} IN ({', '.join('?' for _ in values)})"

        if self.countries:
            if self.role == "actor":
                clauses.append(among("actor_country", self.countries))
            elif self.role == "target":
                clauses.append(among("target_country", self.countries))
            elif self.role == "pair":
                clauses.append(f"({among('actor_country', self.countries)} AND "
                               f"{among('target_country', self.countries)} AND actor_country <> target_country)")
            else:
                clauses.append("(" + " OR ".join(among(column, self.countries) for column in
                                                 ("actor_country", "target_country", "place_country")) + ")")
        if self.types:
            clauses.append(among("event_type", self.types))
        if self.modalities:
            clauses.append(among("modality", self.modalities))
        if self.stances:
            clauses.append(among("stance", self.stances))
        if self.since:
            clauses.append("coalesce(date_end, date_start) >= ?")
            params.append(self.since)
        if self.until:
            clauses.append("date_start <= ?")
            params.append(self.until)
        if self.search:
            clauses.append("contains(search_text, ?)")  # see store.SEARCH_TEXT_SQL
            params.append(self.search.lower())
        threshold = self.min_confidence if self.show_low_confidence else max(self.min_confidence, LOW_CONFIDENCE)
        if threshold:
            clauses.append("confidence >= ?")
            params.append(threshold)
        if not self.show_rejected:
            clauses.append(f"coalesce(review_status, 'auto') NOT IN ({', '.join('?' for _ in HIDDEN_REVIEW_STATUSES)})")
            params.extend(HIDDEN_REVIEW_STATUSES)
        if self.hide_guessed_targets:
            clauses.append(f"coalesce(target_basis, '') NOT IN ({', '.join('?' for _ in GUESSED_TARGET_BASES)})")
            params.extend(GUESSED_TARGET_BASES)
        return (" AND ".join(clauses) or "TRUE"), params

    # -- words -------------------------------------------------------------------------

    def describe(self) -> str:
        """What the filter keeps, in words: "planned visits by Russia, 2024"."""
        words = []
        if self.modalities:
            words.append(" or ".join(self.modalities))
        if self.stances:
            words.append(" or ".join(self.stances))
        what = " and ".join(_PLURAL[t] for t in self.types) if self.types else "events"
        if self.is_empty():
            return "All events"
        words.append(what)
        if self.countries:
            names = _join_names([gazetteer.country_name(code) for code in self.countries])
            preposition = {"actor": "by", "target": "aimed at", "any": "involving", "pair": "between"}[self.role]
            if self.role == "pair":
                names = names.replace(" or ", " and ")
            if self.role == "target" and self.types == ("visit",):
                preposition = "to"
            words.append(f"{preposition} {names}")
        text = " ".join(words)
        period = _describe_period(self.since, self.until)
        if period:
            text += f", {period}"
        if self.search:
            text += f', mentioning "{self.search}"'
        if self.min_confidence:
            text += f", confidence at least {self.min_confidence:g}"
        if self.show_low_confidence:
            text += ", low-confidence events included"
        if self.show_rejected:
            text += ", rejected events included"
        if self.hide_guessed_targets:
            text += ", guessed targets left out"
        return text[0].upper() + text[1:]


def _flag(key: str, raw: list[str], notes: list[str]) -> bool:
    if not raw:
        return False
    if raw[0].lower() in ("1", "true", "yes"):
        return True
    if raw[0].lower() not in ("0", "false", "no"):
        notes.append(f"ignored {key}={raw[0]!r} (expected 1 or 0)")
    return False


def _parse_date(key: str, raw: list[str], notes: list[str]) -> date | None:
    if not raw:
        return None
    try:
        value = date.fromisoformat(raw[0])
    except ValueError:
        notes.append(f"ignored {key}={raw[0]!r} (expected a date as YYYY-MM-DD)")
        return None
    if not EARLIEST_DATE <= value <= LATEST_DATE:
        notes.append(f"ignored {key}={raw[0]!r} (expected a date from {EARLIEST_DATE} to {LATEST_DATE})")
        return None
    return value


def _join_names(names: list[str]) -> str:
    if len(names) <= 2:
        return " or ".join(names)
    return ", ".join(names[:-1]) + " or " + names[-1]


def _describe_period(since: date | None, until: date | None) -> str:
    if since and until:
        if since == date(since.year, 1, 1) and until == date(since.year, 12, 31):
            return str(since.year)
        return f"{since.isoformat()} to {until.isoformat()}"
    if since:
        return f"since {since.isoformat()}"
    if until:
        return f"until {until.isoformat()}"
    return ""
