"""An undated page counts from its latest full date even when it names a year still to come."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.dates import latest_stated_day
from dashboard.extract.years_ahead import years_not_ahead
from tests.conftest import extract


@pytest.mark.parametrize("text, expected", [
    ("The ministers met on 3 April 2022. They will hold the next round in 2024.", [2022]),
    ("On 3 April 2022 the pact was extended until the end of 2027.", [2022]),
    ("On 3 April 2022 the pact was extended until March 2027.", [2022]),
    ("The leaders pledged on 3 April 2022 to cut emissions by 2035.", [2022]),
    ("On 3 April 2022 they said a summit would be held in Lima in 2023.", [2022]),
    # told as history: the later year counts
    ("The treaty of 3 April 2012 was renewed in 2019.", [2012, 2019]),
    ("Under the treaty of 3 April 2012, cooperation for 2017 to 2019 was agreed.", [2012, 2017]),
])
def test_years_told_as_still_to_come_are_left_out(text, expected):
    assert years_not_ahead(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("The ministers met on 3 April 2022. They will hold the next round in 2024.", date(2022, 4, 3)),
    ("On 3 April 2022 the two sides extended their programme for ten years, to 2032.", date(2022, 4, 3)),
    ("The treaty of 3 April 2012 was renewed in 2019.", None),
])
def test_a_later_year_still_to_come_leaves_the_latest_day(text, expected):
    assert latest_stated_day(text) == expected


def test_an_undated_page_dates_its_events_by_its_latest_day_despite_a_planned_year():
    events = extract("Chinese Foreign Minister Wang Yi met Japanese Foreign Minister Takeshi Iwaya in Beijing on "
                     "Tuesday. The ministry published the record of the talks on 25 December 2024. Wang Yi will "
                     "visit Japan in 2025 for the next round.", None)
    meetings = [e for e in events if e.event_type == "meeting"]
    assert meetings and all((e.date_start, e.date_basis) == (date(2024, 12, 24), "relative") for e in meetings)
