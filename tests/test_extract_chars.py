"""The character tests of the hot loops answer as the string methods do, for every character."""

import sys

from dashboard.extract.chars import alnum_at, alpha_at, code_at, space_at


def test_every_character_answers_as_the_string_methods_do():
    for code in range(sys.maxunicode + 1):
        text = "a" + chr(code)
        assert alpha_at(text, 1) == text[1].isalpha(), hex(code)
        assert alnum_at(text, 1) == text[1].isalnum(), hex(code)
        assert space_at(text, 1) == text[1].isspace(), hex(code)
        assert code_at(text, 1) == code


def test_ascii_text_read_from_its_bytes_answers_the_same():
    for code in range(128):
        text = "a" + chr(code)
        data = text.encode("ascii")
        assert alpha_at(text, 1, data) == text[1].isalpha(), hex(code)
        assert alnum_at(text, 1, data) == text[1].isalnum(), hex(code)
        assert code_at(text, 1, data) == code
