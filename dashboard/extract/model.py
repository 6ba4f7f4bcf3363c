"""The extractor's output: one ``ExtractedEvent`` per event an article reports."""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from datetime import date
from typing import Final

from dashboard.schema import EVENT_COLUMNS


@dataclass(frozen=True, init=False)
class Evidence:
    """A sentence that supports an event, by offsets into the article text."""

    sentence: str
    char_start: int
    char_end: int
    trigger: str = ""

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, sentence: str, char_start: int, char_end: int, trigger: str = "") -> None:
        object.__setattr__(self, "sentence", sentence)
        object.__setattr__(self, "char_start", char_start)
        object.__setattr__(self, "char_end", char_end)
        object.__setattr__(self, "trigger", trigger)

    def __reduce__(self) -> tuple[type[Evidence], tuple[str, int, int, str]]:
        # Pickled by its fields: a compiled class with its own __init__ has no other way back.
        return Evidence, (self.sentence, self.char_start, self.char_end, self.trigger)


@dataclass(init=False)
class ExtractedEvent:
    """One event of one article, with every column of the event record and its evidence."""

    event_type: str
    event_mode: str
    cameo_code: str
    goldstein: float
    actor: str | None
    actor_country: str | None
    actor_role: str | None
    target: str | None
    target_country: str | None
    place: str | None
    place_country: str | None
    lat: float | None
    lon: float | None
    geo_precision: str
    date_start: date | None
    date_end: date | None
    date_precision: str
    date_basis: str
    modality: str
    stance: str | None
    quote: str | None
    confidence: float
    evidence: list[Evidence] = field(default_factory=list)
    actor_explicit: bool = True   # named in the sentence rather than reached by coreference
    target_basis: str = "none"    # how the target was found (schema.TARGET_BASIS_MEANING)

    # An explicit __init__ (init=False): compiled, a dataclass's generated one runs as Python.
    def __init__(self, event_type: str, event_mode: str, cameo_code: str, goldstein: float,
                 actor: str | None, actor_country: str | None, actor_role: str | None,
                 target: str | None, target_country: str | None, place: str | None,
                 place_country: str | None, lat: float | None, lon: float | None, geo_precision: str,
                 date_start: date | None, date_end: date | None, date_precision: str, date_basis: str,
                 modality: str, stance: str | None, quote: str | None, confidence: float,
                 evidence: list[Evidence] | None = None, actor_explicit: bool = True,
                 target_basis: str = "none") -> None:
        self.event_type, self.event_mode, self.cameo_code, self.goldstein = event_type, event_mode, cameo_code, goldstein
        self.actor, self.actor_country, self.actor_role = actor, actor_country, actor_role
        self.target, self.target_country = target, target_country
        self.place, self.place_country, self.lat, self.lon = place, place_country, lat, lon
        self.geo_precision = geo_precision
        self.date_start, self.date_end = date_start, date_end
        self.date_precision, self.date_basis = date_precision, date_basis
        self.modality, self.stance, self.quote, self.confidence = modality, stance, quote, confidence
        self.evidence = evidence if evidence is not None else []
        self.actor_explicit, self.target_basis = actor_explicit, target_basis

    def __reduce__(self) -> tuple[type[ExtractedEvent], tuple[object, ...]]:
        # Pickled by its fields: a compiled class with its own __init__ has no other way back.
        return ExtractedEvent, tuple(getattr(self, name) for name in _EVENT_FIELDS)

    def copied(self) -> ExtractedEvent:
        """A shallow copy (the evidence list shared), as ``copy.copy`` makes through
        ``__reduce__``, without its generic machinery."""
        return ExtractedEvent(self.event_type, self.event_mode, self.cameo_code, self.goldstein, self.actor,
                              self.actor_country, self.actor_role, self.target, self.target_country, self.place,
                              self.place_country, self.lat, self.lon, self.geo_precision, self.date_start,
                              self.date_end, self.date_precision, self.date_basis, self.modality, self.stance,
                              self.quote, self.confidence, self.evidence, self.actor_explicit, self.target_basis)

    @property
    def sentence(self) -> str:
        """The first sentence that supports the event."""
        return self.evidence[0].sentence if self.evidence else ""

    def take_place_of(self, other: ExtractedEvent) -> None:
        """Put the event where another one happened (its place, country, point and precision)."""
        self.place, self.place_country, self.lat, self.lon = other.place, other.place_country, other.lat, other.lon
        self.geo_precision = other.geo_precision

    def record(self, article_id: str = "") -> dict:
        """The event as a row of the event record (plus evidence and article id)."""
        row = {name: getattr(self, name, None) for name in EVENT_COLUMNS if hasattr(self, name)}
        row["n_articles"] = 1
        row["evidence"] = self.sentence
        row["article_id"] = article_id
        return row


_EVENT_FIELDS: Final = tuple(f.name for f in fields(ExtractedEvent))
