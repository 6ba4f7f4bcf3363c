"""Leaders and foreign ministers of 2000 to 2017: a title and a surname, or a title and a
country, name the holder of the day, so one title names different people in 2005 and 2020."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _actors(text: str, published: date) -> set[tuple[str, str]]:
    return {(e.actor, e.actor_country) for e in extract(text, published)}


@pytest.mark.parametrize("text, published, expected", [
    # A head of state by title and surname alone.
    ("President Köhler arrived in Warsaw on Thursday.", date(2005, 3, 10), ("Horst Köhler", "DEU")),
    ("President Yudhoyono arrived in Canberra on Monday.", date(2005, 4, 4), ("Susilo Bambang Yudhoyono", "IDN")),
    # A foreign minister by title and surname.
    ("Foreign Minister Downer arrived in Jakarta on Tuesday.", date(2005, 6, 7), ("Alexander Downer", "AUS")),
    # "Rasmussen" is three Danish prime ministers: the one in office on the day.
    ("Prime Minister Rasmussen arrived in Moscow on Friday.", date(2005, 9, 2), ("Anders Fogh Rasmussen", "DNK")),
    # One person, two offices one after the other.
    ("Foreign Minister Rudd arrived in Beijing on Monday.", date(2011, 4, 25), ("Kevin Rudd", "AUS")),
    # The heads of bodies of those years.
    ("Secretary General Jaap de Hoop Scheffer arrived in Kabul on Sunday.", date(2005, 5, 1),
     ("Jaap de Hoop Scheffer", "NTO")),
    ("José Manuel Barroso arrived in Beijing on Thursday.", date(2005, 9, 1), ("José Manuel Barroso", "EUU")),
    ("Mohamed ElBaradei arrived in Tehran on Monday.", date(2006, 4, 10), ("Mohamed ElBaradei", "IAE")),
    # Beyond the G20: the countries most in the news of those years.
    ("Prime Minister Siniora arrived in Paris on Monday.", date(2006, 8, 14), ("Fouad Siniora", "LBN")),
    ("Foreign Minister Moratinos arrived in Damascus on Tuesday.", date(2006, 8, 1),
     ("Miguel Ángel Moratinos", "ESP")),
    ("President Saleh arrived in Riyadh on Sunday.", date(2009, 3, 1), ("Ali Abdullah Saleh", "YEM")),
    # A surname that is also a common word is found after its title.
    ("Prime Minister Key arrived in Canberra on Sunday.", date(2010, 2, 14), ("John Key", "NZL")),
    # Brothers of one surname in two offices: the title tells them apart.
    ("President Kaczynski arrived in Kyiv on Monday.", date(2007, 5, 21), ("Lech Kaczyński", "POL")),
    ("Prime Minister Kaczynski arrived in Berlin on Monday.", date(2007, 5, 21), ("Jarosław Kaczyński", "POL")),
])
def test_a_leader_of_those_years_is_known(text, published, expected):
    assert expected in _actors(text, published)


@pytest.mark.parametrize("text, published, name", [
    ("The Australian prime minister arrived in Jakarta on Tuesday.", date(2005, 6, 7), "John Howard"),
    ("The Australian prime minister arrived in Jakarta on Tuesday.", date(2020, 6, 9), "Scott Morrison"),
    ("The French prime minister arrived in Algiers on Monday.", date(2005, 11, 7), "Dominique de Villepin"),
    ("The French prime minister arrived in Algiers on Monday.", date(2020, 10, 5), "Jean Castex"),
    ("The Canadian foreign minister arrived in Havana on Monday.", date(2005, 1, 10), "Pierre Pettigrew"),
    ("The Canadian foreign minister arrived in Havana on Monday.", date(2020, 2, 3), "François-Philippe Champagne"),
    ("The Thai foreign minister arrived in Phnom Penh on Monday.", date(2009, 6, 1), "Kasit Piromya"),
    ("The Thai foreign minister arrived in Phnom Penh on Monday.", date(2020, 6, 1), "Don Pramudwinai"),
    ("The Austrian chancellor arrived in Prague on Monday.", date(2005, 6, 6), "Wolfgang Schüssel"),
    ("The Austrian chancellor arrived in Prague on Monday.", date(2020, 6, 8), "Sebastian Kurz"),
    ("The Ukrainian prime minister arrived in Brussels on Monday.", date(2008, 9, 8), "Yulia Tymoshenko"),
    ("The Ukrainian prime minister arrived in Brussels on Monday.", date(2020, 9, 7), "Denys Shmyhal"),
])
def test_one_title_names_the_holder_of_the_day(text, published, name):
    assert name in {e.actor for e in extract(text, published)}
