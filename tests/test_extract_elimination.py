"""A target by elimination: a trigger whose actor the grammar finds, and no target, is aimed at
the one other country its sentence names (own wording)."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.extract.pipeline import extract_events
from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    # The one other country, wherever the sentence names it.
    ("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing.",
     {("statement", "criticism", "JPN", "CHN", "asserted")}),
    ("Canada imposed sanctions on Sunday on three former officials, saying they had shielded armed gangs in Haiti.",
     {("sanction", "impose", "CAN", "HTI", "asserted"), ("statement", "criticism", "CAN", "HTI", "asserted")}),
    ("Ghana withdrew from the fisheries pact on Monday, as talks with Togo stalled.",
     {("agreement", "withdraw", "GHA", "TGO", "asserted")}),
    # Two other countries: no guess, and a protest aimed at nobody is no event.
    ("Tokyo said on Monday it had lodged a protest through diplomatic channels in Beijing and informed Seoul.", set()),
    # Two sides speaking of each other take no third country.
    ("Kenya and Uganda stressed their mutual support in the face of Western pressure.", set()),
    # A country that names the thing itself is not its other side.
    ("Brazil withdrew from the Paris climate agreement.", set()),
    ("Seoul raised concerns about Japanese tariffs.", {("statement", "concern", "KOR", "JPN", "asserted")}),
    # Deployments and drills stand without a target; a deal agreed needs both sides told.
    ("The United States will rotate submarines through a base in Western Australia.",
     {("military", "deployment", "USA", None, "planned")}),
    ("Kenya announced plans to hold talks with Tanzania.", set()),
])
def test_the_one_other_country_named_is_the_target(sentence, expected):
    assert triples(extract(sentence)) == expected


@pytest.mark.parametrize(("sentence", "guess", "told"), [
    # Guesses that are wrong: the country already acts in the sentence, or names a post, or is
    # the person invited rather than who invited him. They are made all the same (right more
    # often than not on every gold set) and score lower than a target the grammar gives.
    ("Norway imposed sanctions on three firms, a decision praised by Lithuania.",
     ("sanction", "NOR", "LTU"), "Norway imposed sanctions on Lithuania."),
    ("India designated a new ambassador to Nepal.", ("sanction", "IND", "NPL"), "India imposed sanctions on Nepal."),
    ("Japan criticised the decision to invite Putin.", ("statement", "JPN", "RUS"), "Japan criticised Russia."),
])
def test_a_target_by_elimination_is_a_guess_that_scores_lower(sentence, guess, told):
    def raw_scores(text: str) -> dict[tuple, float]:
        return {(e.event_type, e.actor_country, e.target_country): e.confidence
                for e in extract_events(text, date(2024, 6, 19), calibrate=False)}

    assert raw_scores(sentence)[guess] < raw_scores(told)[guess]
