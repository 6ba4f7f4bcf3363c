"""Look-ups of countries, groups, capitals, cities and office-holders by date."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard import gazetteer
from dashboard.schema import cameo_table, goldstein


def test_countries_and_groups_resolve():
    assert gazetteer.country_name("PRK") == "North Korea"
    assert gazetteer.country("EUU").is_group and gazetteer.country("WST").is_group
    assert gazetteer.capital_point("RUS") == pytest.approx((55.75, 37.62), abs=0.1)
    assert gazetteer.country_name(None) == "" and gazetteer.country_name("XYZ") == "XYZ"


def test_codes_are_unique_and_three_letters():
    codes = list(gazetteer.countries())
    assert len(codes) == len(set(codes)) and all(len(code) == 3 for code in codes)


@pytest.mark.parametrize("code, role, on, name", [
    ("USA", "head_of_state", date(2024, 6, 1), "Joe Biden"),
    ("USA", "head_of_state", date(2025, 6, 1), "Donald Trump"),
    ("JPN", "head_of_government", date(2022, 6, 1), "Fumio Kishida"),
    ("JPN", "head_of_government", date(2025, 2, 1), "Shigeru Ishiba"),
    ("GBR", "head_of_government", date(2022, 9, 20), "Liz Truss"),
    ("USA", "foreign_minister", date(2023, 6, 18), "Antony Blinken"),
    ("RUS", "foreign_minister", date(2023, 6, 18), "Sergei Lavrov"),
])
def test_office_holder_on_a_date(code, role, on, name):
    assert gazetteer.office_holder(code, role, on).name == name


def test_people_table_covers_at_least_fifty_countries_with_valid_terms():
    rows = gazetteer.people()
    countries = {p.country for p in rows if p.role in ("head_of_state", "head_of_government", "foreign_minister")}
    assert len(countries - {"UNO", "NTO", "EUU"}) >= 50
    assert all(p.start is None or p.end is None or p.start <= p.end for p in rows)


def test_cities_come_with_coordinates():
    pyongyang = gazetteer.city("Pyongyang")
    assert pyongyang.country == "PRK" and pyongyang.lat == pytest.approx(39.03, abs=0.1)
    assert gazetteer.city("Springfield", prefer_country="USA").country == "USA"


def test_country_outlines_ship_with_the_package():
    outlines = gazetteer.country_outlines()
    codes = {feature["id"] for feature in outlines["features"]}
    assert {"RUS", "PRK", "USA", "UKR", "VNM"} <= codes and len(codes) > 150


def test_cameo_codes_keep_leading_zeros_and_scores():
    table = cameo_table()
    assert table["042"].name.lower().startswith("make a visit")
    assert goldstein("163") == -8.0 and goldstein("057") == 8.0


@pytest.mark.parametrize("spelling, country", [
    ("Zurich", "CHE"), ("Sao Paulo", "BRA"), ("Krakow", "POL"),  # news copy drops the accents
    ("St. Petersburg", "RUS"), ("St Petersburg", "RUS"),  # "Saint" shortened: Russia's, the most populous
    ("Xi'an", "CHN"), ("Huai'an", "CHN"),  # a plain apostrophe for geonames' curly one
])
def test_cities_are_found_as_news_copy_spells_them(spelling, country):
    assert gazetteer.city(spelling).country == country


@pytest.mark.parametrize("surname, title, on, name", [
    ("Liu", "Vice Premier", date(2018, 1, 10), "Liu Yandong"),  # family name first
    ("Liu", "vice premier", date(2019, 5, 10), "Liu He"),
    ("Liu", "Vice Premier", date(2024, 5, 10), "Liu Guozhong"),
    ("Yellen", "Treasury Secretary", date(2022, 3, 1), "Janet Yellen"),
])
def test_holder_by_title_picks_the_one_in_office(surname, title, on, name):
    assert gazetteer.holder_by_title(surname, title, on).name == name


def test_holder_by_title_needs_a_day_and_a_single_holder():
    assert gazetteer.holder_by_title("Liu", "Vice Premier", None) is None
    assert gazetteer.holder_by_title("Khan", "Mayor", date(2024, 5, 10)) is None
