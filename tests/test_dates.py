"""Date expressions resolved against a publication date (Wednesday 19 June 2024)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.dates import find_dates, latest_stated_day
from dashboard.extract.story_years import narrative_year_of

PUBLISHED = date(2024, 6, 19)


@pytest.mark.parametrize("text, start, end, precision, basis", [
    ("on June 19", "2024-06-19", "2024-06-19", "day", "stated"),
    ("June 18-19", "2024-06-18", "2024-06-19", "day", "stated"),
    ("from June 30 to July 2", "2024-06-30", "2024-07-02", "day", "stated"),
    ("on 19 June 2024", "2024-06-19", "2024-06-19", "day", "stated"),
    ("on Dec. 5, 2023", "2023-12-05", "2023-12-05", "day", "stated"),
    ("by June 2", "2024-06-02", "2024-06-02", "day", "stated"),
    ("by Feb. 7", "2024-02-07", "2024-02-07", "day", "stated"),  # a day, not the month "by Feb"
    ("in Sept. 2019", "2019-09-01", "2019-09-30", "month", "stated"),
    ("in March 2024", "2024-03-01", "2024-03-31", "month", "stated"),
    ("in December", "2023-12-01", "2023-12-31", "month", "stated"),  # nearest December is past
    ("in 2022", "2022-01-01", "2022-12-31", "year", "stated"),
    ("2024-06-01", "2024-06-01", "2024-06-01", "day", "stated"),
    ("yesterday", "2024-06-18", "2024-06-18", "day", "relative"),
    ("on Tuesday", "2024-06-18", "2024-06-18", "day", "relative"),
    ("last Wednesday", "2024-06-12", "2024-06-12", "day", "relative"),
    ("last week", "2024-06-10", "2024-06-16", "week", "relative"),
    ("last month", "2024-05-01", "2024-05-31", "month", "relative"),
    ("earlier this year", "2024-01-01", "2024-06-19", "year", "relative"),
    ("two days ago", "2024-06-17", "2024-06-17", "day", "relative"),
    ("next month", "2024-07-01", "2024-07-31", "month", "relative"),
    ("over the weekend", "2024-06-15", "2024-06-16", "day", "relative"),
    ("at the weekend", "2024-06-15", "2024-06-16", "day", "relative"),
])
def test_expression_resolves(text, start, end, precision, basis):
    (found,) = find_dates(f"The talks took place {text} in the capital.", PUBLISHED)
    assert (str(found.span.start), str(found.span.end), found.span.precision, found.span.basis) == (
        start, end, precision, basis)


def test_over_the_year_is_a_duration_not_a_date():
    assert find_dates("Trade grew over the year and during the week.", PUBLISHED) == []


def test_weekday_in_a_future_sentence_looks_forward():
    (found,) = find_dates("He will travel on Friday.", PUBLISHED, future=True)
    assert str(found.span.start) == "2024-06-21"


@pytest.mark.parametrize("text", [
    "They may 5 times refuse.", "Troops march on.", "a week of talks", "since 2019", "G20 leaders",
])
def test_no_false_dates(text):
    assert find_dates(text, PUBLISHED) == []


def test_without_publication_date_only_absolute_dates_resolve():
    assert find_dates("on Tuesday", None) == []
    (found,) = find_dates("on 5 March 2023", None)
    assert str(found.span.start) == "2023-03-05"


def test_a_month_without_year_stays_in_the_year_of_the_story():
    (july, september) = find_dates("In July 2023 the minister came, and in September the leader followed.",
                                   PUBLISHED)
    assert str(july.span.start) == "2023-07-01" and str(september.span.start) == "2023-09-01"
    (october,) = find_dates("He returned in October.", PUBLISHED, narrative_year=2023)
    assert str(october.span.start) == "2023-10-01"


def test_a_distant_past_is_no_date_and_no_crash():
    assert find_dates("ruins from 5000 years ago", PUBLISHED) == []
    (found,) = find_dates("a truce signed 30 years ago", PUBLISHED)
    assert found.span.precision == "year" and found.span.start.year == PUBLISHED.year - 30


@pytest.mark.parametrize("text, expected", [
    ("Talks were held on 20 May 2025. A second round followed on 2 June 2025.", date(2025, 6, 2)),
    ("The minister will visit on June 3-4.", None),  # no year anywhere: nothing to count from
    # the only full date is history when the text names a later year
    ("Under the treaty of 14 March 2006, cooperation for 2017 to 2019 was agreed.", None),
])
def test_the_latest_day_a_text_states_in_full(text, expected):
    assert latest_stated_day(text) == expected


def test_mid_joined_to_a_month_by_a_hyphen_is_that_month():
    (found,) = find_dates("The minister came to Cairo in mid-February.", PUBLISHED)
    assert (str(found.span.start), str(found.span.end), found.span.precision) == ("2024-02-01", "2024-02-29", "month")


def test_days_later_counts_on_from_the_day_named_before_it():
    (_, later) = find_dates("He was received on April 12, and six days later his host came.", PUBLISHED)
    assert (str(later.span.start), later.span.precision, later.span.basis) == ("2024-04-18", "day", "stated")
    # with no day before it the count is an earlier sentence's (counted_dates.py); past the
    # report's day it is no date
    assert find_dates("Six days later his host came.", PUBLISHED) == []
    (monday,) = find_dates("He came on Monday, and two weeks later his host came.", PUBLISHED)
    assert monday.text == "on Monday"


def test_a_year_told_from_the_reports_dates_the_months_after_it():
    (_, may) = find_dates("They held talks last year, the first round in May.", PUBLISHED, narrative_year=2020)
    assert str(may.span.start) == "2023-05-01"
    (march, february) = find_dates("He came back this March, weeks after a trip in February.", PUBLISHED,
                                   narrative_year=2020)
    assert (str(march.span.start), str(february.span.start)) == ("2024-03-01", "2024-02-01")
    # an aside about a name keeps its year to itself
    (_, may) = find_dates("Ruto, who took office last year, met Henry in May.", PUBLISHED, narrative_year=2020)
    assert str(may.span.start) == "2020-05-01"


def test_this_year_carries_on_and_last_year_does_not():
    assert narrative_year_of("In June 2022 it sent a team. In January this year, the envoy met him.", PUBLISHED) == 2024
    assert narrative_year_of("In January this year the envoy met him in June 2021.", PUBLISHED) == 2021
    assert narrative_year_of("In June 2022 it sent a team. Kenya offered last year to lead the force.", PUBLISHED) == 2022
