"""Lists of countries' words before one noun ("Polish, Czech, and Slovak troops", "EU and US
criticism"): each country of the list is a side of its own, as in a list of subjects."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    # Subject lists of two and three, with and without the serial comma, before a title.
    ("Dutch and Belgian foreign ministers criticised Hungary on Tuesday.",
     {("statement", "criticism", "NLD", "HUN", "asserted"), ("statement", "criticism", "BEL", "HUN", "asserted")}),
    ("The Dutch, Belgian, and Danish foreign ministers criticised Hungary on Tuesday.",
     {("statement", "criticism", "NLD", "HUN", "asserted"), ("statement", "criticism", "BEL", "HUN", "asserted"),
      ("statement", "criticism", "DNK", "HUN", "asserted")}),
    ("Polish, Czech and Slovak officials condemned Belarus on Tuesday.",
     {("statement", "criticism", "POL", "BLR", "asserted"), ("statement", "criticism", "CZE", "BLR", "asserted"),
      ("statement", "criticism", "SVK", "BLR", "asserted")}),
    # ... and before a plain noun: forces, ships.
    ("Polish, Czech, and Slovak troops arrived in Lithuania on Tuesday.",
     {("military", "deployment", "POL", "LTU", "asserted"), ("military", "deployment", "CZE", "LTU", "asserted"),
      ("military", "deployment", "SVK", "LTU", "asserted")}),
    ("The Egyptian, Jordanian and Saudi navies held joint drills on Tuesday.",
     {("military", "exercise", "EGY", None, "asserted"), ("military", "exercise", "JOR", None, "asserted"),
      ("military", "exercise", "SAU", None, "asserted")}),
    ("Egyptian, Jordanian, and Saudi warships held joint drills on Tuesday.",
     {("military", "exercise", "EGY", None, "asserted"), ("military", "exercise", "JOR", None, "asserted"),
      ("military", "exercise", "SAU", None, "asserted")}),
    # A noun trigger the list modifies: each country judges.
    ("Canadian and Australian criticism of China grew on Tuesday.",
     {("statement", "criticism", "CAN", "CHN", "asserted"), ("statement", "criticism", "AUS", "CHN", "asserted")}),
    ("The UK, US and EU criticism of Iran was swift.",
     {("statement", "criticism", "GBR", "IRN", "asserted"), ("statement", "criticism", "USA", "IRN", "asserted"),
      ("statement", "criticism", "EUU", "IRN", "asserted")}),
    # Object position: one target each (and the drills are each country's).
    ("Vietnam condemned Chinese and Russian drills on Tuesday.",
     {("statement", "criticism", "VNM", "CHN", "asserted"), ("statement", "criticism", "VNM", "RUS", "asserted"),
      ("military", "exercise", "CHN", None, "asserted"), ("military", "exercise", "RUS", None, "asserted")}),
    ("Vietnam condemned Chinese, Russian, and Iranian drills on Tuesday.",
     {("statement", "criticism", "VNM", "CHN", "asserted"), ("statement", "criticism", "VNM", "RUS", "asserted"),
      ("statement", "criticism", "VNM", "IRN", "asserted"), ("military", "exercise", "CHN", None, "asserted"),
      ("military", "exercise", "RUS", None, "asserted"), ("military", "exercise", "IRN", None, "asserted")}),
    ("Greece criticised Turkish, Libyan, and Egyptian claims on Tuesday.",
     {("statement", "criticism", "GRC", "TUR", "asserted"), ("statement", "criticism", "GRC", "LBY", "asserted"),
      ("statement", "criticism", "GRC", "EGY", "asserted")}),
    # Arms of a list of makers: one transfer from each country (not hosting several: no summit).
    ("Egypt bought Russian and Chinese jets last year.",
     {("military", "arms_transfer", "RUS", "EGY", "asserted"), ("military", "arms_transfer", "CHN", "EGY", "asserted")}),
    ("Egypt took delivery of French, Italian and German helicopters last year.",
     {("military", "arms_transfer", "FRA", "EGY", "asserted"), ("military", "arms_transfer", "ITA", "EGY", "asserted"),
      ("military", "arms_transfer", "DEU", "EGY", "asserted")}),
    ("Egypt bought Russian jets last year.", {("military", "arms_transfer", "RUS", "EGY", "asserted")}),
    # Not lists: commas with no "and", a place before the comma, languages with no noun after them.
    ("Polish, Czech officials condemned Belarus on Tuesday.",
     {("statement", "criticism", "CZE", "BLR", "asserted")}),
    ("In Japan, Chinese and Russian officials criticised Australia on Tuesday.",
     {("statement", "criticism", "CHN", "AUS", "asserted"), ("statement", "criticism", "RUS", "AUS", "asserted")}),
    ("Speaking in English, French and Arabic, Macron criticised Iran on Tuesday.",
     {("statement", "criticism", "FRA", "IRN", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_modifier_lists(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
