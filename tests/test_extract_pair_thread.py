"""Which pair "the two countries" names when a new paragraph opens after a side story of one
of the article's two countries with a third."""

from __future__ import annotations

from tests.conftest import extract, triples

_STORY = ("Putin arrived in Pyongyang on Tuesday. He and Kim Jong Un held talks and signed a mutual "
          "defence treaty on Wednesday. Putin later flew to Vietnam for talks with To Lam.")


def test_a_new_paragraph_goes_back_to_the_story_pair_after_a_side_trip() -> None:
    got = triples(extract(_STORY + "\n\nThe new treaty replaces a friendship treaty the two countries signed in 2000."))
    assert ("agreement", "sign", "RUS", "PRK", "asserted") in got
    assert ("agreement", "sign", "RUS", "VNM", "asserted") not in got


def test_the_side_trip_holds_within_its_own_paragraph() -> None:
    got = triples(extract(_STORY + " The two countries signed a deal on nuclear energy."))
    assert ("agreement", "sign", "RUS", "VNM", "asserted") in got


def test_an_appeal_to_both_sides_after_a_side_story_reaches_the_story_pair() -> None:
    events = extract("Algeria cut diplomatic ties with Morocco on Tuesday. Algeria had recalled its ambassador "
                     "from Rabat in March. Morocco and Israel signed a defence pact in April.\n\n"
                     "Saudi Arabia urged the two countries to resolve their differences through dialogue.")
    appeals = {(e.actor_country, e.target_country) for e in events if e.event_type == "statement"}
    assert appeals == {("SAU", "DZA"), ("SAU", "MAR")}


def test_a_pair_sharing_no_side_with_the_story_pair_holds() -> None:
    got = triples(extract(_STORY + " Separately, Japan and Australia held talks in Tokyo.\n\n"
                          "The two countries signed a deal on defence."))
    assert ("agreement", "sign", "JPN", "AUS", "asserted") in got
