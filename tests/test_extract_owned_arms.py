"""Arms told as "its" supply of weapons; support alone is no arms."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


def _arms(text: str) -> set[tuple]:
    return triples([e for e in extract(text) if e.event_mode == "arms_transfer"])


@pytest.mark.parametrize(("text", "expected"), [
    # "its" points back to the country named last before it.
    ("Critics faulted Norway's fishing policy and its sale of rifles to Chad.",
     {("military", "arms_transfer", "NOR", "TCD", "asserted")}),
    # Halting shipments under way: the shipments are told as fact.
    ("Lawmakers urged Brazil to halt its shipments of howitzers to Angola.",
     {("military", "arms_transfer", "BRA", "AGO", "asserted")}),
    # The last country named is the recipient: no supplier to read.
    ("Chad welcomed its delivery of rifles to Chad.", set()),
    # No country before "its": nobody to point back to.
    ("The company said its supply of drones to Estonia was over.", set()),
])
def test_its_arms_name_the_supplier(text, expected):
    assert _arms(text) == expected


@pytest.mark.parametrize("text", [
    # "Military support" may be training, money or intelligence: measured as an arms word, it
    # added fewer right events than wrong ones, so only named arms make a transfer.
    "Portugal will keep providing military support to Angola.",
    "Portugal will keep providing political support to Angola.",
])
def test_support_alone_is_no_arms_transfer(text):
    assert _arms(text) == set()
