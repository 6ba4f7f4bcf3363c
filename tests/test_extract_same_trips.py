"""A visit "also" marks by the traveller of a trip told before, in the same country within its
days, is a stop of that trip; another traveller's "also", or another day, is another visit."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 5, 10)


def _visits(text: str) -> list[tuple[str, str | None, str | None, str, str]]:
    return sorted((e.event_mode, e.actor_country, e.target_country, str(e.date_start), e.modality)
                  for e in extract(text, DAY) if e.event_type == "visit")


def test_a_stop_the_traveller_also_made_is_the_same_trip():
    text = ("Kenyan President William Ruto arrived in Tokyo on Wednesday for a three-day state visit to Japan. "
            "During his stay, Ruto also travelled to Osaka and Kyoto.")
    assert _visits(text) == [("state", "KEN", "JPN", "2024-05-08", "asserted")]


def test_a_stop_told_by_the_travellers_title_is_the_same_trip():
    text = ("Kenyan President William Ruto paid a state visit to Japan on May 8-9. "
            "The Kenyan leader also visited the Hiroshima peace museum and laid a wreath at the memorial.")
    assert _visits(text) == [("state", "KEN", "JPN", "2024-05-08", "asserted")]


def test_a_planned_call_during_a_trip_under_way_is_the_same_trip():
    text = ("Chile's foreign minister Alberto van Klaveren is travelling to Lima on Friday to meet his "
            "Peruvian counterpart. Van Klaveren will also pay a courtesy visit to Peru's president.")
    assert _visits(text) == [("unspecified", "CHL", "PER", "2024-05-10", "asserted")]


def test_another_traveller_also_visiting_is_another_trip():
    text = ("Kenyan Foreign Minister Musalia Mudavadi visited Tokyo on Monday for talks. "
            "Kenyan President William Ruto also visited Japan on Wednesday.")
    assert len(_visits(text)) == 2


def test_a_stop_in_another_month_is_another_trip():
    text = ("Kenyan President William Ruto arrived in Tokyo on Wednesday for a state visit to Japan. "
            "Ruto also visited Japan in February to attend a trade fair.")
    assert len(_visits(text)) == 2
