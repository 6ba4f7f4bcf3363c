""""The same day" takes the day of the scene the story had reached (own wording)."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract


def _dated(text: str, published: date) -> set[tuple[str, str, str, str, str]]:
    return {(e.event_type, e.event_mode, e.actor_country or "", e.target_country or "", str(e.date_start))
            for e in extract(text, published)}


def test_the_same_day_is_the_scenes_day_not_a_date_an_aside_carried_on():
    # Published on Saturday 11 March 2023: Hungary's words take the cyberattack's date from the
    # sentence before; Lithuania acted on Friday, the day of the expulsion the paragraph told.
    text = ("Poland on Friday expelled five Russian diplomats it held responsible for the March 1 cyberattack. "
            "Warsaw was criticised by Hungary, which refused to join the measure.\n\n"
            "Lithuania, acting the same day, expelled two Russian diplomats.")
    assert _dated(text, date(2023, 3, 11)) == {
        ("relations", "expel", "POL", "RUS", "2023-03-10"),
        ("statement", "criticism", "HUN", "POL", "2023-03-01"),
        ("relations", "expel", "LTU", "RUS", "2023-03-10"),
    }


def test_the_same_day_of_a_paragraph_that_ends_on_its_latest_day():
    # the paragraph goes from Monday to Wednesday; "the same day" goes on from Wednesday
    text = ("Poland summoned the Russian ambassador on Monday. "
            "On Wednesday Warsaw expelled five Russian diplomats.\n\n"
            "Lithuania expelled two Russian diplomats on the same day.")
    dated = _dated(text, date(2023, 3, 11))
    assert ("relations", "expel", "LTU", "RUS", "2023-03-08") in dated
    assert ("relations", "expel", "POL", "RUS", "2023-03-08") in dated
