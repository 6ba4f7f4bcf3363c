"""Which events may set the pair "the two leaders" and "the two governments" name next."""

from __future__ import annotations

from tests.conftest import extract, triples


def test_a_sentence_retelling_the_pair_keeps_it_over_a_passing_trip() -> None:
    events = extract("Syria's president meets Erdogan in Ankara. Syria's president held talks with Erdogan "
                     "in Ankara on Tuesday, two days after a trip to Saudi Arabia. "
                     "The two leaders discussed refugees and trade.")
    got = triples(events)
    assert ("meeting", "talks", "SYR", "TUR", "asserted") in got
    assert ("meeting", "talks", "SYR", "SAU", "asserted") not in got


def test_a_deal_signed_in_a_capital_makes_no_side_of_its_country() -> None:
    events = extract("A U.S. envoy met Maduro in Caracas in October. Negotiators for the Venezuelan government "
                     "and the opposition signed an accord in Bridgetown on Oct. 17. In December the two "
                     "governments carried out a prisoner exchange brokered by Qatar.")
    mediations = {(e.actor_country, e.target_country) for e in events if e.event_mode == "mediation"}
    assert mediations == {("QAT", "USA"), ("QAT", "VEN")}


def test_an_embassy_closed_in_a_capital_still_sets_the_pair() -> None:
    events = extract("Solomon Islands switched recognition to China on Monday. Taiwan will close its embassy "
                     "in Honiara. The foreign minister said Honiara chose to disregard the friendship built "
                     "since the two countries established relations in 1983.")
    assert ("relations", "establish", "TWN", "SLB", "asserted") in triples(events)


def test_two_mediators_leave_the_two_who_met_a_pair() -> None:
    # the mediators are no sides: "the two leaders" are still the two who met
    events = extract("Armenian Prime Minister Nikol Pashinyan and Azerbaijani President Ilham Aliyev met in "
                     "Brussels on Monday in talks mediated by France and Germany. The two leaders agreed to "
                     "meet again in October.")
    # agreeing to meet again is the meeting to come (no deal of its own): between the two who met
    assert ("meeting", "talks", "ARM", "AZE", "planned") in triples(events)
