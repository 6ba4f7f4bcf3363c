"""A later mention that calls itself separate ("held separate discussions", "separately added",
"Separately, ...") is another event of the same sides, not a repeat of the first."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 3, 8)


def _of_type(text: str, event_type: str) -> list[tuple[str, str | None, str | None, str]]:
    return sorted((e.event_mode, e.actor_country, e.target_country, e.evidence[0].trigger)
                  for e in extract(text, DAY) if e.event_type == event_type)


def test_measures_added_separately_are_a_second_package():
    text = ("The United States imposed sanctions on Russian banks on Friday. "
            "The Commerce Department separately added twenty Russian firms to its export blacklist.")
    assert _of_type(text, "sanction") == [("impose", "USA", "RUS", "added"), ("impose", "USA", "RUS", "sanctions")]


def test_a_sentence_opened_by_separately_tells_another_measure():
    text = ("Washington imposed sanctions on Venezuelan officials on Friday. "
            "Separately, the U.S. envoy said Washington had revoked the visas of dozens more Venezuelans.")
    assert _of_type(text, "sanction") == [("impose", "USA", "VEN", "revoked"), ("impose", "USA", "VEN", "sanctions")]


def test_separate_discussions_with_another_leader_are_another_meeting():
    text = ("Kenyan President William Ruto held talks with Xi Jinping in Beijing on Tuesday. "
            "During the visit Kenya's president also held separate discussions with Premier Li Qiang.")
    assert _of_type(text, "meeting") == [("talks", "KEN", "CHN", "discussions"), ("talks", "KEN", "CHN", "held talks")]


def test_a_separate_exercise_of_the_same_country_is_another_exercise():
    text = ("U.S. and South Korean jets held a bombing drill off the peninsula on Friday, and U.S. and "
            "Japanese aircraft held a separate joint exercise over the Sea of Japan.")
    assert [t for t in _of_type(text, "military") if t[1] == "USA"] == [
        ("exercise", "USA", None, "bombing drill"), ("exercise", "USA", None, "joint exercise")]


def test_separate_news_conferences_or_preparations_leave_one_meeting():
    for second in ("The two leaders gave separate news conferences after the talks.",
                   "Kenyan and Chinese officials had prepared the agenda separately for weeks before the talks."):
        text = "Kenyan President William Ruto held talks with Xi Jinping in Beijing on Tuesday. " + second
        assert _of_type(text, "meeting") == [("talks", "KEN", "CHN", "held talks")]
