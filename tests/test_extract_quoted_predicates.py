"""Exact events out of short sentences (own wording) where a quotation opens on the verb right
after its subject ('Lima "condemns the raid"'): the subject's own act or stance, as if unquoted;
a quoted label or a quoted phrase that is no verb stays as it was read."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ('Uruguay "expresses its full solidarity with Paraguay."',
     {("statement", "support", "URY", "PRY", "asserted")}),
    ('Uruguay "strongly condemns" the shelling by Paraguay.',
     {("statement", "criticism", "URY", "PRY", "asserted")}),
    ('Uruguay\'s foreign minister "praised the Paraguayan government" on Monday.',
     {("statement", "praise", "URY", "PRY", "asserted")}),
    # a quoted label after the object is no verb: read as before
    ('Uruguay\'s president called Paraguay "a hostile neighbour".',
     {("statement", "criticism", "URY", "PRY", "asserted")}),
    ('Uruguay accused Paraguay of "hostile moves" on the river.',
     {("statement", "accusation", "URY", "PRY", "asserted")}),
]


@pytest.mark.parametrize("text,expected", CASES)
def test_quoted_predicates(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
