"""The cheap test of whether a text can name a given day: never False where the date patterns
would find that day, so skipping them changes no event."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.extract import dates
from dashboard.extract.day_cues import may_name_day
from dashboard.extract.story_day import _back_to_today
from tests.conftest import extract

FRIDAY = date(2024, 6, 21)
SATURDAY = date(2024, 6, 22)


def _names_day(text: str, day: date) -> bool:
    return any(m.span.start == day and m.span.precision == "day" for m in dates.find_dates(text, day))


@pytest.mark.parametrize("text, day", [
    ("Peskov told reporters on Friday that talks would go on.", FRIDAY),
    ("The minister said today that the border stays shut.", FRIDAY),
    ("Troops moved north overnight, the army said.", FRIDAY),
    ("The envoy arrived this morning.", FRIDAY),
    ("The leaders met on June 21 in Rome.", FRIDAY),
    ("The leaders met on 21 June in Rome.", FRIDAY),
    ("The leaders met on Jun. 21 in Rome.", FRIDAY),
    ("The leaders met on June 21st in Rome.", FRIDAY),
    ("The leaders met on the 21st of June in Rome.", FRIDAY),
    ("The leaders met from 21 to 23 June in Rome.", FRIDAY),
    ("The leaders met on June 21-23 in Rome.", FRIDAY),
    ("The leaders met on June 21to23 in Rome.", FRIDAY),
    ("The decree, dated 2024-06-21, took effect.", FRIDAY),
    ("The talks over the weekend went well.", SATURDAY),
    ("He left 0 days ago.", FRIDAY),
    ("Next Sunday, two days after the vote, Paris will protest.", FRIDAY),
])
def test_a_text_that_names_the_day_may(text: str, day: date) -> None:
    assert _names_day(text, day)  # the patterns find it ...
    assert may_name_day(text.lower(), day)  # ... so the cheap test must not rule it out


@pytest.mark.parametrize("text", [
    "Peskov told reporters on Thursday that talks would go on.",
    "The leaders met on May 21 in Rome, and decided to meet again.",  # "decided" is no December
    "The talks over the weekend went well.",  # a weekend starts on no Friday
    "The leaders met on June 20 in Rome.",  # the month, but not the day's number
    "The leaders met in June 2021 in Rome, at 10:210.",  # "21" only inside other numbers
    "Kenya recalled its envoy two weeks ago.",
])
def test_a_text_that_cannot_name_the_day_is_told_so(text: str) -> None:
    assert not may_name_day(text.lower(), FRIDAY)
    assert not _names_day(text, FRIDAY)


def test_no_day_of_a_week_escapes_the_test() -> None:
    """Every day of two weeks, and each weekday, month and same-day word in turn."""
    words = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "today",
             "tonight", "this morning", "last night", "earlier today", "this weekend", "yesterday"]
    months = ["January", "February", "Mar.", "April", "May", "June", "July", "Aug", "Sept.", "October",
              "November", "Dec."]
    sentences = [f"The envoy arrived {word} in Rome." for word in words]
    sentences += [f"The envoy arrived on {month} {n} in Rome." for month in months for n in (1, 9, 21, 30)]
    sentences += [f"The envoy arrived on {n} {month} in Rome." for month in months for n in (1, 9, 21, 30)]
    for offset in range(14):
        day = FRIDAY + timedelta(days=offset)
        for sentence in sentences:
            if _names_day(sentence, day):
                assert may_name_day(sentence.lower(), day), (sentence, day)


def test_the_patterns_it_knows() -> None:
    """A new date pattern may name the day some other way: then ``may_name_day`` needs its cue
    ("later", "two days later", is read as a count of days)."""
    assert {name for name, _ in dates._PATTERNS} <= {
        "iso", "month_day_month_day", "month_day", "day_month", "month_year", "month_of_year", "in_month",
        "year", "relative_day", "weekday", "ago", "after", "later", "relative_period"}


def test_a_count_of_days_later_may_name_the_day() -> None:
    assert may_name_day("they met on june 19, and two days later signed a deal.", FRIDAY)


def test_back_to_today_skips_a_rest_that_cannot_name_the_day() -> None:
    text = "Opening.\n\nThe minister said on Thursday that talks would go on."
    assert _back_to_today(text, 8, FRIDAY) == len(text)
    text = "Opening.\n\nThe minister said on Friday that talks would go on."
    assert _back_to_today(text, 8, FRIDAY) == 10


def test_a_story_day_stays_the_same() -> None:
    """A report of Tuesday whose lede tells Monday: its undated lines keep Monday, and a later
    paragraph told on Tuesday goes back to the report's day."""
    text = ("OSLO, June 18 — Norway's foreign minister met his Swedish counterpart in Oslo on Monday.\n\n"
            "The Swedish minister praised Norway's mediation in Colombia.\n\n"
            "Sweden's prime minister said on Tuesday that Norway was a close partner.")
    days = {(e.event_type, e.actor_country, str(e.date_start)) for e in extract(text, date(2024, 6, 18))}
    assert ("statement", "SWE", "2024-06-17") in days
