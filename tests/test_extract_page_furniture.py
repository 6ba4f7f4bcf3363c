"""Captions whose credit comes in a shape the furniture patterns had missed (a copyright sign,
"\u2014 Photo by X", an agency in brackets after a photo's position marker), the bare copy printed
above a credited caption, and a page cut off right after a verb of speech: none of them is an
event. Story lines of the same look stay."""

from __future__ import annotations

import pytest

from dashboard.extract.cut_speech import without_cut_speech
from dashboard.extract.furniture import without_furniture
from dashboard.extract.pipeline import extract_events
from tests.conftest import blanked_between_story_lines

RECALL = "Egypt recalled its ambassador from Israel on Sunday."


def _events(text: str) -> set[tuple]:
    return {(e.event_type, e.event_mode, e.actor_country, e.target_country) for e in extract_events(text, None)}


@pytest.mark.parametrize("line", [
    "A woman in Osaka watches a television report on the launch.  \u00a9 AFP",
    "Delegates leave the hall in Vienna on Tuesday. \u00a9 Jane Roe/Example Agency",
    "The envoy smiles on his arrival in Riyadh on March 3, 2014.\u2014 Photo by AFP",
    "The envoy smiles on his arrival in Riyadh on March 3, 2014. \u2014 Photo by Jane Roe",
    "The envoy waves to reporters in Doha. - Picture courtesy of Example Ministry",
    "President Moon (L) greets the Chinese envoy in Chengdu on Monday. (Yonhap)",
    "The ministers (2nd R) pose for a photo before their talks in Hanoi. (Example News)",
    "Ghana's president (left) shakes hands with Togo's leader (right) after talks in Lome on Monday.",
    "President Moon (R) talks to Prime Minister Abe (L) at the palace in Tokyo on March 3, 2019.",
])
def test_captions_with_these_credits_are_blanked(line):
    assert blanked_between_story_lines(line)


@pytest.mark.parametrize("line", [
    "The minister left Seoul on Monday, officials said. (Yonhap)",
    "The two leaders met in Tokyo, the agency said. (Updated)",
    "Copyright laws were discussed at the talks in Geneva.",
    "The minister (right) of the two had flown in from Rome.",
])
def test_story_lines_of_that_look_stay(line):
    assert not blanked_between_story_lines(line)


def test_the_bare_copy_above_a_credited_caption_goes_with_it():
    caption = "A woman in Osaka watches a television report about North Korea firing a missile."
    text = f"Seoul protested on Friday.\n\n{caption}\n{caption}  \u00a9 AFP\n\nThe launch came a day later."
    assert [line.strip() for line in without_furniture(text).split("\n")] == [
        "Seoul protested on Friday.", "", "", "", "", "The launch came a day later."]
    assert _events(text) == set()


def test_a_credited_caption_gives_no_event():
    text = (f"{RECALL}\n\nThe Qatari foreign minister smiles on his arrival for talks with Saudi officials "
            "in Riyadh on March 3, 2014.\u2014 Photo by Jane Roe")
    assert _events(text) == {("relations", "recall", "EGY", "ISR")}


def test_a_caption_with_a_position_marker_and_an_agency_gives_no_event():
    text = ("Moon Jae-in met Xi Jinping in Beijing on Monday.\n\nPresident Moon (L) greets the Chinese envoy "
            "ahead of talks with Japanese Prime Minister Shinzo Abe in Chengdu on Monday. "
            "Moon began a three-day trip to China. (Yonhap)")
    assert _events(text) == {("meeting", "talks", "KOR", "CHN"), ("visit", "unspecified", "KOR", "CHN")}


def test_a_caption_placing_two_people_gives_no_event():
    text = (f"{RECALL}\n\nEgypt's foreign minister (L) talks to Jordan's foreign minister (R) after a "
            "meeting in Amman on May 2, 2019.\n\nThe move followed weeks of protests.")
    assert _events(text) == {("relations", "recall", "EGY", "ISR")}


@pytest.mark.parametrize("tail", [
    "Israel's foreign ministry spokesman Dan Levi told reporters on Monday that the",
    "The Israeli foreign minister said",
    "An Israeli spokesman said on Monday that the",
])
def test_a_speech_cut_off_before_its_words_is_no_statement(tail):
    assert _events(f"{RECALL}\n\n{tail}") == {("relations", "recall", "EGY", "ISR")}


def test_only_the_verb_of_a_cut_speech_is_blanked():
    assert without_cut_speech("Xi met Putin.\n\nShe said") == "Xi met Putin.\n\nShe     "
    assert without_cut_speech("Xi met Putin and said") == "Xi met Putin and     "
    assert without_cut_speech("Xi met Putin.\u201d He told reporters") == "Xi met Putin.\u201d He" + " " * 15


@pytest.mark.parametrize("text", [
    "Xi met Putin.\n\nShe said the talks",         # words after the verb: the cut is inside them
    "Xi met Putin.\n\n\u201cWe will go,\u201d he said",  # the words were quoted before the verb
    "Xi met Putin. He said.",                       # not cut off
    "Xi met Putin.",
])
def test_a_speech_with_its_words_stays(text):
    assert without_cut_speech(text) == text


def test_a_quote_cut_before_its_closing_verb_still_gives_its_statement():
    text = f"{RECALL}\n\n\u201cWe will not accept this,\u201d the Israeli foreign minister said"
    assert _events(text) == {("relations", "recall", "EGY", "ISR"), ("statement", "rejection", "ISR", "EGY")}
