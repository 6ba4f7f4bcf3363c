"""Office-holders of 1997 to 2017 the table lacked, and spellings of its people that pages use:
a visit or meeting by or with them names their country."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, published, expected", [
    ("Keizo Obuchi arrived in Seoul on Monday.", date(1999, 5, 10), ("visit", "unspecified", "JPN", "KOR", "asserted")),
    ("Prince Nayef arrived in Cairo on Monday.", date(2009, 5, 11), ("visit", "unspecified", "SAU", "EGY", "asserted")),
    ("Carlos Lage arrived in Caracas on Monday.", date(2005, 5, 9), ("visit", "unspecified", "CUB", "VEN", "asserted")),
    ("Elbegdorj arrived in Beijing on Monday.", date(2014, 5, 12), ("visit", "unspecified", "MNG", "CHN", "asserted")),
    ("Gurbanguly Berdymukhammedov arrived in Moscow on Monday.", date(2008, 5, 12),
     ("visit", "unspecified", "TKM", "RUS", "asserted")),
    ("Pushpakamal Dahal arrived in New Delhi on Monday.", date(2016, 9, 12),
     ("visit", "unspecified", "NPL", "IND", "asserted")),
])
def test_a_missing_office_holder_names_the_country(text, published, expected):
    assert triples(extract(text, published)) == {expected}


def test_a_title_of_the_day_names_the_new_row():
    events = extract("The Mongolian president arrived in Beijing on Monday.", date(2014, 5, 12))
    assert [(e.actor, e.actor_country, e.target_country) for e in events] == [("Tsakhiagiin Elbegdorj", "MNG", "CHN")]
