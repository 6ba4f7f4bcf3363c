"""When two reports are one event, and what the second report improves."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from dashboard.extract.clustering import combined_confidence, refinements, same_event
from tests.conftest import extract

(VISIT,) = extract("Putin arrived in North Korea on June 19.", date(2024, 6, 20))


def test_same_visit_days_apart_within_tolerance_is_one_event():
    later = replace(VISIT, date_start=date(2024, 6, 20), date_end=date(2024, 6, 20), date_basis="published")
    assert same_event(VISIT, later)
    months_later = replace(VISIT, date_start=date(2024, 9, 1), date_end=date(2024, 9, 1))
    assert not same_event(VISIT, months_later)


def test_negated_never_joins_asserted_and_plans_join_only_across_articles():
    assert not same_event(VISIT, replace(VISIT, modality="negated"))
    planned = replace(VISIT, modality="planned")
    assert same_event(VISIT, planned) and not same_event(VISIT, planned, same_article=True)


def test_a_second_report_refines_place_date_and_actor():
    vague = replace(VISIT, actor="Russia", actor_role="government", place="North Korea",
                    geo_precision="country", date_precision="month", date_basis="relative")
    precise = replace(VISIT, place="Pyongyang", geo_precision="city", quote="a new era")
    updates = refinements(vague, precise)
    assert updates["place"] == "Pyongyang" and updates["date_precision"] == "day"
    assert updates["actor"] == "Vladimir Putin" and updates["quote"] == "a new era"
    assert refinements(precise, vague) == {}


def test_a_city_in_another_country_is_no_finer_place():
    # drills around Taiwan told from a Beijing dateline stay around Taiwan
    (drill,) = extract("China held military drills around Taiwan on Friday.", date(2022, 8, 5))
    from_beijing = replace(drill, place="Beijing", place_country="CHN", geo_precision="city")
    assert drill.place_country == "TWN"
    assert "place" not in refinements(drill, from_beijing)
    in_taipei = replace(drill, place="Taipei", place_country="TWN", geo_precision="city")
    assert refinements(drill, in_taipei)["place"] == "Taipei"


def test_independent_reports_raise_confidence():
    assert combined_confidence([0.6, 0.6]) == 0.84
    assert combined_confidence([0.9, 0.9, 0.9]) == 0.99


def test_a_plan_dated_by_the_day_it_was_told_joins_the_same_plan_with_its_date():
    told = replace(VISIT, modality="planned", date_start=date(2024, 6, 20), date_end=date(2024, 6, 20),
                   date_basis="published")
    dated = replace(told, date_start=date(2024, 7, 2), date_end=date(2024, 7, 2), date_basis="stated")
    assert same_event(told, dated, same_article=True) and same_event(dated, told, same_article=True)
    # a date before the telling, or months after it, is another trip; a visit made is no plan
    assert not same_event(told, replace(dated, date_start=date(2024, 6, 1), date_end=date(2024, 6, 1)))
    assert not same_event(told, replace(dated, date_start=date(2024, 10, 2), date_end=date(2024, 10, 2)),
                          same_article=True)
    assert not same_event(replace(told, modality="asserted"), replace(dated, modality="asserted"), same_article=True)


def test_a_headline_plan_and_the_body_giving_its_date_are_one_event():
    text = ("Chile's president plans visit to Argentina\n\n"
            "Chilean President Gabriel Boric will visit Buenos Aires on July 2, his office said on Monday.")
    assert [(e.event_type, str(e.date_start), e.date_basis) for e in extract(text, date(2024, 6, 19))] == [
        ("visit", "2024-07-02", "stated")]
