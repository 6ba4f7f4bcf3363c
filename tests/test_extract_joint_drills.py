"""Joint drills told as the object of a verb that does not hold them (joint_drills.py)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples


@pytest.mark.parametrize(("sentence", "expected"), [
    ("The US postponed a joint military exercise with Armenia.",
     {("military", "exercise", "USA", "ARM", "negated")}),
    ("China's defence ministry confirmed the dates of joint naval exercises with Russia on Monday.",
     {("military", "exercise", "CHN", "RUS", "asserted")}),
    # Judging drills is no holding of them.
    ("Kenya condemned the joint drills with Uganda.", set()),
    # Drills that are not joint need a verb of holding them.
    ("The US postponed a military exercise with Armenia.", set()),
])
def test_a_joint_drill_with_a_partner_is_the_subjects(sentence, expected):
    assert {t for t in triples(extract(sentence)) if t[0] == "military"} == expected
