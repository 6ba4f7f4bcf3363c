"""A photo's caption credited in brackets ("[File: Jane Doe/AP Photo]"), with the image's
longer text printed above it: both are page furniture, and the old day the longer text names is
not the day the story's opening tells."""

from __future__ import annotations

from datetime import date

from dashboard.extract.furniture import without_furniture
from dashboard.extract.pipeline import extract_events

_ALT = ("Chilean envoy Ana Ruiz arrives at the ministry in Lima, Peru, Monday, Feb. 1, 2021. "
        "The envoy had served in Lima for two years and")
_CAPTION = "Chilean envoy Ana Ruiz arrives at the ministry in Lima [File: Tomas Vidal/AP Photo]"


def test_a_bracketed_credit_and_the_longer_copy_above_it_are_blanked():
    text = f"Chile recalls envoy\n\n{_ALT}\n{_CAPTION}\n\nChile recalled its ambassador to Peru on Wednesday."
    kept = without_furniture(text)
    assert "Ana Ruiz" not in kept and "Tomas Vidal" not in kept
    assert "Chile recalled its ambassador to Peru on Wednesday." in kept


def test_a_photographer_and_agency_in_brackets_end_a_caption():
    assert without_furniture("Peru's foreign minister speaks in Lima [Jane Doe/Reuters]").strip() == ""


def test_a_story_line_with_a_bracketed_aside_stays():
    line = "Chile recalled its ambassador [to Peru] after the row, the ministry said."
    assert without_furniture(line) == line


def test_the_deck_above_a_credited_caption_takes_the_day_the_opening_tells():
    text = (f"Chile recalls envoy\n\nChile recalls its ambassador to Peru after a row over trade.\n\n{_ALT}\n{_CAPTION}\n\n"
            "Chile recalled its ambassador to Peru on Wednesday, after weeks of tension over trade.")
    events = {(e.event_type, e.event_mode, e.actor_country, e.target_country, e.date_start)
              for e in extract_events(text, date(2021, 3, 11))}
    assert events == {("relations", "recall", "CHL", "PER", date(2021, 3, 10))}
