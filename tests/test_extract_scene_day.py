"""A paragraph opening on its day ("On Monday, ...") dates the next paragraph's undated lines
by the same actor, and those of its co-actors in the same sentence."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

_PUBLISHED = date(2024, 6, 19)  # a Wednesday


def _dated(text: str) -> set[tuple]:
    return {(e.event_type, e.actor_country, e.target_country, str(e.date_start), e.date_basis)
            for e in extract(text, _PUBLISHED)}


def test_the_next_paragraph_goes_on_with_the_scene_of_the_same_actor():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "On Monday, Chile expelled two Peruvian diplomats.\n\n"
            "The Chilean government also accused Peru of spying.")
    assert ("statement", "CHL", "PER", "2024-06-17", "relative") in _dated(text)


def test_co_actors_of_the_sentence_share_the_scene():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "On Monday, Chile expelled two Peruvian diplomats.\n\n"
            "Chile and Argentina also imposed sanctions on Peru.")
    found = _dated(text)
    assert ("sanction", "CHL", "PER", "2024-06-17", "relative") in found
    assert ("sanction", "ARG", "PER", "2024-06-17", "relative") in found


def test_another_actor_keeps_the_publication_day():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "On Monday, Chile expelled two Peruvian diplomats.\n\n"
            "Brazil accused Peru of spying.")
    assert ("statement", "BRA", "PER", "2024-06-19", "published") in _dated(text)


def test_a_day_told_later_in_the_sentence_sets_no_scene():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "Chile, after long talks, expelled two Peruvian diplomats on Monday.\n\n"
            "The Chilean government also accused Peru of spying.")
    assert ("statement", "CHL", "PER", "2024-06-19", "published") in _dated(text)


def test_a_paragraph_telling_another_day_sets_no_scene():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "On Monday, Chile expelled two Peruvian diplomats. It closed its consulate in Lima on Sunday.\n\n"
            "The Chilean government also accused Peru of spying.")
    assert ("statement", "CHL", "PER", "2024-06-19", "published") in _dated(text)


def test_a_phrase_fronting_the_day_sets_the_scene():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "Meeting in Santiago on Monday, Chile's cabinet expelled two Peruvian diplomats.\n\n"
            "The Chilean government also accused Peru of spying.")
    assert ("statement", "CHL", "PER", "2024-06-17", "relative") in _dated(text)


def test_a_date_in_an_aside_leaves_the_scene_standing():
    text = ("Oslo recalled its envoy from Caracas on Wednesday.\n\n"
            "On Monday, Chile expelled two Peruvian diplomats.\n\n"
            "Chile's foreign minister, who took office on Saturday, also accused Peru of spying.")
    assert ("statement", "CHL", "PER", "2024-06-17", "relative") in _dated(text)
