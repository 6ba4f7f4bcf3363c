"""A person the dictionary knows, named in a spelling of the text's own ("Vuk Jeremic" for Vuk
Jeremić, "Badr al-Busaidi" for Badr Albusaidi), is called later by the surname as the text
spells it (short sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.conftest import extract, triples

CASES = [
    ("Omani Foreign Minister Badr al-Busaidi flew to Tehran on Monday. Busaidi praised Iran.",
     {("visit", "unspecified", "OMN", "IRN", "asserted"), ("statement", "praise", "OMN", "IRN", "asserted")}),
    ("Omani Foreign Minister Badr al-Busaidi flew to Tehran on Monday. Iran's foreign minister met Busaidi on Tuesday.",
     {("visit", "unspecified", "OMN", "IRN", "asserted"), ("meeting", "talks", "IRN", "OMN", "asserted")}),
    ("Serbian Foreign Minister Vuk Jeremic flew to Zagreb on Monday. Jeremic criticised Croatia.",
     {("visit", "unspecified", "SRB", "HRV", "asserted"), ("statement", "criticism", "SRB", "HRV", "asserted")}),
    # a title alone spells no surname
    ("The Serbian Foreign Minister flew to Zagreb on Monday. Minister criticised Croatia.",
     {("visit", "unspecified", "SRB", "HRV", "asserted")}),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_surname_as_the_text_spells_it(text: str, expected: set[tuple]) -> None:
    assert triples(extract(text)) == expected
