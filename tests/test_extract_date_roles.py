"""Which of a sentence's dates dates which event (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.modality, str(e.date_start)) for e in extract(text, published)}


def test_a_where_clause_with_a_date_of_its_own_is_not_dated_by_the_main_clause():
    # Published on Monday 11 November 2024: flew on Sunday the 10th, to meet on Tuesday the 12th.
    text = ("Kenyan President William Ruto flew on Sunday to Washington, where he is due to meet President Joe Biden"
            " at the White House on Tuesday.")
    assert _dated(text, date(2024, 11, 11)) == {("visit", "asserted", "2024-11-10"),
                                                ("meeting", "planned", "2024-11-12")}


def test_a_where_clause_with_no_date_of_its_own_takes_the_main_clauses():
    text = "Kenyan President William Ruto flew on Sunday to Washington, where he met Biden."
    assert _dated(text, date(2024, 11, 11)) == {("visit", "asserted", "2024-11-10"),
                                                ("meeting", "asserted", "2024-11-10")}


def test_a_weekday_with_the_simple_present_is_the_coming_day():
    # Published on Monday 7 June 2021: "flies ... on Tuesday" is the 8th, a plan; "met ... on Tuesday" the 1st.
    assert _dated("Kenyan President William Ruto flies to Accra on Tuesday.", date(2021, 6, 7)) == {
        ("visit", "planned", "2021-06-08")}
    assert _dated("Kenyan President William Ruto flew to Accra on Tuesday.", date(2021, 6, 7)) == {
        ("visit", "asserted", "2021-06-01")}



def test_a_day_after_a_relative_clause_closed_by_commas_dates_the_main_clause():
    # Published on Wednesday 11 March 2026. The launch is of that day; a story day of the 10th,
    # told by the next paragraph, must not take it over.
    text = ("Iran carried out a launch of its Kheibar missile, which can fly 2,000 kilometres, on Wednesday,"
            " the army said.\n\nIraq on Wednesday barred ships flying Iran's flag, a day after banning all imports from Iran.")
    dated = {(e.event_type, str(e.date_start)) for e in extract(text, date(2026, 3, 11))}
    assert ("military", "2026-03-11") in dated


def test_a_deadline_after_by_does_not_date_the_order():
    # Published on Wednesday 19 June 2024: the envoy must be gone by then; the order is of the report's day.
    for deadline in ("July 7", "Jan. 7"):
        text = f"Russia ordered the Estonian ambassador to leave the country by {deadline}."
        assert _dated(text, date(2024, 6, 19)) == {("relations", "asserted", "2024-06-19")}


def test_an_abbreviated_month_with_a_dot_keeps_its_year():
    # "in Sept. 2019" is September 2019, not the latest September before the report.
    (event,) = extract("Japan imposed sanctions on Russia in Sept. 2019.", date(2024, 6, 19))
    assert (str(event.date_start), event.date_precision) == ("2019-09-01", "month")


def test_a_date_a_decision_takes_effect_from_is_not_the_day_it_was_taken():
    # Published on Wednesday 19 June 2024: the decree was signed on Friday the 14th.
    assert _dated("Putin signed a decree on Friday banning Russian airlines from flying to Georgia from July 8.",
                  date(2024, 6, 19)) == {("sanction", "asserted", "2024-06-14")}
    assert _dated("China lifted the duties on Australian wine on Monday, with effect from March 29.",
                  date(2024, 6, 19)) == {("sanction", "asserted", "2024-06-17")}


def test_a_visit_from_a_day_to_another_starts_on_the_first():
    assert _dated("Chinese Premier Li Qiang visited Australia from June 15 to 18.",
                  date(2024, 6, 19)) == {("visit", "asserted", "2024-06-15")}
