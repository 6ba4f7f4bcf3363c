"""Dates an undated sentence takes from the paragraph before it (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str]]:
    return {(e.event_type, e.actor_country or "", str(e.date_start)) for e in extract(text, published)}


def test_a_month_of_a_plan_in_the_sentence_before_is_no_history_to_carry_on():
    # Published on Monday 23 January 2023: the summit planned for July is ahead, not last July.
    text = ("Russian Foreign Minister Sergei Lavrov held talks with Naledi Pandor on trade and on the Russia-Africa"
            " summit, which Russia plans to host in St Petersburg in July. He thanked South Africa for its balanced"
            " position on the war.")
    # The summit Russia hosts is its own meeting too, of that July ahead (own_gatherings.py).
    assert _dated(text, date(2023, 1, 23)) == {("meeting", "RUS", "2023-01-23"), ("statement", "RUS", "2023-01-23"),
                                               ("meeting", "RUS", "2023-07-01")}


def test_history_told_in_the_sentence_before_still_dates_an_undated_deed():
    text = ("The rift began in March 2019, when the two governments fell out over fishing rights."
            " Rwanda closed its border with Uganda.")
    assert _dated(text, date(2023, 1, 23)) == {("sanction", "RWA", "2019-03-01")}


def test_words_of_the_side_a_paragraph_opens_on_are_of_its_day():
    # Published on Monday 31 January 2022: the lede is of Monday; the next paragraph opens on
    # Friday with Rwanda as its subject, so Rwanda's words there are of Friday.
    text = ("KIGALI, Jan. 31 - Trucks crossed the Gatuna border post again on Monday.\n\n"
            "The {side} government announced the decision on Friday. Rwanda welcomed the steps taken by Uganda.")
    assert _dated(text.format(side="Rwandan"), date(2022, 1, 31)) == {("statement", "RWA", "2022-01-28")}
    # another side's announcement sets no day for Rwanda's words
    assert _dated(text.format(side="Kenyan"), date(2022, 1, 31)) == {("statement", "RWA", "2022-01-31")}


def test_the_date_of_a_participle_aside_is_no_history_to_carry_on():
    # "their partnership, established in 2008," dates the partnership, not the signing told next.
    text = ("China and Vietnam agreed to deepen their partnership, established in 2008, and to build a community"
            " with a shared future. China and Vietnam signed more than 30 cooperation documents.")
    events = extract(text, date(2023, 12, 13))
    assert {str(e.date_start) for e in events if e.event_mode == "sign"} == {"2023-12-13"}


def test_earlier_in_the_day_points_back_to_the_day_the_paragraph_named():
    # the lede is the report's day (a Wednesday); the second paragraph goes back to Monday
    text = ("Thailand and Cambodia agreed on Wednesday to a ceasefire brokered by Malaysia.\n\n"
            "The fighting began on Monday with shelling along the border. "
            "Cambodia said it had acted after two soldiers were killed earlier in the day, "
            "and it accused Thailand of preparing attacks.")
    dated = {(e.event_mode, e.actor_country, e.target_country, str(e.date_start)) for e in extract(text, date(2025, 7, 30))}
    assert ("accusation", "KHM", "THA", "2025-07-28") in dated


def test_later_in_the_day_goes_on_from_an_event_of_the_report_day():
    # the talks are of the report's day (a Monday); "arrived on Sunday" is a clause's day
    text = ("Indian Prime Minister Narendra Modi, who arrived on Sunday, held talks with Marape in Port Moresby.\n\n"
            "Modi flew on to Sydney later in the day for talks with Australian Prime Minister Anthony Albanese.")
    visits = [e for e in extract(text, date(2023, 5, 22)) if e.event_type == "visit" and e.place_country == "AUS"]
    assert [str(e.date_start) for e in visits] == ["2023-05-22"]


def test_a_year_in_a_closing_who_clause_does_not_hide_the_day_before_it():
    text = ("The guns along the border were quiet on Tuesday.\n\n"
            "The truce was reached on Monday in Putrajaya, at the residence of Anwar Ibrahim, who chairs ASEAN this year. "
            "Cambodia and Thailand agreed to an immediate ceasefire.")
    assert ("agreement", "KHM", "2025-07-28") in _dated(text, date(2025, 7, 29))
