"""Datelines that open with their date ("March 4--", "March 4, 2022 -", "04.03.2022 - Press
release"), from short texts written for these tests: the date is the day the report was filed,
the page's publication date when it has no other, and never the date of what it reports."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.stamped_dates import published_in_text
from tests.conftest import extract, rows


@pytest.mark.parametrize("text, expected", [
    ("Fiji and Samoa agree on fisheries\n\nMarch 4, 2022 - The foreign ministers of Fiji and Samoa "
     "today signed a fisheries agreement.", date(2022, 3, 4)),
    ("Ministry condemns test\n\n04.03.2022 - Press release\n\nThe ministry condemned the test.",
     date(2022, 3, 4)),
    ("Envoy meets adviser\nMarch 4, 2022 (SUVA) \u2013 The envoy met the adviser today.", date(2022, 3, 4)),
    ("Talks planned\n\nMarch 4-6, 2022 talks will be held in Suva.", None),
    ("Envoy recalled\n\nMarch 4--The envoy was recalled on Friday.", None),
])
def test_a_date_first_dateline_dates_the_page(text, expected):
    assert published_in_text(text) == expected


def test_the_dateline_date_is_not_the_events_date():
    text = ("Samoa recalls ambassador from Fiji\n\n"
            "June 19--Samoa recalled its ambassador to Fiji on Monday after a dispute over fishing rights.")
    assert rows(extract(text), event_type="relations") == {
        ("relations", "recall", "WSM", "FJI", "FJI", date(2024, 6, 17))}


def test_a_dateline_with_a_year_dates_today():
    text = ("Fiji and Samoa sign fisheries deal\n\n"
            "March 4, 2022 - Fiji and Samoa today signed a fisheries agreement in Suva.")
    events = extract(text, published_in_text(text))
    assert rows(events, event_type="agreement") == {
        ("agreement", "sign", "FJI", "WSM", "FJI", date(2022, 3, 4))}


def test_a_dateline_day_just_after_the_stamp_is_the_filing_day():
    text = ("Samoa recalls ambassador from Fiji\n"
            "June 20 (Pacific Wire) -- Samoa recalled its ambassador to Fiji yesterday after a dispute over fishing.")
    assert rows(extract(text), event_type="relations") == {
        ("relations", "recall", "WSM", "FJI", "FJI", date(2024, 6, 19))}


def test_a_dateline_day_far_from_the_stamp_leaves_the_stamp():
    text = ("Samoa recalls ambassador from Fiji\n"
            "June 29 (Pacific Wire) -- Samoa recalled its ambassador to Fiji yesterday after a dispute over fishing.")
    assert rows(extract(text), event_type="relations") == {
        ("relations", "recall", "WSM", "FJI", "FJI", date(2024, 6, 18))}
