"""Who acts and who is aimed at when a clause of another actor stands between (own wording)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize(("sentence", "expected"), [
    # A ", -ing" phrase after a relative clause is done by the subject the clause hangs on,
    # not by the relative clause's own subject.
    ("Niger's junta scrapped a treaty that France had drafted, accusing Paris of meddling.",
     {("accusation", "NER", "FRA", "negative")}),
    ("Russia expelled two diplomats whom Estonia had accredited, accusing Tallinn of spying.",
     {("accusation", "RUS", "EST", "negative")}),
    ("Chad ended a pact which Sudan signed in 2019, accusing Khartoum of arming rebels.",
     {("accusation", "TCD", "SDN", "negative")}),
    # With no relative clause the main subject acts, as before.
    ("Mali's rulers ended the accord, accusing Algeria of meddling.", {("accusation", "MLI", "DZA", "negative")}),
])
def test_a_participle_after_a_relative_clause_is_the_main_subjects(sentence, expected):
    assert {s for s in statements(extract(sentence)) if s[0] == "accusation"} == expected
