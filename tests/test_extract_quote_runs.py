"""A quotation that runs on past its sentence is still its speaker's: "X said, "A. B."" and
""A," said X. "B."" read B as "X said B"."""

from __future__ import annotations

from datetime import date

import pytest

from tests.conftest import extract, statements


@pytest.mark.parametrize("text, expected", [
    # The quotation opened after "said" goes on into the next sentence.
    ('Chilean foreign minister Ana Ruiz said, "Today is a sad day. Peru\'s attack on Bolivia is a grave violation '
     'of international law."', {("criticism", "CHL", "PER", "negative")}),
    # "We" inside the running quotation is the speaker.
    ('Kenya\'s president said: "The vote was fair. We condemn the arrests in Uganda."',
     {("criticism", "KEN", "UGA", "negative")}),
    # A fresh quotation after a quoted speaker is not taken as theirs.
    ('"The talks went well," said Chile\'s foreign minister. "We stand with Peru."', set()),
    # The one turned to is not the speaker, and a quotation naming no one is aimed at nobody.
    ('Chile turned to Peru for help, saying: "We are in trouble. He asks his friends for help."', set()),
    # A quotation closed before the next sentence: the narrative after it is the writer's.
    ('Chilean foreign minister Ana Ruiz said, "Today is a sad day." Peru\'s attack on Bolivia was a violation.',
     set()),
])
def test_a_quotation_running_on_is_its_speakers(text, expected):
    assert statements(extract(text, date(2024, 3, 4))) == expected
