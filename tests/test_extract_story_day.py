"""The day a wire story tells: undated lines of a report take the day its opening gives."""

from __future__ import annotations

import textwrap
from datetime import date

import pytest

from tests.conftest import extract


def _dates(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, str(e.date_start), e.date_basis) for e in events}


@pytest.mark.parametrize(("text", "published", "expected"), [
    # undated lines of a wire story take the day its lede tells
    (("OSLO, June 18 — Norway's foreign minister met his Swedish counterpart in Oslo on Monday.\n\n"
     "The Swedish minister praised Norway's mediation in Colombia."),
     date(2024, 6, 18), ("statement", "SWE", "2024-06-17", "relative")),
    # a lede that reaches the publication day keeps them on it
    (("WARSAW, June 18 — Poland expelled a Russian diplomat on Monday and summoned the Russian "
     "ambassador on Tuesday.\n\nThe Polish foreign minister praised Lithuania's support."),
     date(2024, 6, 18), ("statement", "POL", "2024-06-18", "published")),
    # a lede day weeks before publication is not the story's day
    (("ROME, June 18 — Italy and Albania signed a migration pact on June 10.\n\n"
     "The Italian prime minister praised Albania's cooperation."),
     date(2024, 6, 18), ("statement", "ITA", "2024-06-18", "published")),
    # "sat around one table" is no event, but "on Friday" is the day the report carries
    (("For years the group was more idea than institution. On Friday, its leaders sat around one "
     "table for the first time.\n\nThe Indian prime minister praised Japan's support."),
     date(2021, 9, 25), ("statement", "IND", "2021-09-24", "relative")),
    # a lede that names the publication day besides another keeps undated lines on it
    (("Talks opened on Thursday and ended on Saturday with a short communique.\n\n"
     "The Indian prime minister praised Japan's support."),
     date(2021, 9, 25), ("statement", "IND", "2021-09-25", "published")),
    # a lede without its day, and the next paragraph gives it
    (("LISBON, March 10 - Portugal has recalled its ambassador to Luanda for consultations, the "
     "foreign ministry said.\n\nThe recall, announced late on Sunday, followed weeks of dispute over "
     "a detained Portuguese businessman.\n\nAngola's foreign minister criticised Portugal's decision."),
     date(2025, 3, 10), ("statement", "AGO", "2025-03-09", "relative")),
    # the third paragraph is background: its day is not the story's
    (("LISBON, March 10 - Portugal has recalled its ambassador to Luanda for consultations, the "
     "foreign ministry said.\n\nThe dispute is over a detained Portuguese businessman.\n\nThe two "
     "countries last quarrelled in public on Friday, over fishing rights.\n\n"
     "Angola's foreign minister criticised Portugal's decision."),
     date(2025, 3, 10), ("statement", "AGO", "2025-03-10", "published")),
])
def test_undated_lines_take_the_day_the_opening_tells(text, published, expected):
    assert expected in _dates(extract(text, published))


def _dated(events) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_precision, e.modality)
            for e in events}


def test_within_a_day_counts_on_from_the_last_dated_event():
    text = ("Peru and Bolivia signed a border treaty on March 3.\n\n"
            "Chile protested within a day, recalling its ambassador from Lima.")
    assert ("relations", "CHL", "PER", "2024-03-04", "day", "asserted") in _dated(extract(text, date(2024, 11, 20)))


def test_a_paragraph_opened_by_within_hours_stays_on_the_day_told_before():
    text = ("On June 11 the Kenyan president met Ethiopia's prime minister in Addis Ababa.\n\n"
            "Within hours, a ship was seized in the Red Sea. Egypt blamed Ethiopia for the seizure.")
    assert ("statement", "EGY", "ETH", "2024-06-11", "day", "asserted") in _dated(extract(text, date(2024, 6, 20)))


def test_the_following_month_of_a_past_story_follows_the_month_it_told():
    # not the month after publication, and not a plan
    text = ("Fighting broke out on the border on April 12. Ghana said the following month that it "
            "would ask the court to rule, and criticised Togo for the shelling.")
    events = extract(text, date(2024, 9, 2))
    assert ("statement", "GHA", "TGO", "2024-05-01", "month", "asserted") in _dated(events)


def test_days_later_keeps_the_month_of_a_month_dated_scene():
    text = ("Relations between Chile and Peru soured in March, when Peru expelled a Chilean diplomat.\n\n"
            "Days later the Chilean president flew to Brasilia for a state visit.")
    events = extract(text, date(2024, 10, 7))
    assert ("visit", "CHL", "BRA", "2024-03-01", "month", "asserted") in _dated(events)


def test_within_hours_of_a_named_event_is_not_counted_from_the_story():
    text = ("Serbia and Kosovo agreed to a truce on May 8.\n\n"
            "Within hours of the announcement, Serbia accused Kosovo of violating it.")
    assert ("statement", "SRB", "XKX", "2024-05-20", "day", "asserted") in _dated(extract(text, date(2024, 5, 20)))


@pytest.mark.parametrize("text, day, precision", [("Egypt restored ties with Qatar in mid-2021.", "2021-01-01", "year")])
def test_a_year_after_mid_hyphen_dates_the_event(text, day, precision):
    (restored,) = extract(text, date(2024, 9, 8))
    assert (restored.event_type, str(restored.date_start), restored.date_precision) == ("relations", day, precision)


def test_a_weekday_of_last_week_is_that_day_not_the_week():
    (visit,) = extract("The German chancellor flew to Ankara on Tuesday last week.", date(2024, 3, 15))
    assert (visit.target_country, str(visit.date_start), visit.date_precision) == ("TUR", "2024-03-05", "day")


def test_a_year_in_an_aside_about_a_name_does_not_set_the_year_of_the_story():
    text = ("Erdogan, who visited Cairo in February 2013, went on to attack the government. "
            "In December he accused Egypt of betraying Gaza.")
    statement = next(e for e in extract(text, date(2024, 5, 2)) if e.event_type == "statement")
    assert (statement.actor_country, statement.target_country, str(statement.date_start),
            statement.date_precision) == ("TUR", "EGY", "2023-12-01", "month")


# Two undated paragraphs first: the text under test lies past the story's opening.
_SCENE = "Officials gave no details of the schedule.\n\nThe visit had been planned for months.\n\n"


def _all(text: str) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_basis)
            for e in extract(_SCENE + text, date(2024, 6, 19))}


@pytest.mark.parametrize(("text", "expected"), [
    # talks dated in the main clause: the other side's undated remark next is of that day
    ("Kenya's president held talks with Xi Jinping in Beijing on Tuesday. Xi praised Kenya's role in regional trade.",
     {("meeting", "KEN", "CHN", "2024-06-18", "relative"), ("visit", "KEN", "CHN", "2024-06-18", "relative"),
      ("statement", "CHN", "KEN", "2024-06-18", "relative")}),
    # a later day of a visit carries over, the arrival day does not
    (("The Kenyan president arrived in Beijing on Monday and was received by Xi Jinping on Tuesday. "
      "The two governments signed a trade agreement."),
     {("visit", "KEN", "CHN", "2024-06-17", "relative"), ("meeting", "KEN", "CHN", "2024-06-18", "relative"),
      ("agreement", "KEN", "CHN", "2024-06-18", "relative")}),
    ("The Kenyan president arrived in Beijing on Tuesday and met Xi Jinping. The two governments signed a trade agreement.",
     {("visit", "KEN", "CHN", "2024-06-18", "relative"), ("meeting", "KEN", "CHN", "2024-06-18", "relative"),
      ("agreement", "KEN", "CHN", "2024-06-19", "published")}),
    # a day told in a relative clause dates that clause only
    ("Kenya's president, who arrived in Beijing on Tuesday, held talks with Xi Jinping. Xi praised Kenya's role in regional trade.",
     {("visit", "KEN", "CHN", "2024-06-18", "relative"), ("meeting", "KEN", "CHN", "2024-06-19", "published"),
      ("statement", "CHN", "KEN", "2024-06-19", "published")}),
    # the other side's reaction to a step may come days later
    ("Poland expelled a Russian diplomat on Monday. Russia condemned the decision.",
     {("relations", "POL", "RUS", "2024-06-17", "relative"), ("statement", "RUS", "POL", "2024-06-19", "published")}),
    # not across a paragraph break
    ("Kenya's president held talks with Xi Jinping in Beijing on Tuesday.\n\nXi praised Kenya's role in regional trade.",
     {("meeting", "KEN", "CHN", "2024-06-18", "relative"), ("visit", "KEN", "CHN", "2024-06-18", "relative"),
      ("statement", "CHN", "KEN", "2024-06-19", "published")}),
])
def test_an_undated_line_goes_on_with_the_day_the_sentence_before_told(text, expected):
    assert _all(text) == expected


def test_the_day_of_talks_carries_over_an_undated_line_between():
    text = (_SCENE + "The Kenyan president held talks with Xi Jinping at the Great Hall of the People on Tuesday. "
            "The two leaders discussed trade. Xi praised Kenya's role in regional trade.")
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, str(e.date_start))
            for e in extract(text, date(2024, 6, 21))} == {
        ("meeting", "KEN", "CHN", "CHN", "2024-06-18"), ("visit", "KEN", "CHN", "CHN", "2024-06-18"),
        ("statement", "CHN", "KEN", "CHN", "2024-06-18")}


def test_the_page_stores_date_before_the_first_line_is_not_the_events_day():
    # the stamp says when the page was stored; the weekday of the sentence says when it happened
    text = " date 2024-06-19 WARSAW (AP) \u2014 Poland expelled a Russian diplomat Monday over spying."
    assert {(e.event_type, e.actor_country, str(e.date_start), e.date_basis)
            for e in extract(text, date(2024, 6, 19))} == {("relations", "POL", "2024-06-17", "relative")}


def test_a_page_without_a_publication_date_counts_from_the_latest_day_it_states():
    text = ("The Dutch foreign minister will visit Chile on June 3-4, the ministry said.\n\n"
            "The visit follows talks between the Netherlands and Chile held on 20 May 2025 in Santiago.\n\n"
            "The Dutch minister praised Chile's climate policy.")
    dated = {(e.event_type, e.actor_country, str(e.date_start), e.date_basis) for e in extract(text, None)}
    assert ("visit", "NLD", "2025-06-03", "stated") in dated  # the year comes from the stated date
    assert ("statement", "NLD", "2025-05-20", "latest") in dated  # undated: the latest day stated, and says so


def test_a_page_stating_no_full_date_leaves_its_undated_events_undated():
    text = "The Dutch foreign minister will visit Chile on June 3-4. He praised Chile's climate policy."
    assert {(e.event_type, str(e.date_start), e.date_basis) for e in extract(text, None)} == {
        ("visit", "None", "unknown"), ("statement", "None", "unknown")}


_WEDNESDAY = date(2024, 6, 19)
_COUNTED = ("Chile has ordered two Peruvian diplomats to leave the country, the foreign ministry in Santiago "
            "said on {day}, two days after Lima declared two staff members of the Chilean embassy persona non grata.")


def test_a_day_counted_back_is_not_the_story_day():
    found = _dates(extract(_COUNTED.format(day="Tuesday"), _WEDNESDAY))
    assert ("relations", "CHL", "2024-06-18", "relative") in found
    assert ("relations", "PER", "2024-06-16", "relative") in found


@pytest.mark.parametrize(("line", "expected"), [
    # the pluperfect of the side the opening counts back to: that side's day
    ("Peru's foreign ministry had accused the Chilean pair of spying.", ("statement", "PER", "2024-06-17", "relative")),
    # reported words are told on the day they were said
    ("Peru's foreign minister said he had accused the Chilean pair of spying.",
     ("statement", "PER", "2024-06-19", "published")),
])
def test_the_pluperfect_of_the_side_counted_back_to(line, expected):
    found = _dates(extract(_COUNTED.format(day="Wednesday") + "\n\n" + line, _WEDNESDAY))
    assert ("relations", "CHL", "2024-06-19", "published") in found
    assert expected in found


@pytest.mark.parametrize(("verb", "expected"), [
    # the opening reports its news on the publication day: undated lines stay on it
    ("announced on Wednesday", ("statement", "PER", "2024-06-19", "published")),
    # a day that dates no report leaves the story on the day the opening tells
    ("said, after talks on Wednesday", ("statement", "PER", "2024-06-18", "relative")),
])
def test_an_opening_reported_on_the_publication_day(verb, expected):
    text = (f"Chile has withdrawn its notice to leave the defence pact with Peru, the Chilean defence minister {verb}.\n\n"
            "The Peruvian defence minister had met the Chilean president in Santiago on Tuesday evening.\n\n"
            "The Peruvian minister praised Chile for its decision.")
    assert expected in _dates(extract(text, _WEDNESDAY))


@pytest.mark.parametrize(("third", "expected"), [
    # a later paragraph tells words said on the publication day: from there on, the report's day
    ("On Wednesday, the Peruvian president said he regretted the decision.",
     ("statement", "BOL", "2024-06-19", "published")),
    ("The Peruvian president told reporters on Wednesday that he regretted the decision.",
     ("statement", "BOL", "2024-06-19", "published")),
    # a plan for that day does not bring the story back to it
    ("The Peruvian president was due to travel to Santiago on Wednesday.",
     ("statement", "BOL", "2024-06-18", "relative")),
])
def test_a_later_paragraph_back_on_the_publication_day(third, expected):
    text = ("Chile expelled two Peruvian diplomats on Tuesday, accusing them of spying.\n\n"
            "The Chilean foreign minister praised Argentina's support.\n\n"
            f"{third}\n\n"
            "Bolivia criticised Chile's decision.")
    assert expected in _dates(extract(text, _WEDNESDAY))


# An opening that names no day: the story is of the day before publication when a later
# paragraph names that day (and none names the publication day).
_UNDATED_OPENING = ("Peru has expelled the Bolivian ambassador, giving him three days to leave.\n\n"
                    "The dispute over river water has dragged on for years.\n\n")


@pytest.mark.parametrize(("later", "expected"), [
    # 2024-06-19 is a Wednesday: "on Tuesday" is the day before publication
    ("The Peruvian foreign minister said on Tuesday that Bolivia had ignored every protest.",
     {("relations", "PER", "BOL", "2024-06-18", "day", "relative")}),
    # a day further back is history, not the news
    ("The Peruvian foreign minister said on Sunday that Bolivia had ignored every protest.",
     {("relations", "PER", "BOL", "2024-06-19", "day", "published")}),
    # the publication day named too: the news is of that day
    ("The Peruvian foreign minister said on Tuesday that Bolivia had ignored every protest, and "
     "Bolivia answered on Wednesday.",
     {("relations", "PER", "BOL", "2024-06-19", "day", "published")}),
])
def test_an_opening_without_a_day_takes_the_day_before_named_later(later, expected):
    events = extract(_UNDATED_OPENING + later, date(2024, 6, 19))
    found = {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_precision, e.date_basis)
             for e in events if e.event_type == "relations"}
    assert found == expected


@pytest.mark.parametrize("link", ["The move follows", "The decision comes after"])
def test_the_day_of_what_the_news_follows_is_not_the_story_day(link):
    text = ("Norway and Denmark have imposed sanctions on six Belarusian officials.\n\n"
            f"{link} Sunday's disputed vote in Belarus.")
    found = {(e.event_type, e.event_mode, e.actor_country, e.target_country, str(e.date_start), e.date_basis)
             for e in extract(text, _WEDNESDAY)}
    assert ("sanction", "impose", "NOR", "BLR", "2024-06-19", "published") in found


def _wrapped(text: str, width: int = 60) -> str:
    return "\n".join(textwrap.wrap(text, width))


def test_hard_wrapped_copy_without_paragraph_breaks_has_a_short_opening():
    story = ("RIGA, June 20 Latvia's president failed on Thursday to win backing from his Baltic "
             "neighbours for a joint energy plan at a regional summit in the Latvian capital. "
             "The three states had aimed to agree the plan at Thursday's meeting, which would have "
             "tied their power grids more closely to the rest of the European Union. "
             "Officials from the three capitals spent weeks preparing the text, and several ministers "
             "travelled to Brussels to discuss its financing with the commission there. "
             "Diplomats said the talks stalled over the cost of new lines and over who would pay "
             "for the upgrades needed along the borders of each of the three states. "
             "The Estonian prime minister praised Lithuania's efforts to find a compromise. "
             "Observers expect the issue to return at the next meeting of the leaders in the autumn. "
             "The Lithuanian president said the summit, which ends on Friday, had still been useful.")
    found = {(e.event_type, e.actor_country, e.target_country, str(e.date_start))
             for e in extract(_wrapped(story), date(2024, 6, 21))}
    assert ("statement", "EST", "LTU", "2024-06-20") in found
