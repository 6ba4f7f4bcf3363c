"""A release's header names its issuer, a headline telling an event does not; and "the
Ministry" of a release is the issuer's even where the article's memory holds another body."""

from __future__ import annotations

from datetime import date

from tests.conftest import extract, statements

_HEADER = "Ministry of Foreign Affairs, Republic of Chad"
_BODY = ("Minister Ali said the authorities in Khartoum had shelled the border. "
         "The Ministry condemns Sudan for its attacks.")


def test_the_ministry_of_a_release_is_the_issuer_not_a_body_named_before() -> None:
    events = extract(f"{_HEADER}\n\n{_BODY}\n", date(2024, 6, 19))
    assert statements(events) >= {("criticism", "TCD", "SDN", "negative")}
    assert not [e for e in events if e.actor_country == "SDN"]


def test_a_headline_telling_an_event_is_no_header() -> None:
    text = f"Press release: Niger joins the regional bloc\n{_HEADER}\n\n{_BODY}\n"
    events = extract(text, date(2024, 6, 19))
    assert ("criticism", "TCD", "SDN", "negative") in statements(events)
    assert not [e for e in events if e.event_type == "statement" and e.actor_country == "NER"]


def test_a_headline_alone_gives_the_release_no_voice() -> None:
    events = extract("Press release: Niger joins the regional bloc\n\nWe condemn the attacks by Sudan.\n",
                     date(2024, 6, 19))
    assert not [e for e in events if e.event_type == "statement"]
