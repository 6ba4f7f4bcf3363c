"""An act dated "earlier this month/year" is not the act the article reports as news of the day;
the same act dated well before the writing stays one event."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract

DAY = date(2024, 3, 8)  # a Friday


def _of_type(text: str, event_type: str) -> list[tuple[str, str | None, str | None, str, str]]:
    return sorted((e.event_mode, e.actor_country, e.target_country, str(e.date_start), e.date_precision)
                  for e in extract(text, DAY) if e.event_type == event_type)


def test_an_expulsion_earlier_this_month_is_not_todays():
    text = ("Ghana expelled two Malian diplomats on Thursday. "
            "The row began when Ghana expelled a Malian attache earlier this month over spying claims.")
    assert _of_type(text, "relations") == [("expel", "GHA", "MLI", "2024-03-01", "month"),
                                           ("expel", "GHA", "MLI", "2024-03-07", "day")]


def test_sanctions_earlier_this_year_are_an_earlier_round():
    text = ("Norway imposed sanctions on Belarus on Thursday. "
            "Norway first imposed sanctions on Belarus earlier this year after the disputed vote.")
    assert _of_type(text, "sanction") == [("impose", "NOR", "BLR", "2024-01-01", "year"),
                                          ("impose", "NOR", "BLR", "2024-03-07", "day")]


def test_an_act_dated_well_before_the_writing_is_the_one_told_earlier_this_month():
    text = ("Ghana expelled two Malian diplomats on March 1. "
            "Ghana expelled the Malian diplomats earlier this month over spying claims.")
    assert _of_type(text, "relations") == [("expel", "GHA", "MLI", "2024-03-01", "day")]
