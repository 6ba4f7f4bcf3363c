"""Office-holders of 2000 to 2017 beyond leaders and foreign ministers: defence ministers,
spokespeople, security advisers, UN ambassadors and UN envoys, known by name or by a title
and a surname on the day, so one title names different people in 2006 and 2016."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _actors(text: str, published: date) -> set[tuple[str, str]]:
    return {(e.actor, e.actor_country) for e in extract(text, published)}


@pytest.mark.parametrize("text, published, expected", [
    # A defence minister of 2008 by title and surname.
    ("Defense Secretary Gates arrived in Kabul on Monday.", date(2008, 5, 12), ("Robert Gates", "USA")),
    ("Defence Minister Serdyukov arrived in Minsk on Monday.", date(2008, 5, 12), ("Anatoly Serdyukov", "RUS")),
    ("Defence Secretary Browne arrived in Kabul on Monday.", date(2008, 5, 12), ("Des Browne", "GBR")),
    # "Ivanov" was the defence minister in 2005 (Igor Ivanov, the foreign minister, left in 2004).
    ("Defence Minister Ivanov arrived in Beijing on Monday.", date(2005, 5, 12), ("Sergei Ivanov", "RUS")),
    # One person, a second office after the first.
    ("Defence Minister Ehud Barak arrived in Washington on Monday.", date(2010, 5, 12), ("Ehud Barak", "ISR")),
    # A spokesperson of 2012 by full name.
    ("Hong Lei condemned Japan's decision to buy the islands.", date(2012, 9, 11), ("Hong Lei", "CHN")),
    ("Jay Carney condemned Syria's crackdown on protesters.", date(2012, 5, 14), ("Jay Carney", "USA")),
    ("Alexander Lukashevich criticised Washington's sanctions against Russia.", date(2014, 5, 12),
     ("Alexander Lukashevich", "RUS")),
    # UN ambassadors and UN envoys of those years.
    ("Samantha Power criticised Russia's annexation of Crimea.", date(2014, 5, 12), ("Samantha Power", "USA")),
    ("Lakhdar Brahimi arrived in Damascus on Monday.", date(2012, 10, 15), ("Lakhdar Brahimi", "UNO")),
    # "Rice" is two national security advisers: the one in office on the day.
    ("National Security Adviser Rice arrived in Kabul on Monday.", date(2003, 5, 12), ("Condoleezza Rice", "USA")),
    ("National Security Adviser Rice arrived in Kabul on Monday.", date(2014, 5, 12), ("Susan Rice", "USA")),
    # Leaders of the Caucasus, Central Asia and the Balkans by title and surname.
    ("President Mesic arrived in Belgrade on Monday.", date(2005, 5, 12), ("Stjepan Mesić", "HRV")),
    ("Prime Minister Sanader arrived in Ljubljana on Monday.", date(2007, 5, 14), ("Ivo Sanader", "HRV")),
    ("Prime Minister Rasizade arrived in Moscow on Monday.", date(2010, 5, 10), ("Artur Rasizade", "AZE")),
    ("President Bakiyev arrived in Moscow on Monday.", date(2008, 5, 12), ("Kurmanbek Bakiyev", "KGZ")),
    # And of the Gulf, North Africa, Central America and South Asia.
    ("President Martinelli arrived in Bogota on Monday.", date(2009, 10, 12), ("Ricardo Martinelli", "PAN")),
    ("Foreign Minister Koussa arrived in Rome on Monday.", date(2010, 5, 10), ("Moussa Koussa", "LBY")),
    ("Foreign Minister Peiris arrived in New Delhi on Monday.", date(2013, 5, 13), ("G. L. Peiris", "LKA")),
    ("President Guebuza arrived in Pretoria on Monday.", date(2010, 5, 10), ("Armando Guebuza", "MOZ")),
])
def test_an_office_holder_of_those_years_is_known(text, published, expected):
    assert expected in _actors(text, published)


@pytest.mark.parametrize("text, published, name", [
    ("The US defense secretary arrived in Kabul on Monday.", date(2006, 5, 12), "Donald Rumsfeld"),
    ("The US defense secretary arrived in Kabul on Monday.", date(2016, 5, 12), "Ash Carter"),
    ("The British defence secretary arrived in Kabul on Monday.", date(2006, 2, 6), "John Reid"),
    ("The British defence secretary arrived in Kabul on Monday.", date(2016, 2, 8), "Michael Fallon"),
    ("The Japanese defense minister arrived in Manila on Monday.", date(2016, 5, 9), "Gen Nakatani"),
    ("The Kazakh foreign minister arrived in Beijing on Monday.", date(2006, 5, 15), "Kassym-Jomart Tokayev"),
    ("The Kazakh foreign minister arrived in Beijing on Monday.", date(2020, 5, 11), "Mukhtar Tileuberdi"),
])
def test_one_title_names_different_people_in_2006_and_2016(text, published, name):
    assert name in {e.actor for e in extract(text, published)}
