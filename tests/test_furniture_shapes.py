"""Furniture shapes seen on real published pages (an audit of about sixty stored news pages),
each written here in our own words: comment boxes, source credits, bylines with a stamp,
timestamps in other shapes, captions with bracketed credits, promos, the page store's
opening date. Story lines that merely start like them stay (tests/test_published_layouts.py)."""

from __future__ import annotations

import pytest

from dashboard.extract.furniture import without_furniture
from dashboard.extract.pipeline import extract_events
from tests.conftest import blanked_between_story_lines

FURNITURE = [
    # comment boxes
    "Leave a Reply",
    "Leave comment",
    "No Comments",
    "No comments yet.",
    "Your email address will not be published.",
    "Your email address will not be published. Required fields are marked *",
    "To participate in the discussion",
    # source credits
    "Source: Example News Agency",
    "SOURCE: WIRE SERVICES",
    "SOURCE:ExampleTV and agencies",
    "(Sources: Wire services, Daily Example)",
    "News Source: www.example.org",
    # bylines
    "By Wirecorp:",
    "BY MARA OKAFOR | MARCH 3, 2021",
    "By Mara Okafor in Seoul and Tomas Lindqvist in Tokyo | Daily Example | Updated: 2021-03-03 10:15",
    "Curated By: Mara",
    "Our Correspondent",
    "Staff Reporter",
    "Lena Ivers (@lenaivers) Published March 3, 2021 | 10:15 AM",
    "Lena Ivers (@lenaivers) 5 minutes ago Wed 3rd March 2021 | 10:15 AM",
    "Reuters Published 03 Mar, 2021 10:15pm",
    "Wire Desk | Updated: 03-03-2021 10:15 IST | Created: 03-03-2021 09:50 IST",
    # timestamps
    "Published: 3rd March 2021 10:15 AM | Last Updated: 3rd March 2021 11:00 AM | A+A-",
    "first published: March 03, 2021, 10:15 IST",
    "last updated: March 03, 2021, 10:15 IST",
    "Wed 3rd March 2021",
    "Wednesday, 3 March 2021 10:15 - ",
    "14:05 3 March 2021",
    "3 March 2021 [10:15] - EXAMPLE.AZ",
    "2 weeks ago",
    "Published: Updated:",
    "Published",
    "Xinhua, March 3, 2021",
    # captions with their credits, credit lines
    "Delegates arrive at the hall in Geneva, March 3, 2021. (AFP)",
    "The two envoys in Hanoi (Photo | Example)",
    "The ministers at the talks (Photo: example.vn)",
    "The leaders walk in the garden, March 3, 2021. [Photo/Xinhua] |",
    "Leaders at the summit in Delhi (PTI Photo/Jane Roe)",
    "The foreign minister at the talks TASS/Ivan Petrov",
    "Jane Roe | AFP | Getty Images",
    "Reuters",
    # other stories, the label in any of the cases pages print it
    "Read Also: Kim visits Moscow for arms talks",
    "SEE ALSO - Seoul summons Tokyo envoy",
    "Read More | Xi to visit Paris",
    # promos and widgets
    "More Stories From Asia",
    "You might also like",
    "RELATED ARTICLES",
    "Previous Post",
    "Next article",
    "Trends :Summit in DelhiTrade talks",
    "continue reading \u00bb",
    "Continue Reading",
    "All news",
    "Connect with us",
    "Views: 1,204",
    "Print version",
    "Close",
    "Photo",
    "WORLD",
    "0 81",
    "0:00 0:00",
    "2013 (11)",  # a blog archive's year and its count of posts
    "Example.com",
    "Example News",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_real_page_furniture_is_blanked_keeping_its_length(line):
    assert blanked_between_story_lines(line)


@pytest.mark.parametrize("label", ["Also Read |", "Read Also:", "Next Post", "Previous Post", "Related:", "READ MORE:"])
def test_a_headline_under_a_bare_label_is_blanked(label):
    text = f"Putin met Xi in Beijing.\n{label}\nKim visits Moscow for arms talks\nXi thanked him."
    lines = without_furniture(text).split("\n")
    assert [line.strip() for line in lines] == ["Putin met Xi in Beijing.", "", "", "Xi thanked him."]


def test_a_story_sentence_under_a_bare_label_stays():
    text = "Related:\nThe talks resumed in Doha on Monday.\nNext Post\n\u201cWe will meet again,\u201d he said."
    lines = without_furniture(text).split("\n")
    assert [line.strip() for line in lines] == [
        "", "The talks resumed in Doha on Monday.", "", "\u201cWe will meet again,\u201d he said."]


def test_the_stores_opening_date_is_blanked_and_furniture_after_it():
    text = " date 2021-03-03 Share:\n\nPutin met Xi."
    assert without_furniture(text) == " " * 17 + " " * 6 + "\n\nPutin met Xi."
    story = " date 2021-03-03 Putin met Xi in Beijing on Tuesday.\n\nXi thanked him."
    assert without_furniture(story) == " " * 17 + story[17:]
    assert without_furniture("date 2021-03 Left Menu\nPutin met Xi.") == " " * 13 + " " * 9 + "\nPutin met Xi."


def test_an_archive_list_does_not_make_the_story_history():
    # the archive's later years no longer hide the story's own day from an undated page
    text = ("The Polish and Lithuanian presidents held a phone conversation on 12 October 2012.\n\n"
            "The Lithuanian president thanked Poland for its support.\n\n2013 (11)\n2012 (12)\n2011 (9)")
    events = extract_events(text, None)
    assert {(e.event_type, e.actor_country, str(e.date_start), e.date_basis) for e in events
            if e.event_type == "statement"} == {("statement", "LTU", "2012-10-12", "latest")}
