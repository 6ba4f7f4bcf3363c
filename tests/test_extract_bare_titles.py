"""A person named with a title is called by the bare title afterwards: "the Secretary" and "the
Secretary General" speak for the one named so before."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # "the Secretary" is the person named before with a secretary's title.
    ("Secretary of State Jane Roe met Peru's foreign minister on Monday. The Secretary urged Peru to free the "
     "detained journalists.", {("appeal", "USA", "PER", "neutral")}),
    ("Secretary of State Jane Roe flew to Lima on Monday. The Secretary reaffirmed that Washington stands with Peru.",
     {("support", "USA", "PER", "positive")}),
    # "the Secretary of ..." is another office, not the person named before.
    ("Secretary of State Jane Roe flew to Lima on Monday. The Secretary of Commerce of Chile criticized Peru.",
     {("criticism", "CHL", "PER", "negative")}),
    # No secretary named before: no speaker.
    ("President Jane Roe flew to Lima on Monday. The Secretary urged Peru to free the detained journalists.", set()),
])
def test_the_secretary_is_the_person_named_before_with_that_title(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # "the Secretary-General" is the head of the world body named before.
    ("UN Secretary-General Ana Ruiz flew to Nairobi on Monday. The Secretary-General urged Ethiopia to end the "
     "fighting.", {("appeal", "UNO", "ETH", "neutral")}),
    ("NATO Secretary General Ana Ruiz spoke with the Polish president. The Secretary General said NATO stands with "
     "Poland.", {("support", "NTO", "POL", "positive")}),
    # "the Secretary-General of ..." is another body's head; nobody named before: no speaker.
    ("The Secretary-General urged Ethiopia to end the fighting.", set()),
])
def test_the_secretary_general_is_the_head_of_the_body_named_before(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected


@pytest.mark.parametrize("text, expected", [
    # The holder a bare title stands for is the one a later "she" or "he" means.
    ("Portugal's president Rui Costa spoke with NATO Secretary General Ana Ruiz on Monday. According to the "
     "Secretary General, the call went well. She praised Portugal for its troops in Latvia.",
     {("praise", "NTO", "PRT", "positive")}),
    ("Myanmar's army chief, Senior General Min Aung Hlaing, met Thai officials on Monday. Thailand's prime minister "
     "Ana Ruiz spoke later. Afterwards the general flew home. He thanked Russia for its support.",
     {("praise", "MMR", "RUS", "positive")}),
])
def test_a_pronoun_after_a_bare_title_means_its_holder(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
