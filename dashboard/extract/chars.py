"""Character tests for the hot loops: ``str.isalpha``, ``str.isalnum`` and ``str.isspace`` of
the character at an index, with ASCII answered by comparing code points, where the string
method was a call through the interpreter. ``data``, the text encoded as ASCII when it is,
gives the code point with no one-character string fetched (compiled, a bytes item is read
natively; the build's mypyc fetches a string for ``ord(text[index])``)."""

from __future__ import annotations


def code_at(text: str, index: int, data: bytes = b"") -> int:
    """``ord(text[index])``, read from ``data`` (``text`` as ASCII bytes) when given."""
    return data[index] if data else ord(text[index])


def alpha_at(text: str, index: int, data: bytes = b"") -> bool:
    """``text[index].isalpha()``."""
    code = data[index] if data else ord(text[index])
    if code < 128:
        return 97 <= code <= 122 or 65 <= code <= 90
    return text[index].isalpha()


def alnum_at(text: str, index: int, data: bytes = b"") -> bool:
    """``text[index].isalnum()``."""
    code = data[index] if data else ord(text[index])
    if code < 128:
        return 97 <= code <= 122 or 48 <= code <= 57 or 65 <= code <= 90
    return text[index].isalnum()


def space_at(text: str, index: int) -> bool:
    """``text[index].isspace()`` (ASCII white space includes the separators 0x1c to 0x1f)."""
    code = ord(text[index])
    if code < 128:
        return 9 <= code <= 13 or 28 <= code <= 32
    return text[index].isspace()
