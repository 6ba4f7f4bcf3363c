"""The cheap test before the counted-interval date patterns, and the dates it leaves intact."""

from datetime import date

from dashboard.extract.dates import find_dates
from dashboard.extract.interval_cues import may_count_interval

PUBLISHED = date(2024, 6, 20)


def test_a_unit_before_the_closing_word_lets_the_pattern_run() -> None:
    assert may_count_interval("he left two days after the vote", "after")
    assert may_count_interval("a year  later, they met", "later")
    assert may_count_interval("three weeks\nago", "ago")
    assert may_count_interval("two months earlier", "ago")


def test_no_unit_before_the_closing_word_skips_the_pattern() -> None:
    assert not may_count_interval("after a day of talks, they met", "after")
    assert not may_count_interval("the day they met, and after", "after")
    assert not may_count_interval("the talks came later in the week", "later")
    assert may_count_interval("the year before last", "ago")  # the pattern itself decides


def test_other_patterns_always_run() -> None:
    assert may_count_interval("on tuesday", "weekday")


def test_the_closing_word_first_in_the_text_does_not_end_the_search() -> None:
    assert may_count_interval("after talks, two days after the vote", "after")


def test_counted_intervals_still_resolve() -> None:
    spans = [(m.text, m.span.start) for m in find_dates("He arrived two days ago and left.", PUBLISHED)]
    assert spans == [("two days ago", date(2024, 6, 18))]
    spans = [(m.text, m.span.start) for m in find_dates("on Monday, two days after the vote", PUBLISHED)]
    assert ("two days after", date(2024, 6, 15)) in spans


def test_a_day_of_talks_after_has_no_interval() -> None:
    assert [m.text for m in find_dates("After a day of talks they left.", PUBLISHED)] == []
