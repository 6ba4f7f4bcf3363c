"""Exact events for meetings held apart (sentences written for these tests): "A and B met C and D
separately" is each of A and B with each of C and D, never A with B."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract


def _meetings(text: str) -> set[tuple]:
    """(actor country, target country, modality) of each meeting."""
    return {(e.actor_country, e.target_country, e.modality) for e in extract(text, date(2024, 3, 6))
            if e.event_type == "meeting"}


_FOUR = {("KEN", "RWA"), ("KEN", "TZA"), ("UGA", "RWA"), ("UGA", "TZA")}


@pytest.mark.parametrize("sentence, modality", [
    # "separately" after the objects: no talks between the two subjects.
    ("Kenyan President Ruto and Ugandan President Museveni met Rwandan President Kagame and "
     "Tanzanian President Hassan separately on Friday.", "asserted"),
    # An aside between "separately" and "with" does not hide the objects.
    ("Kenyan President Ruto and Ugandan President Museveni were due to meet separately, but at almost "
     "the same hour, with Rwandan President Kagame and Tanzanian President Hassan on Tuesday.", "planned"),
    # As before: "separately with" straight after the verb.
    ("Kenyan President Ruto and Ugandan President Museveni met separately with Rwandan President Kagame and "
     "Tanzanian President Hassan on Friday.", "asserted"),
])
def test_each_subject_meets_each_object_when_told_apart(sentence, modality):
    assert _meetings(sentence) == {(a, t, modality) for a, t in _FOUR}


def test_without_separately_the_first_named_side_meets_the_others():
    sentence = "Kenyan President Ruto and Ugandan President Museveni met Rwandan President Kagame on Friday."
    assert _meetings(sentence) == {("KEN", "UGA", "asserted"), ("KEN", "RWA", "asserted")}


def test_an_aside_with_no_with_after_it_names_no_objects():
    sentence = ("Kenyan President Ruto and Ugandan President Museveni met separately, as planned, "
                "in Nairobi on Friday.")
    assert ("KEN", "RWA", "asserted") not in _meetings(sentence)
