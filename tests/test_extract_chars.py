"""The character tests of the hot loops answer as the string methods do, for every character."""

import sys

from dashboard.extract.chars import contains_ascii_digit, is_alnum, is_alpha


def test_every_character_answers_as_the_string_methods_do():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert is_alpha(char) == char.isalpha(), hex(code)
        assert is_alnum(char) == char.isalnum(), hex(code)


def test_a_digit_anywhere_is_found():
    assert contains_ascii_digit("talks on June 18")
    assert contains_ascii_digit("9")
    assert not contains_ascii_digit("talks on Tuesday")
    assert not contains_ascii_digit("")
