"""A bare year and a month or day both within reach of a trigger, from short sentences written for
these tests: the finer date is the event's, the year belongs to the clause beside it."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Fiji and Tonga signed a fisheries pact in 2019, and Tonga broke off relations with Taiwan in March 2023.",
     {("agreement", "sign", "FJI", "TON", None, date(2019, 1, 1), "asserted"),
      ("relations", "break", "TON", "TWN", None, date(2023, 3, 1), "asserted")}),
    ("The two governments paused the visits in 2020, and in May last year Moscow said it would not allow "
     "Japanese inspectors back.",
     {("statement", "comment", "RUS", "JPN", None, date(2023, 5, 1), "asserted")}),
])
def test_a_month_near_the_trigger_beats_a_bare_year(text, expected):
    assert rows(extract(text), "modality") == expected


def test_a_bare_year_alone_still_dates_its_event():
    assert rows(extract("Fiji and Tonga signed a fisheries pact in 2019."), "modality") == {
        ("agreement", "sign", "FJI", "TON", None, date(2019, 1, 1), "asserted")}
