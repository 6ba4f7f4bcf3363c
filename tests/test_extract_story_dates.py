"""Days an event takes from the story around it: a count on from a day named earlier in the
sentence ("on April 12, and six days later ..."), a year told from the report's ("In January
this year"), a paragraph that opens on a day ("On Monday a survey ship set sail.")."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from tests.conftest import extract

_WEDNESDAY = date(2024, 6, 19)


def _dates(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_precision) for e in events}


def test_days_later_in_the_sentence_count_on_from_its_day():
    text = ("Egypt's foreign minister was received in Ankara on May 3, and four days later the Turkish "
            "president held talks with the Egyptian president in Cairo.")
    found = _dates(extract(text, _WEDNESDAY))
    assert ("visit", "EGY", "TUR", "2024-05-03", "day") in found
    assert ("meeting", "TUR", "EGY", "2024-05-07", "day") in found


def test_a_talk_in_mid_month_has_that_month():
    text = "The Turkish foreign minister met the Egyptian president in Cairo in mid-March."
    assert ("meeting", "TUR", "EGY", "2024-03-01", "month") in _dates(extract(text, _WEDNESDAY))


def test_a_day_after_this_year_is_of_the_reports_year():
    text = ("India closed its embassy in Kabul in August 2021. In January this year, the Indian foreign "
            "secretary met the Afghan foreign minister in Dubai. The Indian foreign minister spoke to the "
            "Afghan foreign minister by telephone on May 15.")
    assert ("meeting", "IND", "AFG", "2024-05-15", "day") in _dates(extract(text, _WEDNESDAY))


_BACKGROUND = ("Greece and Turkey have quarrelled over the sea for decades.\n\n"
               "Talks in Ankara broke down, officials said.\n\n")


@pytest.mark.parametrize(("paragraph", "expected"), [
    # a paragraph opening on a day with no event of its own: its next sentence goes on with it
    ("On Monday a Turkish survey ship set sail for waters south of Crete. Greece expelled two Turkish diplomats.",
     ("relations", "GRC", "TUR", "2024-06-17", "day")),
    # words said are not moved: they may be the report's own
    (("On Monday a Turkish survey ship set sail for waters south of Crete. The Greek foreign minister "
      "accused Turkey of provocation."), ("statement", "GRC", "TUR", "2024-06-19", "day")),
    # a day owned by a noun ("Monday's sailing") sets no scene
    ("Monday's sailing of a Turkish survey ship alarmed Athens. Greece expelled two Turkish diplomats.",
     ("relations", "GRC", "TUR", "2024-06-19", "day")),
    # nor does a day two sentences back
    (("A Turkish survey ship set sail for waters south of Crete on Monday. Officials said it was escorted "
      "by warships. Greece expelled two Turkish diplomats."), ("relations", "GRC", "TUR", "2024-06-19", "day")),
])
def test_a_paragraph_opening_on_a_day_dates_its_next_sentence(paragraph, expected):
    assert expected in _dates(extract(_BACKGROUND + paragraph, _WEDNESDAY))


@pytest.mark.parametrize("second", [
    "The Turkish foreign minister visited Syria later that month.",
    "Earlier that month the Turkish foreign minister visited Syria.",
    "The same month the Turkish foreign minister visited Syria.",
])
def test_that_month_is_the_month_told_before(second):
    # the month, not the day told before (June 3)
    text = _BACKGROUND + "Turkey reopened its embassy in Damascus on June 3. " + second
    assert ("visit", "TUR", "SYR", "2024-06-01", "month") in _dates(extract(text, _WEDNESDAY))


@pytest.mark.parametrize("text, day, precision", [
    ("Ties between Chile and Peru have been frozen since 2015, when Peru recalled its ambassador.",
     date(2015, 1, 1), "year"),
    ("Ties have soured since March 2019, when Peru expelled Chile's ambassador.", date(2019, 3, 1), "month"),
])
def test_a_since_date_followed_by_when_dates_the_when_clause(text, day, precision):
    (event,) = extract(text, date(2020, 8, 13))
    assert (event.date_start, event.date_precision) == (day, precision)


def test_a_since_date_of_another_clause_still_dates_nothing():
    # the perfect of the event's own verb does take it ("has mediated ... since 2015": test_extract_perfect_since.py)
    events = extract("Chile mediated between Peru and Bolivia, whose ties have been tense since 2015.",
                     date(2020, 8, 13))
    assert events and all(event.date_start != date(2015, 1, 1) for event in events)


def test_a_first_sentence_that_names_the_report_day_keeps_the_story_on_it():
    # Published on Friday 21 June 2024: the lede is of Friday, so the undated accusation is not
    # moved back to Thursday, the day the trip began.
    text = ("When Kenyan President William Ruto stepped onto the stage of the African Union summit in Addis Ababa"
            " on Friday, it marked the end of a long quarrel.\n\nRuto flew to Ethiopia on Thursday.\n\n"
            "Ruto accused Somalia of meddling in its affairs.")
    assert _dates(extract(text, date(2024, 6, 21))) == {("visit", "KEN", "ETH", "2024-06-20", "day"),
                                                        ("statement", "KEN", "SOM", "2024-06-21", "day")}


def test_that_month_is_of_the_year_the_sentence_named():
    text = "The United States withdrew from the nuclear agreement in May 2018 and reimposed sanctions on Iran that November."
    assert _dates(extract(text, date(2019, 9, 16))) == {("agreement", "USA", "IRN", "2018-05-01", "month"),
                                                        ("sanction", "USA", "IRN", "2018-11-01", "month")}


def test_a_year_the_sentence_leaves_for_the_present_does_not_carry_on():
    # "..., a decision Beijing has always rejected": back in the report's present, so April is this year's.
    text = ("An international tribunal ruled in 2016 that China's claims had no legal basis, a decision Beijing"
            " has always rejected. The Philippines and the United States held joint military exercises in April.")
    assert _dates(extract(text, date(2023, 8, 7))) == {("military", "PHL", "USA", "2023-04-01", "month")}


def test_a_headline_closed_by_a_bracketed_tag_is_no_paragraph_of_the_opening():
    # "(press release)" ends the heading, not a sentence: the opening is the release's first two
    # paragraphs, which tell the talks of today, so the deal is of today, not the visit's first day
    text = ("Ministry of Foreign Affairs\n\n"
            "Prime Minister Pushpa Kamal Dahal is on an official visit to India from 31 May to 3 June 2023.\n\n"
            "The two Prime Ministers held talks at Hyderabad House, New Delhi, today.\n\n"
            "The two sides agreed on a long-term arrangement for the trade of electricity.")
    events = extract_events(text, date(2023, 6, 1), headline="Official visit of the Prime Minister of Nepal to India (press release)")
    assert {(e.event_type, str(e.date_start)) for e in events if e.event_type == "agreement"} == {("agreement", "2023-06-01")}
