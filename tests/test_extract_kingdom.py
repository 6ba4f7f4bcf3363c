""""The kingdom" stands for the latest kingdom the article named, as "the island" does for an
island state, from short sentences written for these tests."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize("text, expected", [
    ("Bahrain's parliament said on Thursday that the kingdom had recalled its ambassador to Israel.",
     ("relations", "recall", "BHR", "ISR", "asserted")),
    (("Saudi Arabia criticised Canada over the arrests. On Monday the kingdom recalled its ambassador "
      "from Ottawa."),
     ("relations", "recall", "SAU", "CAN", "asserted")),
    ("Jordan's foreign minister met Blinken in Amman. The kingdom later expelled two Iranian diplomats.",
     ("relations", "expel", "JOR", "IRN", "asserted")),
])
def test_the_kingdom_is_the_latest_kingdom_named(text, expected):
    assert expected in triples(extract(text))


def test_no_kingdom_named_leaves_the_kingdom_nobody():
    # France is no kingdom: "the kingdom" here names no actor of the recall
    got = triples(extract("France said on Thursday that the kingdom had recalled its ambassador to Israel."))
    assert not {t for t in got if t[:2] == ("relations", "recall")}
