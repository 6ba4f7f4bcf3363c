"""'The two sides' after a visit or talks told in the same sentence take that sentence's order,
even when the article's latest pair holds the same two countries the other way round."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("text", "expected"), [
    ("Peru's president met Boric in March. Chilean President Gabriel Boric visited Lima on Monday, "
     "where the two sides signed a trade agreement.",
     {("agreement", "sign", "CHL", "PER", "asserted")}),
    ("Chile's foreign minister held talks with his Argentine counterpart in May. Argentine President "
     "Javier Milei travelled to Santiago on Tuesday, where the two governments agreed to reopen a border "
     "crossing.",
     {("agreement", "agree", "ARG", "CHL", "asserted")}),
])
def test_the_sentence_order_of_the_latest_pair_wins(text, expected):
    assert {e for e in triples(extract(text, date(2023, 4, 4))) if e[0] == "agreement"} == expected


def test_talks_of_the_two_leaders_on_a_visit_start_with_the_visitor():
    text = ("Kenya and Tanzania signed a trade deal in May. Tanzania's president visited Nairobi on Tuesday, "
            "where the two leaders held talks on the border.")
    assert {e for e in triples(extract(text, date(2023, 4, 4))) if e[0] == "meeting"} == {
        ("meeting", "talks", "TZA", "KEN", "asserted")}


def test_the_latest_pair_keeps_its_people():
    # the pair's named ministers stay its sides: the signers are Honduras's and China's
    text = ("Honduras establishes diplomatic ties with China. Honduras and the People's Republic of China "
            "established diplomatic relations on Sunday, when the two foreign ministers, Eduardo Enrique Reina "
            "and Qin Gang, signed a joint communique in Beijing.")
    assert {e for e in triples(extract(text, date(2023, 3, 26))) if e[0] == "agreement"} == {
        ("agreement", "sign", "HND", "CHN", "asserted")}


@pytest.mark.parametrize(("text", "expected"), [
    ("The presidents of Ghana and Togo arrived in Abuja on Monday. The two leaders signed a border accord.",
     ("agreement", "sign", "GHA", "TGO", "asserted")),
    ("Chile and Peru sent their foreign ministers to Brasilia on Tuesday. The two ministers agreed to share "
     "river data.",
     ("agreement", "agree", "CHL", "PER", "asserted")),
    ("Kazakh President Tokayev and Uzbek President Mirziyoyev travelled to Moscow on Friday. The two "
     "presidents held talks on water.",
     ("meeting", "talks", "KAZ", "UZB", "asserted")),
])
def test_two_doers_of_one_act_keep_the_order_the_sentence_named_them(text, expected):
    # two countries visiting a third: "the two leaders" next are the visitors, the first named first
    assert {e for e in triples(extract(text, date(2023, 4, 4))) if e[0] == expected[0]} == {expected}
