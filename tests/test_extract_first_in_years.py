"""'the first visit in seven years in November': the date after the count is the event's own; a count after a
meeting tells only a gap."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract

PUBLISHED = date(2024, 5, 21)  # a Tuesday


def _dated(events):
    return {(e.event_type, e.actor_country, e.target_country, e.date_start, e.date_precision) for e in events
            if e.event_type in ("visit", "meeting")}


@pytest.mark.parametrize("text, own", [
    ("Kenyan President William Ruto made his first visit to Japan in eleven years in February.",
     ("visit", "KEN", "JPN", date(2024, 2, 1), "month")),
    ("Kenyan President William Ruto paid the first visit to Japan in 11 years on Monday.",
     ("visit", "KEN", "JPN", date(2024, 5, 20), "day")),
])
def test_a_date_after_a_count_of_years_dates_the_event_itself(text, own):
    dated = _dated(extract(text, PUBLISHED))
    assert own in dated
    assert any(start == date(2013, 1, 1) and precision == "year" for _, _, _, start, precision in dated)


@pytest.mark.parametrize("text, own", [
    ("The foreign ministers of Kenya and Japan held their first talks in eleven years in Nairobi in March.",
     ("meeting", "KEN", "JPN", date(2024, 3, 1), "month")),
    ("Envoys of Chile and Peru met in Lima on Monday, the first such meeting between the neighbours in 20 years.",
     ("meeting", "CHL", "PER", date(2024, 5, 20), "day")),
])
def test_a_count_of_years_after_a_meeting_tells_a_gap_not_an_earlier_meeting(text, own):
    dated = _dated(extract(text, PUBLISHED))
    assert own in dated
    assert not any(precision == "year" for _, _, _, _, precision in dated)


def test_a_date_in_a_clause_of_its_own_after_the_count_is_still_the_earlier_events():
    events = extract("Kenyan President William Ruto made his first visit to Japan in eleven years, "
                     "after a trip planned in March fell through.", PUBLISHED)
    visits = {(e.date_start, e.date_precision) for e in events if e.event_type == "visit"}
    assert (date(2024, 3, 1), "month") not in visits
