"""The character tests of the hot loops answer as the string methods do, for every character."""

import sys

from dashboard.extract.chars import is_alnum, is_alpha


def test_every_character_answers_as_the_string_methods_do():
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        assert is_alpha(char) == char.isalpha(), hex(code)
        assert is_alnum(char) == char.isalnum(), hex(code)

