"""Character tests for the hot loops: ``str.isalpha`` and ``str.isalnum`` of one character,
with ASCII answered by comparing code points. Compiled, these are native tests, where the
string methods are a call through the interpreter each (a tenth of dictionary matching)."""

from __future__ import annotations


def is_alpha(char: str) -> bool:
    """``char.isalpha()`` for one character."""
    code = ord(char)
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90
    return char.isalpha()


def is_alnum(char: str) -> bool:
    """``char.isalnum()`` for one character."""
    code = ord(char)
    if code < 128:
        return 97 <= code <= 122 or 48 <= code <= 57 or 65 <= code <= 90
    return char.isalnum()

