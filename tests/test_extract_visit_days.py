"""The first day of a visit told at its end, and the story day such a report tells (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


@pytest.mark.parametrize("sentence, first_day", [
    # Published on Friday 21 June 2024.
    ("Chinese President Xi Jinping wrapped up a two-day state visit to North Korea on Friday.", date(2024, 6, 20)),
    ("Kenyan President William Ruto ended his three-day visit to Japan on Friday.", date(2024, 6, 19)),
])
def test_a_visit_told_at_its_end_starts_days_before(sentence, first_day):
    (visit,) = [e for e in extract(sentence, date(2024, 6, 21)) if e.event_type == "visit"]
    assert visit.date_start == first_day


def test_a_report_of_a_visit_ending_today_tells_today():
    # Published on Monday 17 June 2024: the visit began on the 14th, but the story is of the 17th,
    # so the undated thanks are not moved back to the visit's first day.
    text = ("Kenyan President William Ruto today concluded a four-day state visit to Japan.\n\n"
            "Ruto thanked Japan for its support for the port of Mombasa.")
    dated = {(e.event_type, str(e.date_start)) for e in extract(text, date(2024, 6, 17))}
    assert dated == {("visit", "2024-06-14"), ("statement", "2024-06-17")}


def test_a_where_clause_after_the_origin_of_a_trip_dates_the_stop_there():
    # Published on Wednesday 14 February 2024: he was in the Emirates on Tuesday the 13th.
    text = "Erdogan flew to Cairo from the United Arab Emirates, where he addressed a summit in Dubai on Tuesday."
    (stop,) = [e for e in extract(text, date(2024, 2, 14)) if e.target_country == "ARE"]
    assert (stop.event_type, str(stop.date_start), stop.date_precision) == ("visit", "2024-02-13", "day")
    # no clause, no day: the stop only came before
    (stop,) = [e for e in extract("Erdogan flew to Cairo from the United Arab Emirates.", date(2024, 2, 14))
               if e.target_country == "ARE"]
    assert stop.date_start is None
