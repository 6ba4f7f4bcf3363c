"""Words said only under a condition ("if Tokyo insists on its mistake") are no statement made;
the warning that names the condition still is."""

from __future__ import annotations

from tests.conftest import extract, statements


def test_an_insistence_under_if_is_no_statement_of_its_own():
    text = "Beijing warns of 'strong countermeasures' if Tokyo 'insists on making one mistake after another'"
    assert all(actor != "JPN" for _, actor, _, _ in statements(extract(text)))


def test_the_speakers_warning_keeps_its_speaker():
    text = ('A Chinese foreign ministry spokesman warned: "If Japan insists on its mistakes, the Chinese side '
            'will take strong countermeasures."')
    found = statements(extract(text))
    assert found and all(actor == "CHN" for _, actor, _, _ in found)
