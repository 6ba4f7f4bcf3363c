"""The mode of a trip to a gathering and of an insistence: "flew to X for a summit", talks "on the
sidelines of" a meeting, "Y must stop" (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _visits(text):
    return {(e.event_mode, e.actor_country, e.target_country) for e in extract(text) if e.event_type == "visit"}


@pytest.mark.parametrize("text", [
    "Kenya's president will fly to Lima next week for a summit of Pacific leaders.",
    "Kenya's president arrived in Lima on Sunday to attend the regional summit.",
    "Kenya's president travelled to Lima, the Peruvian capital, on Sunday for the climate conference.",
])
def test_a_trip_made_for_a_summit_is_a_summit_visit(text):
    assert _visits(text) == {("summit", "KEN", "PER")}


@pytest.mark.parametrize("text", [
    "Kenya's president arrived in Lima on Sunday, coming from the climate conference in Quito.",
    "Kenya's president will travel to Lima on Friday for talks with his counterpart, the office said, "
    "adding that preparations for the autumn summit of the bloc would be discussed.",
])
def test_a_summit_the_trip_does_not_go_to_leaves_it_unspecified(text):
    assert {(mode, target) for mode, _, target in _visits(text)} == {("unspecified", "PER")}


def test_talks_on_the_sidelines_of_a_gathering_abroad_are_summit_trips():
    text = "The Kenyan and Ghanaian foreign ministers met in Lima on Monday on the sidelines of a trade meeting."
    assert _visits(text) == {("summit", "KEN", "PER"), ("summit", "GHA", "PER")}
    text = "The Kenyan and Ghanaian foreign ministers met in Lima on Monday."
    assert _visits(text) == {("unspecified", "KEN", "PER"), ("unspecified", "GHA", "PER")}


def test_another_side_that_must_act_is_a_demand_and_one_that_should_an_appeal():
    assert triples(extract("Kenya's foreign minister said Uganda must withdraw its troops from the border.")) == {
        ("statement", "demand", "KEN", "UGA", "asserted")}
    assert triples(extract("Kenya's foreign minister said Uganda should withdraw its troops from the border.")) == {
        ("statement", "appeal", "KEN", "UGA", "asserted")}


@pytest.mark.parametrize("scene", ["in Tianjin", "in the port city of Tianjin", "in the northern Chinese city of Xi'an"])
def test_a_summit_held_in_a_kind_of_place_is_where_its_attenders_travelled(scene):
    text = (f"Leaders opened the regional summit {scene} on Monday. Kenyan President William Ruto, "
            "Ghana's President Nana Akufo-Addo and Peruvian President Dina Boluarte attended the summit.")
    assert _visits(text) == {("summit", "KEN", "CHN"), ("summit", "GHA", "CHN"), ("summit", "PER", "CHN")}


def test_a_kind_of_place_with_no_in_before_it_sets_no_scene():
    text = ("Leaders praised the regional summit, a gathering the port city of Tianjin had prepared for months. "
            "Kenyan President William Ruto, Ghana's President Nana Akufo-Addo and Peruvian President Dina Boluarte "
            "attended the summit.")
    assert not any(target == "CHN" for _, _, target in _visits(text))
