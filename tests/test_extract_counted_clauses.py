"""A counted interval dates its own clause, past a list of actors' commas (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str, str, str, str]]:
    return {(e.event_type, e.event_mode, e.actor_country or "", e.target_country or "", str(e.date_start),
             e.date_precision) for e in extract(text, published)}


def test_years_after_a_list_of_actors_date_the_clause_they_open():
    text = ("Germany and Austria agreed on Tuesday to reopen their consulates, nearly four years after Vienna"
            " joined Berlin, Rome and Paris in expelling Russian diplomats.")
    assert _dated(text, date(2024, 5, 15)) == {
        ("agreement", "agree", "DEU", "AUT", "2024-05-14", "day"),
        ("relations", "restore", "DEU", "AUT", "2024-05-14", "day"),
        *{("relations", "expel", side, "RUS", "2020-01-01", "year") for side in ("AUT", "DEU", "ITA", "FRA")},
    }


def test_days_after_a_list_of_signers_count_back_from_the_report():
    text = "The summit came only five days after Japan, Britain and the United States signed a defence pact."
    assert _dated(text, date(2024, 5, 15)) == {
        ("agreement", "sign", "JPN", "GBR", "2024-05-10", "day"),
        ("agreement", "sign", "JPN", "USA", "2024-05-10", "day"),
    }


def test_a_day_after_runs_on_past_then_to_the_next_stop_of_the_trip():
    text = ("The talks on Thursday came a day after Erdogan flew to Baku to meet Aliyev, then to Tbilisi for"
            " talks with the Georgian prime minister.")
    assert _dated(text, date(2024, 5, 17)) == {
        ("visit", "unspecified", "TUR", "AZE", "2024-05-15", "day"),
        ("visit", "unspecified", "TUR", "GEO", "2024-05-15", "day"),
        ("meeting", "talks", "TUR", "AZE", "2024-05-15", "day"),
        ("meeting", "talks", "TUR", "GEO", "2024-05-15", "day"),
    }


def test_a_comma_before_a_new_clause_still_ends_the_counted_one():
    text = "The talks on Thursday came a day after Erdogan met Aliyev in Baku, and Ankara expelled a Russian diplomat."
    dated = _dated(text, date(2024, 5, 17))
    assert ("meeting", "talks", "TUR", "AZE", "2024-05-15", "day") in dated
    assert ("relations", "expel", "TUR", "RUS", "2024-05-16", "day") in dated


def test_days_after_run_on_past_an_appositive_of_the_actor():
    text = ("Ghana cut ties with Taiwan on Friday. The move comes four days after Fiji, once Taiwan's closest"
            " partner in the region, severed ties with Taiwan.")
    assert _dated(text, date(2019, 9, 20)) == {
        ("relations", "break", "GHA", "TWN", "2019-09-20", "day"),
        ("relations", "break", "FJI", "TWN", "2019-09-16", "day"),
    }


def test_a_comma_after_an_actor_before_a_verb_still_ends_the_counted_clause():
    text = "The talks on Thursday came a day after Erdogan met Aliyev, said he was glad, and Ankara expelled a Russian diplomat."
    dated = _dated(text, date(2024, 5, 17))
    assert ("relations", "expel", "TUR", "RUS", "2024-05-16", "day") in dated
