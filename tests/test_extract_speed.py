"""The extractor's shortcuts for speed give what the slower code they replace gave."""

from __future__ import annotations

import copy
from bisect import bisect_left
from datetime import date

import pytest

from dashboard import gazetteer
from dashboard.extract.build import _nearness
from dashboard.extract.clustering import _same
from dashboard.extract.date_windows import window_matches
from dashboard.extract.dates import (
    _CUES,
    _LOWER_CASE_PATTERNS,
    DateMention,
    DateSpan,
    _longest_first,
    _start_of,
    find_dates,
)
from dashboard.extract.event_codes import code_score, country_place, event_code
from dashboard.extract.gathering_acts import _SEVERAL_COUNTRIES, tells_several
from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.perfect_remarks import _PERFECT, told_in_perfect
from dashboard.extract.recognize import _possessive_at
from dashboard.extract.scores import rounded
from dashboard.extract.units import Match, Unit, _first_at
from dashboard.extract.word_scan import contains_any
from dashboard.schema import cameo_for, goldstein
from tests.conftest import extract, triples

PUBLISHED = date(2024, 6, 19)


@pytest.mark.parametrize("text, has_unit", [
    ("Kenya recalled its envoy two days ago.", True),
    ("The visit came a year after the coup.", True),
    ("They met after the summit in Lima.", False),
    ("Ghana spoke before the vote.", False),
    ("The birthday parade went ahead.", False),  # "day" inside a word is no unit
])
def test_counted_interval_needs_its_unit_word(text, has_unit):
    lower = text.lower()
    assert bool(_CUES.present(text, lower, text.isascii()) & _CUES.unit) is has_unit


def test_text_beyond_ascii_always_may_count_an_interval():
    text = "Ankara said two dayſ ago it would reply."  # long s: a match when case is ignored
    assert _CUES.present(text, text.lower(), False) & _CUES.unit


@pytest.mark.parametrize("text, start, end", [
    ("Chile expelled two envoys three days ago.", "2024-06-16", "2024-06-16"),
    ("Peru recalled its envoy two weeks earlier.", "2024-06-03", "2024-06-09"),
])
def test_counted_intervals_still_resolve(text, start, end):
    (found,) = find_dates(text, PUBLISHED)
    assert (str(found.span.start), str(found.span.end)) == (start, end)


def test_counted_interval_after_an_event():
    (day, after) = find_dates("On Tuesday, two days after Oslo expelled a diplomat, Rome did too.", PUBLISHED)
    assert str(day.span.start) == "2024-06-18" and str(after.span.start) == "2024-06-16"


@pytest.mark.parametrize("score", [0.05, 0.1, 0.3 + 0.15, 0.45 + 0.2 + 0.15 + 0.1 + 0.05, 0.95, 0.6549999, 1e-9])
def test_rounded_is_round_to_three_places(score):
    assert rounded(score) == round(score, 3)
    assert rounded(score) == round(score, 3)  # the second time from memory


def test_rounded_keeps_the_sign_of_zero():
    assert str(rounded(-0.0)) == "-0.0" and str(rounded(0.0)) == "0.0"


@pytest.mark.parametrize("text, words, found", [
    ("Leaders met on the sidelines of the summit.", frozenset({"summit", "forum"}), True),
    ("Leaders met in Lima.", frozenset({"summit", "forum"}), False),
    ("The summitry went on.", frozenset({"summit"}), True),  # a substring, as ``in`` finds
    ("The Summit opened.", frozenset({"summit"}), False),  # case as given
    ("Anything", frozenset(), False),
    ("Anything", frozenset({""}), True),
])
def test_contains_any_is_any_substring(text, words, found):
    assert contains_any(text, words) is found
    assert contains_any(text, words) is any(word in text for word in words)


def test_copied_event_is_a_shallow_copy():
    event = ExtractedEvent(
        "visit", "state_visit", "042", 1.9, "Lula", "BRA", "head_of_state", "China", "CHN", "Beijing", "CHN",
        39.9, 116.4, "city", PUBLISHED, PUBLISHED, "day", "stated", "asserted", None, None, 0.8,
        [Evidence("Lula visited Beijing.", 0, 21, "visited")], actor_explicit=False, target_basis="object")
    copied = event.copied()
    assert copied is not event and copied == event == copy.copy(event)
    assert copied.evidence is event.evidence  # shared, as copy.copy shares it


def test_first_match_at_or_after_a_start_is_bisect_left():
    matches = [Match(start, start + 3, ()) for start in (0, 4, 4, 9, 20)]
    for start in range(-1, 23):
        assert _first_at(matches, start) == bisect_left([m.start for m in matches], start)
    assert _first_at([], 5) == 0


@pytest.mark.parametrize("words, k, found", [
    (["Russia", "'s", "president"], 1, True),
    (["the", "allies", "'", "envoys"], 2, True),
    (["the", "ally", "'", "envoys"], 2, False),
    (["Russia", "'s"], 2, False),  # past the end
])
def test_possessive_ending(words, k, found):
    units = [Unit(n, n + 1, word) for n, word in enumerate(words)]
    assert _possessive_at(units, k) is found


def test_nearest_date_takes_the_first_of_equals_as_min_did():
    span = DateSpan(PUBLISHED, PUBLISHED, "day", "stated")
    relative = DateSpan(PUBLISHED, PUBLISHED, "day", "relative")
    mentions = [DateMention(100, 110, "a", relative), DateMention(90, 95, "b", span), DateMention(130, 140, "c", span)]
    keys = [_nearness(m, 120) for m in mentions]
    assert keys == [(0, False, True, 10), (0, False, False, 25), (0, False, False, 10)]
    assert min(mentions, key=lambda m: _nearness(m, 120)).text == "c"


@pytest.mark.parametrize("x, y, allow_missing, same", [
    ("RUS", "RUS", False, True), ("RUS", None, False, False), ("RUS", None, True, True), ("RUS", "UKR", True, False),
])
def test_same_country_or_one_missing(x, y, allow_missing, same):
    assert _same(x, y, allow_missing) is same


@pytest.mark.parametrize("text, meeting", [
    ("Xi Jinping welcomed Joe Biden to Beijing on Monday.", ("meeting", "talks", "CHN", "USA", "asserted")),
    ("Joe Biden was welcomed by Xi Jinping in Beijing on Monday.", ("meeting", "talks", "USA", "CHN", "asserted")),
])
def test_host_meets_guest_the_first_named_acting(text, meeting):
    events = extract(text)
    assert triples(events) == {meeting, ("visit", "unspecified", "USA", "CHN", "asserted")}
    assert {(e.place_country, str(e.date_start)) for e in events} == {("CHN", "2024-06-17")}


def test_counted_interval_dates_a_recall():
    (event,) = extract("Kenya recalled its envoy to Uganda two days ago.")
    assert (event.event_mode, event.actor_country, event.target_country, str(event.date_start)) == (
        "recall", "KEN", "UGA", "2024-06-17")


@pytest.mark.parametrize("dash", ["-", "\u2014"])  # folding changes nothing, or the dash
def test_dateline_place_read_once_or_twice(dash):
    events = extract(f"KYIV, June 17 (Reuters) {dash} Polish President Andrzej Duda held talks with "
                     "Volodymyr Zelensky on Monday.")
    assert {(e.event_type, e.place, e.place_country) for e in events} == {("meeting", "Kyiv", "UKR"),
                                                                          ("visit", "Kyiv", "UKR")}


def test_no_dateline_in_a_label():
    (event,) = extract("UPDATE: Polish President Andrzej Duda held talks with Volodymyr Zelensky on Monday.")
    assert (event.event_type, event.place_country) == ("meeting", None)


def test_date_sort_keys():
    span = DateSpan(PUBLISHED, PUBLISHED, "day", "stated")
    mentions = [DateMention(5, 9, "b", span), DateMention(5, 12, "a", span), DateMention(2, 4, "c", span)]
    assert [m.text for m in sorted(mentions, key=_longest_first)] == ["c", "a", "b"]
    assert max(mentions, key=_start_of).text == "b"  # the first of equals


def test_sentence_with_no_date_resolves_to_none():
    assert find_dates("Kenya and Uganda signed a trade pact.", PUBLISHED) == []


@pytest.mark.parametrize("event_type, mode, modality", [
    ("visit", "state_visit", "asserted"), ("visit", "state_visit", "planned"), ("sanction", "impose", "hypothetical"),
    ("meeting", "no such mode", "asserted"),
])
def test_event_codes_as_the_schema_gives_them(event_type, mode, modality):
    code = cameo_for(event_type, mode, modality)
    assert event_code(event_type, mode, modality) == event_code(event_type, mode, modality) == code
    assert code_score(code) == code_score(code) == goldstein(code)


def test_an_unknown_code_still_raises():
    with pytest.raises(KeyError):
        code_score("999999")
    with pytest.raises(KeyError):
        code_score("999999")


@pytest.mark.parametrize("code, place", [("FRA", "France"), ("EUU", None), ("XXX", None)])
def test_country_place_is_none_for_groups_and_unknown_codes(code, place):
    found = country_place(code)
    assert (found[0] if found else None) == place == (country_place(code) or (None,))[0]
    if found:
        assert (found[1], found[2]) == gazetteer.centroid(code)


@pytest.mark.parametrize("text, digit, century", [
    ("talks on June 18", True, False),
    ("in 2019", True, True),
    ("the 20th summit", True, True),
    ("talks on Tuesday", False, False),
    ("", False, False),
])
def test_digits_and_a_century_found_anywhere(text, digit, century):
    present = _CUES.present(text, text.lower(), True)
    assert (bool(present & _CUES.digit), bool(present & _CUES.century)) == (digit, century)


@pytest.mark.parametrize("text", [
    "on last friday, and again next monday of last week, ministers met on sunday.",
    "the midweek talks came a week after the vote, two days after the summit and this month.",
    "years later, in the past year, the coming weekend and the following week went by.",
    "fridays\x1con\x1cfriday ; thursday_ monday-tuesday after after after",
    "nothing here at all",
])
def test_date_windows_find_what_a_search_finds(text):
    for name, pattern in _LOWER_CASE_PATTERNS:
        assert [m.span() for m in window_matches(pattern, text, name)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize("sentence", [
    "The three countries met.", "Leaders of all 12 South American countries gathered.", "A trilateral summit.",
    "The Élysée hosted five heads of state.", "The Élysée hosted the heads of state.",
    "The United States and its allies met in 2023 and 2024.", "Six dayſ later, five nations agreed.",
])
def test_several_countries_as_the_case_blind_pattern(sentence):
    assert tells_several(sentence) is (_SEVERAL_COUNTRIES.search(sentence) is not None)


@pytest.mark.parametrize("sentence", ["Kenya has also repeatedly urged calm.", "Kenya HAVE urged calm.",
                                      "Kenya urged calm.", "Kenya, which has troops there, urged calm."])
def test_present_perfect_as_the_pattern(sentence):
    verb = sentence.index("urged")
    assert told_in_perfect(sentence, verb) is (_PERFECT.search(sentence, max(0, verb - 40), verb) is not None)
