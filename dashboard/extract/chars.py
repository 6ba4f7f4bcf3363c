"""Character tests for the hot loops: ``str.isalpha``, ``str.isalnum`` and ``str.isspace`` of
the character at an index, with ASCII answered by comparing code points. Compiled,
``ord(text[index])`` reads the code point in place, where ``text[index]`` fetches a
one-character string and its string method is a call through the interpreter (a tenth of
dictionary matching)."""

from __future__ import annotations


def alpha_at(text: str, index: int) -> bool:
    """``text[index].isalpha()``."""
    code = ord(text[index])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90
    return text[index].isalpha()


def alnum_at(text: str, index: int) -> bool:
    """``text[index].isalnum()``."""
    code = ord(text[index])
    if code < 128:
        return 97 <= code <= 122 or 48 <= code <= 57 or 65 <= code <= 90
    return text[index].isalnum()


def space_at(text: str, index: int) -> bool:
    """``text[index].isspace()`` (ASCII white space includes the separators 0x1c to 0x1f)."""
    code = ord(text[index])
    if code < 128:
        return 9 <= code <= 13 or 28 <= code <= 32
    return text[index].isspace()
