"""Sentence splitting and tokens keep offsets into the original text."""

from __future__ import annotations

from dashboard.extract.text import TOKEN_PATTERN, fold, split_sentences


def sentences(text: str) -> list[str]:
    folded = fold(text)
    return [text[s:e] for s, e in split_sentences(folded)]


def test_abbreviations_do_not_end_sentences():
    text = "U.S. Secretary of State Antony Blinken met Mr. Wang on Jan. 5 in Beijing. He left."
    assert sentences(text) == ["U.S. Secretary of State Antony Blinken met Mr. Wang on Jan. 5 in Beijing.", "He left."]


def test_a_name_suffix_ends_a_sentence_before_a_word_that_opens_one():
    text = "The accord was signed before Carlos Ruiz Jr. It takes effect in May. Ruiz Jr. Smith said so."
    assert sentences(text) == ["The accord was signed before Carlos Ruiz Jr.", "It takes effect in May.",
                               "Ruiz Jr. Smith said so."]


def test_headline_and_paragraphs_are_separate_sentences():
    text = "Putin Visits Pyongyang\n\nThe visit began on Wednesday. It ended on Thursday."
    assert sentences(text) == ["Putin Visits Pyongyang", "The visit began on Wednesday.", "It ended on Thursday."]


def test_quotes_stay_with_their_sentence():
    text = 'He said: "We will not yield." Then he left.'
    assert sentences(text) == ['He said: "We will not yield."', "Then he left."]


def test_fold_keeps_length_and_offsets():
    text = "Pyongyang’s airport — “historic”"
    assert len(fold(text)) == len(text)
    tokens = list(TOKEN_PATTERN.finditer(fold(text)))
    assert [t.group() for t in tokens][:3] == ["Pyongyang", "'s", "airport"]
    assert all(fold(text[t.start():t.end()]) == t.group() for t in tokens)
