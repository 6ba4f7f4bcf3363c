"""A group's envoy named in apposition acts for the group, not for the country the person comes
from; short sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows, triples


@pytest.mark.parametrize("text, expected", [
    # the envoy phrase before the person, with "former" and a country's title
    ("The AU envoy, former Kenyan President Uhuru Kenyatta, flew to Kinshasa on Monday.",
     {("visit", "unspecified", "AFU", "COD", "COD", date(2024, 6, 17))}),
    # after the person, the group's name a possessive
    ("Former Nigerian President Olusegun Obasanjo, the African Union's special envoy, held talks with "
     "Sudan's army chief on Monday.",
     {("meeting", "talks", "AFU", "SDN", None, date(2024, 6, 17))}),
    # the group and the noun right before the name, the person's country told after it
    ("ECOWAS mediator Goodluck Jonathan, a former Nigerian president, visited Bamako on Monday.",
     {("visit", "unspecified", "ECW", "MLI", "MLI", date(2024, 6, 17))}),
    # "the bloc" standing for the group named before
    ("ECOWAS suspended Niger in May. The bloc's mediator, former Ghanaian President John Mahama, "
     "travelled to Niamey on Monday.",
     {("relations", "break", "ECW", "NER", None, date(2024, 5, 1)),
      ("visit", "unspecified", "ECW", "NER", "NER", date(2024, 6, 17)),
      ("meeting", "mediation", "ECW", "NER", "NER", date(2024, 6, 17))}),
])
def test_a_groups_envoy_acts_for_the_group(text, expected):
    assert rows(extract(text)) == expected


def test_the_envoy_named_again_by_surname_still_acts_for_the_group():
    events = extract("The AU envoy, former Kenyan President Uhuru Kenyatta, flew to Kinshasa on Monday. "
                     "Kenyatta held talks with the Congolese president on Tuesday.")
    assert triples(events) == {("visit", "unspecified", "AFU", "COD", "asserted"),
                               ("meeting", "talks", "AFU", "COD", "asserted")}


def test_a_countrys_envoy_and_a_groups_chair_keep_their_country():
    assert triples(extract("The US envoy, former diplomat Zalmay Khalilzad, flew to Kabul on Monday.")) == {
        ("visit", "unspecified", "USA", "AFG", "asserted")}
    assert triples(extract("Nigeria's President Bola Tinubu, the ECOWAS chairman, flew to Accra on Monday.")) >= {
        ("visit", "unspecified", "NGA", "GHA", "asserted")}
