"""How bench/public_cases.py turns our events into CAMEO triples."""

from datetime import date

from bench.public_cases import event_triples, predicted_triples
from dashboard.extract.pipeline import extract_events


def _triples(text: str) -> list[set[tuple]]:
    return [event_triples(e) for e in extract_events(text, date(2020, 3, 4))]


def test_talks_are_coded_both_ways():
    case = {"text": "Kenya and Uganda held talks in Nairobi on Monday.", "date": "2020-03-04"}
    assert ("KEN", "UGA", "04") in predicted_triples(case)
    assert ("UGA", "KEN", "04") in predicted_triples(case)


def test_signed_treaty_is_coded_both_ways():
    case = {"text": "Chile and Peru signed a fisheries treaty on Monday.", "date": "2020-03-04"}
    assert {("CHL", "PER", "05"), ("PER", "CHL", "05")} <= predicted_triples(case)


def test_visit_is_one_way():
    case = {"text": "The president of Chile visited Peru on Monday.", "date": "2020-03-04"}
    assert predicted_triples(case) == {("CHL", "PER", "04")}


def test_refusal_is_a_rejection_and_one_way():
    triples = _triples("Norway refused to hold talks with Iceland on Monday.")
    assert triples and all(t == {("NOR", "ISL", "12")} for t in triples)


def test_promised_arms_are_an_intent_to_cooperate():
    case = {"text": "Norway promised to supply weapons to Estonia.", "date": "2020-03-04"}
    assert predicted_triples(case) == {("NOR", "EST", "03")}


def test_delivered_arms_keep_their_own_root():
    case = {"text": "Norway supplied weapons to Estonia on Monday.", "date": "2020-03-04"}
    assert predicted_triples(case) == {("NOR", "EST", "06")}


def test_support_still_to_come_is_an_intent_and_praise_is_not():
    future = {"text": "Chile will support Peru's bid to host the games, the minister said.", "date": "2020-03-04"}
    assert predicted_triples(future) == {("CHL", "PER", "03")}
    assert predicted_triples({"text": "Chile praised Peru on Monday.", "date": "2020-03-04"}) == {("CHL", "PER", "05")}


def test_pact_still_to_be_signed_is_an_intent_both_ways():
    case = {"text": "Kenya and Uganda will sign a trade pact next week.", "date": "2020-03-04"}
    assert predicted_triples(case) == {("KEN", "UGA", "03"), ("UGA", "KEN", "03")}
