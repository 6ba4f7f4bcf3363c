"""A saying whose reported clause holds the speaker's own statement is that statement only."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # "said we condemn": the condemnation, not also a comment to the host of the visit.
    ("Rutte visited Lima on Monday. He said we condemn Chile's decision.",
     {("criticism", "NLD", "CHL", "negative")}),
    ('Rutte visited Lima on Monday. "We condemn Chile\'s decision," he said.',
     {("criticism", "NLD", "CHL", "negative")}),
    # Another side's statement inside the clause leaves the saying about it.
    ("Rutte visited Lima on Monday. He said Chile condemned the Dutch decision.",
     {("comment", "NLD", "CHL", "negative"), ("criticism", "CHL", "NLD", "negative")}),
])
def test_a_saying_of_ones_own_statement_is_that_statement(text, expected):
    assert statements(extract(text, date(2024, 3, 5))) == expected
