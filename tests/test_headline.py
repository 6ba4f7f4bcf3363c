"""The headline is read with the text: what only it states is found, and evidence offsets
still point into the text."""

from __future__ import annotations

from datetime import date

from dashboard.article_events import article_events, headline_of
from dashboard.extract.pipeline import extract_events
from dashboard.extract.reading import HEADLINE_START
from dashboard.ingest import extract_all
from dashboard.sources import make_article, read_text_document

BODY = ("SOFIA, June 29 \u2014 The government in Sofia has told 70 members of the Russian embassy's staff "
        "to leave within a week.\n\nThe Russian ambassador said the step was unjustified.")
HEADLINE = "Bulgaria expels 70 Russian diplomats"
PUBLISHED = date(2022, 6, 29)


def summary(events) -> list[tuple]:
    return [(e.event_type, e.event_mode, e.actor_country, e.target_country,
             [(x.char_start, x.char_end) for x in e.evidence]) for e in events]


def test_an_event_only_the_headline_states_is_found_with_the_headline_as_evidence():
    expulsions = [e for e in extract_events(BODY, PUBLISHED, headline=HEADLINE) if e.event_type == "relations"]
    assert [(e.event_mode, e.actor_country, e.target_country, e.date_start, e.sentence) for e in expulsions] == [
        ("expel", "BGR", "RUS", PUBLISHED, HEADLINE)]
    assert [(x.char_start, x.char_end) for x in expulsions[0].evidence] == [(HEADLINE_START, HEADLINE_START)]
    assert not [e for e in extract_events(BODY, PUBLISHED) if e.event_type == "relations"]


def test_the_text_events_keep_their_offsets_into_the_text():
    without = summary(extract_events(BODY, PUBLISHED))
    with_headline = [row for row in summary(extract_events(BODY, PUBLISHED, headline=HEADLINE)) if row[0] != "relations"]
    assert with_headline == without
    statement = extract_events(BODY, PUBLISHED, headline=HEADLINE)[-1]
    evidence = statement.evidence[0]
    assert BODY[evidence.char_start:evidence.char_end] == "The Russian ambassador said the step was unjustified."


def test_the_text_sentence_comes_first_and_gives_the_date():
    body = ("PYONGYANG, June 19 \u2014 Russian President Vladimir Putin arrived in Pyongyang on Wednesday "
            "for his first visit to North Korea in 24 years.")
    visit = extract_events(body, date(2024, 6, 20), headline="Putin arrives in North Korea")[0]
    assert (visit.event_type, visit.actor_country, visit.target_country, visit.date_start) == (
        "visit", "RUS", "PRK", date(2024, 6, 19))
    assert [x.char_start for x in visit.evidence] == [0, HEADLINE_START]
    assert visit.sentence == body


def test_a_text_that_opens_with_its_headline_reads_it_once():
    pasted = HEADLINE + "\n\n" + BODY
    assert summary(extract_events(pasted, PUBLISHED, headline=HEADLINE)) == summary(extract_events(pasted, PUBLISHED))


def test_a_title_made_from_the_file_name_is_no_headline():
    named = read_text_document("---\ntitle: \"Bulgaria expels 70 Russian diplomats\"\n---\n" + BODY, "a.md")
    long_first_line = " ".join([BODY.split("\n")[0]] * 3)  # too long to be a title line
    unnamed = read_text_document(long_first_line, "bulgaria-expels-diplomats.txt")
    assert headline_of(named) == HEADLINE
    assert unnamed.title == "bulgaria-expels-diplomats" and headline_of(unnamed) == ""
    assert headline_of(make_article("Text.", source="")) == "Text."  # the first line: read once, as above


def test_reading_an_article_uses_its_headline():
    article = make_article(BODY, title=HEADLINE, published=PUBLISHED)
    [(read, events)] = list(extract_all([article]))
    assert read == article
    assert ("relations", "expel", "BGR", "RUS", [(HEADLINE_START, HEADLINE_START)]) in summary(events)
    assert summary(events) == summary(article_events(article))
