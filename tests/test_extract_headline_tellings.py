"""A headline's statement and the body's telling of it, from short sentences written for these
tests: the headline names the act ("blames", "denies"), the body tells it as a plain remark on a
day of its own, often by a named speaker; the two are one statement, dated by the body's day."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from tests.conftest import rows

_PUBLISHED = date(2024, 6, 19)  # a Wednesday


def _statements(headline: str, text: str) -> set[tuple]:
    return rows(extract_events(text, _PUBLISHED, headline=headline), "date_basis", event_type="statement")


@pytest.mark.parametrize("headline, text, expected", [
    ("Chile blames Peru for navy base blast",
     "LIMA, June 19 - Peru rejected the charge on Wednesday.\n\n"
     "Chilean President Gabriel Boric said on Monday that there were good grounds to suspect Peruvian "
     "officers were involved in the explosion.",
     {("statement", "accusation", "CHL", "PER", None, date(2024, 6, 17), "relative"),
      ("statement", "rejection", "PER", "CHL", "PER", date(2024, 6, 19), "relative")}),
    ("Norway denies sending troops to Finland",
     "Finland's president said on Tuesday that Norwegian soldiers had entered Lapland.\n\n"
     "Within hours, Norway's foreign ministry wrote that no such deployment had taken place.",
     {("statement", "accusation", "FIN", "NOR", None, date(2024, 6, 18), "relative"),
      ("statement", "denial", "NOR", "FIN", "NOR", date(2024, 6, 18), "relative")}),
    ("Chile blames Peru for navy base blast",
     "Foreign Minister Alberto van Klaveren spoke to reporters in Santiago.\n\n"
     "He wrote on Monday that the blast was planned in Lima and accused Peru of an unprecedented attack.",
     {("statement", "accusation", "CHL", "PER", None, date(2024, 6, 17), "relative")}),
])
def test_the_body_telling_of_a_headline_statement_joins_it_with_its_day(headline, text, expected):
    assert _statements(headline, text) == expected


def test_a_remark_told_a_week_before_is_not_the_headline_news():
    text = ("Chilean President Gabriel Boric said on June 10 that there were good grounds to suspect "
            "Peruvian officers were involved in the explosion.")
    assert _statements("Chile blames Peru for navy base blast", text) == {
        ("statement", "accusation", "CHL", "PER", None, _PUBLISHED, "published")}


def test_another_country_remark_does_not_join_the_headline():
    text = "Peru's foreign minister said on Monday that the two navies would hold talks."
    assert _statements("Chile blames Peru for navy base blast", text) == {
        ("statement", "accusation", "CHL", "PER", None, date(2024, 6, 17), "relative"),
        ("statement", "comment", "PER", "CHL", None, date(2024, 6, 17), "relative")}
