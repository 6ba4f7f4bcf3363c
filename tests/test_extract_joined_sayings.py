"""Two sayings of one speaker joined by "and", from short sentences written for these tests: a
judgement of a thing whose doer nobody names takes whom the joined saying addresses or speaks of;
a verb of a relative clause ("what he called") joins nothing."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    ("The Chilean foreign minister condemned the shooting and urged Quito and Lima to keep calm.",
     {("criticism", "CHL", "ECU", "negative"), ("criticism", "CHL", "PER", "negative"),
      ("appeal", "CHL", "ECU", "neutral"), ("appeal", "CHL", "PER", "neutral")}),
    ("The Canadian embassy condemned the blast and said the talks must go on, urging Havana to "
     "resume them.",
     {("criticism", "CAN", "CUB", "negative"), ("appeal", "CAN", "CUB", "neutral")}),
    ("The Indian ministry called the decision reckless and said Dhaka should reconsider it.",
     {("criticism", "IND", "BGD", "negative"), ("appeal", "IND", "BGD", "neutral")}),
])
def test_a_judgement_takes_the_joined_sayings_country(text, expected):
    assert statements(extract(text)) == expected


def test_a_relative_clause_verb_joins_nothing():
    text = ("The Turkish minister thanked Hungary for what he called its fair stance and accused Brussels "
            "of double standards.")
    assert statements(extract(text)) == {("praise", "TUR", "HUN", "positive"),
                                         ("accusation", "TUR", "EUU", "negative")}


def test_a_judgement_with_nobody_joined_is_still_no_event():
    assert statements(extract("The Chilean foreign minister condemned the shooting and called for calm.")) == set()


def test_a_rejection_takes_no_country_from_the_joined_report():
    text = "Bolivia rejected the accusations and said it regretted that Chile and Peru had sided with Brazil."
    assert {row for row in statements(extract(text)) if row[1] == "BOL"} == {("concern", "BOL", "CHL", "negative"), ("concern", "BOL", "PER", "negative")}
