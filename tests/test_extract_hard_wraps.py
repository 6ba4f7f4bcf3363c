"""Hard-wrapped copy: lines broken inside sentences at a fixed width are read as one sentence,
while a heading over ordinary text still ends at its line."""

from __future__ import annotations

import random
import re
from datetime import date

from dashboard.extract.hard_wraps import hard_wrapped
from dashboard.extract.text import split_sentences
from tests.conftest import extract

WRAPPED = ("Peruvian President Dina Boluarte, who has been touring the\n"
           "region since the weekend, visited Chile and Argentina, but not\n"
           "Bolivia, aides said on Wednesday.\n"
           "Relations between the neighbours have been tense since the\n"
           "election, and trade has fallen sharply in the months since the\n"
           "border was closed.\n")


def test_a_visit_told_across_wrapped_lines_is_found():
    events = extract(WRAPPED, date(2024, 3, 6))
    assert {(e.event_type, e.actor_country, e.target_country, e.place_country, e.date_start, e.modality)
            for e in events} == {
        ("visit", "PER", "CHL", "CHL", date(2024, 3, 6), "asserted"),
        ("visit", "PER", "ARG", "ARG", date(2024, 3, 6), "asserted")}


def test_wrapped_lines_join_into_sentences():
    sentences = [WRAPPED[start:end] for start, end in split_sentences(WRAPPED)]
    assert [" ".join(s.split()) for s in sentences] == [
        "Peruvian President Dina Boluarte, who has been touring the region since the weekend, "
        "visited Chile and Argentina, but not Bolivia, aides said on Wednesday.",
        "Relations between the neighbours have been tense since the election, and trade has "
        "fallen sharply in the months since the border was closed."]


def test_a_heading_over_unwrapped_text_still_ends_at_its_line():
    text = ("Chile and Peru sign a border accord\n"
            "Chile and Peru signed a border accord in Lima on Tuesday, officials from both governments said.\n")
    sentences = [text[start:end] for start, end in split_sentences(text)]
    assert sentences == ["Chile and Peru sign a border accord",
                         "Chile and Peru signed a border accord in Lima on Tuesday, officials from both governments said."]


def test_the_line_scan_counts_breaks_as_the_pattern_over_the_whole_text_did():
    # the definition: three non-overlapping matches of a break inside a sentence
    pattern = re.compile(r"[^\s.!?:\"'][ \t]*\n[ \t]*[a-z]")
    pieces = ["a", "b", "Z", " ", "\t", "\n", "\r", ".", ":", "'", "\u00a0"]
    generator = random.Random(7)
    for _ in range(20_000):
        text = "".join(generator.choice(pieces) for _ in range(generator.randint(0, 40)))
        assert hard_wrapped(text) == (len(pattern.findall(text)) >= 3), repr(text)
