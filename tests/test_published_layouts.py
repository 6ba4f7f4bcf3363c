"""Articles as publishers lay them out: furniture blanked, agency datelines, timestamp dates."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.article_events import article_events
from dashboard.extract.furniture import without_furniture
from dashboard.extract.pipeline import dateline, extract_events
from dashboard.extract.reading import newest_first_entries
from dashboard.sources import make_article, read_json_document, read_text_document
from dashboard.stamped_dates import published_in_text, published_in_url
from tests.conftest import blanked_between_story_lines

FURNITURE = [
    "By Mara Okafor and Tomas Lindqvist",
    "By Hana Sato, Diplomatic correspondent",
    "Reporting by Ines Haddad in Moscow; Editing by Pavel Novak",
    "Additional reporting by Kofi Mendes in Paris",
    "Associated Press writer Lena Ivers in Rome contributed to this report.",
    "Our Standards: the agency's principles of trust.",
    "\u00a9 2024 Diplomatic Times. All rights reserved.",
    "Advertisement",
    "Share",
    "Listen to this article",
    "Sign up for our newsletter",
    "Read more: China expels Canadian diplomat in Beijing",
    "Related: Xi holds talks with Putin in Moscow",
    "FILE PHOTO: Leaders meet in Paris, March 2, 2021. REUTERS/Ann Lee/File Photo",
    "The ministers shake hands in Ankara. Photo: AFP",
    "Delegates arrive for the summit (Photo by Jonas Brennan/Pool via Getty Images)",
    "Home > Newsroom > Press releases",
    "Press release 123/24",
    "Published 19 June 2024, 10:42 BST",
    "Updated: June 19, 2024 3:45 PM EDT",
    "June 19, 2024 at 10:42 a.m.",
    "Last Updated:March 3, 2011, 09:15 IST",
    "Published : 3 Mar 2011, 09:15 AM",
    "Posted March 3, 2011 09:15:00",
    "March 3, 2011 11:13 MYT",
    "Thursday ,3 March 2011",
    "March 3, 2011|Reuters",
    "press@ministry.example",
    "+32 2 555 12 34",
]
STORY = [
    "By contrast, Japan said nothing about the visit.",
    "By Tuesday, the talks had stalled.",
    "Related talks were held in Geneva.",
    "Share prices fell in Moscow after the sanctions.",
    "Photo opportunities were few during the visit to Beijing.",
    "Photographs showed Putin greeting Kim in Pyongyang.",
    "Home affairs ministers met in Brussels on Monday.",
    "Reporting by state media suggested the talks had failed.",
    "On 19 June 2024 at 10:42 the minister left for Seoul.",
    "Updated figures showed trade with China grew.",
    "Read more into the figures than they allow, the envoy warned.",
    "Sources close to the talks said Iran would attend.",
    "Source of the leak was never named, officials in Seoul said.",
    "News of the expulsion reached Moscow on Tuesday.",
    "World leaders condemned the missile test on Sunday.",
    "Close ties with Beijing were confirmed during the visit.",
    "Photos released by KCNA showed Kim at the launch site.",
    "Published reports said the envoy was recalled to Tehran.",
    "Previous talks in Doha ended without a deal.",
    "Next week, Lavrov will visit Ankara.",
    "Our correspondent in Beijing said the meeting was tense.",
    "Reuters reported that the talks in Cairo had stalled.",
    "All news outlets in Moscow carried the statement.",
    "Trends in trade between the two countries worsened in 2023.",
    "Views differed sharply between Ankara and Athens.",
    "Monday, 2 December 2024 - the day Seoul and Tokyo signed the pact.",
    "Leave a message, the embassy told Canadian citizens in Moscow.",
    "Continue reading the statement, the minister told reporters in Ankara.",
    "Also reading from a statement, the minister condemned the test.",
]


@pytest.mark.parametrize("line", FURNITURE)
def test_furniture_lines_are_blanked_keeping_their_length(line):
    assert blanked_between_story_lines(line)


@pytest.mark.parametrize("line", STORY)
def test_story_sentences_that_look_like_furniture_stay(line):
    text = f"Putin met Xi in Beijing.\n\n{line}"
    assert without_furniture(text) == text


def test_a_live_blog_time_stamp_is_blanked_and_the_entry_kept():
    text = "10:42 GMT \u2014 Putin arrived in Pyongyang.\n09:15 BST - Kim greeted him."
    assert without_furniture(text) == (" " * 12 + "Putin arrived in Pyongyang.\n" + " " * 12 + "Kim greeted him.")


def test_a_media_contact_block_is_blanked_up_to_the_next_sentence():
    text = "Media contact\nLena Ivers\nPress Office\n+32 2 555 12 34\n\nThe ministry said it welcomed the deal."
    lines = without_furniture(text).split("\n")
    assert [line.strip() for line in lines] == ["", "", "", "", "", "The ministry said it welcomed the deal."]


def test_clean_text_comes_back_as_the_same_object():
    text = "MOSCOW, June 19 \u2014 Putin met Xi.\n\nThey signed a pact."
    assert without_furniture(text) is text
    assert without_furniture("") == ""


@pytest.mark.parametrize(("text", "place", "country"), [
    ("SEOUL (Reuters) - South Korea said.", "Seoul", "KOR"),
    ("KYIV, Ukraine (AP) \u2014 Ukraine said.", "Kyiv", "UKR"),
    ("BRUSSELS, June 5 (Reuters) - The EU said.", "Brussels", "BEL"),
    ("PARIS (AFP) - France said.", "Paris", "FRA"),
    ("ISLAMABAD: Pakistan said.", "Islamabad", "PAK"),
    ("BREAKING: A late line.\n\nNEW DELHI: India said.", "New Delhi", "IND"),
])
def test_agency_datelines_give_the_place_of_filing(text, place, country):
    unit = dateline(text)
    assert unit is not None and (unit.text, unit.place_country) == (place, country)


def test_a_capitalised_opening_without_date_or_agency_is_no_dateline():
    assert dateline("NATO - the alliance said it would meet.") is None
    assert dateline("UPDATE: the alliance said it would meet.") is None  # a colon after a word that is no place


def events_of(text: str, published: date | None) -> list[tuple]:
    return [(e.event_type, e.event_mode, e.actor_country, e.target_country, e.place_country, e.date_start)
            for e in extract_events(text, published)]


WIRE = """By Mara Okafor and Tomas Lindqvist

SEOUL (Reuters) - South Korean President Yoon Suk Yeol held talks with Japanese Prime Minister Fumio Kishida on Tuesday.

Related: China expels Canadian diplomat in Beijing

FILE PHOTO: Russian President Vladimir Putin meets Chinese President Xi Jinping in Moscow, March 21, 2023. REUTERS/Ann Lee/File Photo

Reporting by Ann Lee in Moscow; Editing by Bo Ray"""


def test_wire_copy_gives_the_story_events_only_placed_at_the_dateline():
    assert events_of(WIRE, date(2024, 6, 19)) == [
        ("meeting", "talks", "KOR", "JPN", "KOR", date(2024, 6, 18)),
        ("visit", "unspecified", "JPN", "KOR", "KOR", date(2024, 6, 18)),
    ]


def test_evidence_offsets_point_into_the_text_as_given():
    event = extract_events(WIRE, date(2024, 6, 19))[0]
    evidence = event.evidence[0]
    assert WIRE[evidence.char_start:evidence.char_end].startswith("SEOUL (Reuters) - South Korean President")


@pytest.mark.parametrize(("text", "day"), [
    ("Published 19 June 2024, 10:42 BST", date(2024, 6, 19)),
    ("Updated: June 19, 2024 3:45 PM EDT", date(2024, 6, 19)),
    ("June 19, 2024 at 10:42 a.m.", date(2024, 6, 19)),
    ("Date: 19.06.2024", date(2024, 6, 19)),
    ("Published: 20th May 2022 03:52 PM", date(2022, 5, 20)),  # ordinal days, as furniture.py blanks them
    ("Thursday, 3 March 2022 - 10:42", date(2022, 3, 3)),
    ("Headline\nShare\nLast updated Sept. 3, 2023 3:45 PM EDT\nBody text.", date(2023, 9, 3)),
    ("19 June 2024", date(2024, 6, 19)),  # a release's date line under its title
    ("Ministry of Foreign Affairs\nPress release\nOn recognition\n19 June 2024", date(2024, 6, 19)),
    ("Title\nStandfirst line.\nFirst paragraph.\nSecond paragraph.\n19 June 2024", None),  # heads history
    # a date alone on its line under a site's navigation, above the story, however far down
    ("21:31\nMinister starts tour today\nHome\nNews\nTuesday ,13 October 2009\nThe minister left for Rome.",
     date(2009, 10, 13)),
    ("Home\nWorld\nAsia\nTalks resume\nBy Ana Ruiz\n19 June 2024\nThe ministers met in Seoul.", date(2024, 6, 19)),
    ("Home\nWorld\nAsia\nTalks resume\nThe ministers met in Seoul.\n19 June 2024", None),  # below a story line
    ("Home\nWorld\nAsia\nTalks resume\nBy Ana Ruiz\nSeoul 19 June 2024\nThe ministers met.", None),  # a word beside
    ("On 19 June 2024 at 10:42 the minister left.", None),
    ("Published 31 February 2024", None),
    ("Published 99 Foo 2024, 10:42", None),
    ("Published 19 Junk 2024, 10:42", None),
    ("Updated 10:42 GMT", None),
    # bylines as web pages print them: labels, times, authors and separators around the date
    ("By Ana Ruiz | Oct 2, 2021 | 7:05 PM EDT", date(2021, 10, 2)),
    ("Newsroom | Posted: Oct 2, 2021 19:05:44", date(2021, 10, 2)),
    ("Posted : Saturday, 2 Oct, 2021, 7:05pm", date(2021, 10, 2)),
    ("Last updated at 19:05 GMT, Saturday, 2 October 2021", date(2021, 10, 2)),
    ("19:05 GMT 02.10.2021 (Updated: 21:10 GMT 02.10.2021)", date(2021, 10, 2)),  # the first day
    ("Posted 10/2/2021 7:05:44 PM 2021-10-02T19:05:44", date(2021, 10, 2)),  # slashes: month first
    ("Posted 25/10/2021 07:05", date(2021, 10, 25)),  # ... unless the first number is no month
    ("(2 Oct 2021) Reuters", date(2021, 10, 2)),
    ("Oct 2, 2021-Saturday", date(2021, 10, 2)),
    ("Lavrov lands in Pyongyang Oct 2, 2021", None),  # a title with a date is no timestamp
    ("Talks ended on 2 October 2021 at 19:05 with a joint statement", None),
    ("Posted 2/30/2021 10:00", None),
    ("\n".join(["A story line."] * 12 + ["Published 19 June 2024"]), None),  # not near the top
    # a byline's "|"-separated fields, one of them the date (with at most a place beside it)
    ("Daily Courier ^ | March 3, 2011 | LENA IVERS AND TOMAS BRENNAN lena@courier.example", date(2011, 3, 3)),
    ("Lena Ivers | Ankara 3 March 2011", date(2011, 3, 3)),
    ("Ankara and Athens | talks resumed on 3 March 2011 after a year", None),
    # a stamp the scrape glued to the lede or to its clock
    ("Ankara talks resume\nMarch 3, 2011The two ministers met in Ankara on Thursday.", date(2011, 3, 3)),
    ("Lena Ivers March 3, 201109:15 am", date(2011, 3, 3)),
    ("Ankara talks resume\nOn March 3, 2011 the two ministers met in Ankara.", None),
])
def test_a_timestamp_line_near_the_top_gives_the_publication_date(text, day):
    assert published_in_text(text) == day


def test_a_pasted_page_without_metadata_takes_its_timestamp_date():
    page = ("Poland's Duda in Kyiv\n\nUpdated: June 19, 2024 3:45 PM EDT\n\n"
            "Polish President Andrzej Duda visited Kyiv on Tuesday.")
    article = make_article(page)
    assert article.published == date(2024, 6, 19)
    assert events_of(article.text, article.published) == [
        ("visit", "unspecified", "POL", "UKR", "UKR", date(2024, 6, 18))]


@pytest.mark.parametrize(("url", "day"), [
    ("https://news.example.com/2020/08/21/ministers-meet/", date(2020, 8, 21)),
    ("https://example.com/world/2022/may/20/minister-to-visit-2455883.html", date(2022, 5, 20)),
    ("https://example.com/25-Dec-2018/fm-meets", date(2018, 12, 25)),
    ("https://example.com/news/story-2019-06-08.html", date(2019, 6, 8)),
    ("https://example.com/2021/05/ministers-meet/", None),  # a month is no day
    ("https://example.com/2024/02/30/story", None),
    ("http://example.com/news/politics/183004.html", None),
    ("https://example.com/world/la-fg-ministers-meet-20110303-story.html", date(2011, 3, 3)),
    ("https://example.com/id/20111399/story", None),
    ("http://www.example.com/2009/WORLD/asia/03/17/envoy.talks/index.html", date(2009, 3, 17)),
    ("https://example.com/2012/news/region/11/04/minister-visits/", date(2012, 11, 4)),
    ("https://example.com/2012/news/10-things-to-know/", None),
    ("https://example.com/2010mar09/fm_visits_capital.html", date(2010, 3, 9)),
    ("http://example.com/view.php?StoryID=20050711-101500-1234r", date(2005, 7, 11)),
    (None, None),
])
def test_an_address_with_a_day_gives_the_publication_date(url, day):
    assert published_in_url(url) == day


def test_a_page_from_the_crawl_store_is_published_the_day_it_opens_with():
    page = " date 2023-05-05 Kenya's foreign minister met his Ugandan counterpart in Kampala on Thursday."
    assert published_in_text(page) == date(2023, 5, 5)
    article = make_article(page, url="https://example.com/2023/05/04/story")
    assert article.published == date(2023, 5, 5)  # the page's own opening before its address
    assert events_of(article.text, article.published)[0][-1] == date(2023, 5, 4)  # "on Thursday"


def test_a_stamp_line_atop_the_lede_does_not_make_it_news_of_the_publication_day():
    # The stamp names the publication day; blanked, it leaves the lede's Wednesday as the story's
    # day, which the undated warning after it takes.
    text = ("Last Updated:March 4, 2011, 09:15 IST\n"
            "Greece recalled its ambassador from Turkey on Wednesday.\n\n"
            "Athens also warned Ankara against further incursions.")
    assert [(e.event_type, e.actor_country, e.target_country, e.date_start)
            for e in extract_events(text, date(2011, 3, 4))] == [
        ("relations", "GRC", "TUR", date(2011, 3, 2)), ("statement", "GRC", "TUR", date(2011, 3, 2))]


def test_the_store_opening_is_no_part_of_the_headline():
    # The headline is the page's first line without the stored day, so it is not read again
    # before the text with that day in it, and the undated praise takes the lede's Thursday.
    page = (" date 2023-05-05 Kenyan President William Ruto visited Uganda on Thursday.\n\n"
            "Ruto praised Uganda for its support.")
    article = make_article(page)
    assert article.title == "Kenyan President William Ruto visited Uganda on Thursday."
    assert [(e.event_type, e.actor_country, e.target_country, e.date_start) for e in article_events(article)] == [
        ("visit", "KEN", "UGA", date(2023, 5, 4)), ("statement", "KEN", "UGA", date(2023, 5, 4))]


@pytest.mark.parametrize("line", [
    "Updated: 00:00 GMT, Jan 1, 1970 | Published: 09:37 GMT, May 1, 2016 |",
    "Last modified 01/01/1970 00:00 | Posted 1 May 2016",
    "Published: 1 May 2016 | Updated: 1970-01-01",
])
def test_a_stamp_never_set_gives_way_to_the_real_one_beside_it(line):
    assert published_in_text(f"Ministers meet to mend ties\n\n{line}\n\nThe two ministers met on Saturday.") \
        == date(2016, 5, 1)


def test_a_lone_unset_stamp_gives_no_publication_day():
    assert published_in_text("Ministers meet\n\nUpdated: 00:00 GMT, Jan 1, 1970\n\nThey met on Saturday.") is None


def test_a_month_only_store_opening_is_no_part_of_the_headline_nor_a_publication_day():
    page = " date 2023-05 Kenyan President William Ruto visited Uganda in April.\n\nRuto praised Uganda."
    article = make_article(page)
    assert article.title == "Kenyan President William Ruto visited Uganda in April."
    assert article.published is None


def test_a_page_with_no_date_but_its_address_takes_the_address_day():
    article = make_article("Poland's president visited Kyiv on Tuesday.", url="https://example.com/2024/06/19/duda-kyiv")
    assert article.published == date(2024, 6, 19)
    assert events_of(article.text, article.published) == [
        ("visit", "unspecified", "POL", "UKR", "UKR", date(2024, 6, 18))]


def test_a_page_with_a_byline_of_fields_counts_its_weekdays_from_the_byline_day():
    page = ("Davutoglu in Athens\n\nDaily Courier | March 3, 2011 | By Lena Ivers\n\n"
            "Turkish Foreign Minister Ahmet Davutoglu visited Athens on Wednesday.")
    article = make_article(page)
    assert article.published == date(2011, 3, 3)
    assert events_of(article.text, article.published) == [
        ("visit", "unspecified", "TUR", "GRC", "GRC", date(2011, 3, 2))]


def test_metadata_wins_over_a_timestamp_line():
    document = "---\npublished: 2024-06-20\n---\nPublished 19 June 2024, 10:42 BST\n\nPutin met Xi."
    assert read_text_document(document, "a.txt").published == date(2024, 6, 20)


def test_json_without_a_date_takes_the_timestamp_line():
    articles, errors = read_json_document(
        '{"text": "Published 19 June 2024, 10:42 BST\\n\\nPutin met Xi in Beijing."}', "a.json")
    assert errors == [] and articles[0].published == date(2024, 6, 19)


def test_a_headline_above_the_story_is_not_its_lede():
    # The lede under the headline says Tuesday, so the undated condemnation after it is Tuesday's
    # news too, as it is without the headline.
    story = ("KYIV, March 22 \u2014 Japanese Prime Minister Fumio Kishida arrived in Kyiv on Tuesday for talks "
             "with Ukrainian President Volodymyr Zelensky.\n\nKishida condemned Russia's attacks on civilians.")
    for text in (story, "An unannounced journey by train\n\n" + story):
        statement = [e for e in extract_events(text, date(2023, 3, 22)) if e.event_type == "statement"]
        assert [(e.actor_country, e.target_country, e.date_start) for e in statement] == [
            ("JPN", "RUS", date(2023, 3, 21))]


LIVE = """Key events

11:20 GMT \u2014 He later said Moscow would not accept new conditions from Kyiv.

10:45 GMT \u2014 The two ministers also discussed grain exports.

10:05 GMT \u2014 Russian Foreign Minister Sergei Lavrov arrived in Ankara on Thursday for talks with Turkish Foreign Minister Hakan Fidan."""


def test_a_live_blog_newest_first_is_read_oldest_first():
    # "He" in the newest entry is Lavrov, named in the oldest one further down the page.
    events = extract_events(LIVE, date(2024, 6, 20))
    assert [(e.event_type, e.actor_country, e.target_country) for e in events] == [
        ("visit", "RUS", "TUR"), ("meeting", "RUS", "TUR"), ("statement", "RUS", "UKR")]
    for event in events:  # offsets still point into the page as given
        evidence = event.evidence[0]
        assert LIVE[evidence.char_start:evidence.char_end] == evidence.sentence


@pytest.mark.parametrize(("times", "reordered"), [
    (["11:20", "10:45", "10:05"], True),
    (["10:05", "10:45", "11:20"], False),          # oldest first already
    (["11:20", "10:05"], False),                   # two entries are no live blog
    (["00:15", "23:50", "23:10"], True),           # past midnight once
    (["10:05", "11:20", "09:00", "12:00"], False),  # no order
    (["1:15pm", "11:40am", "9.05am"], True),
])
def test_only_a_newest_first_run_of_time_stamps_is_a_live_blog(times, reordered):
    text = "\n\n".join(f"{stamp} \u2014 An entry of the day." for stamp in times)
    assert bool(newest_first_entries(text)) is reordered
