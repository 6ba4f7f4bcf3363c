"""An ASCII stand-in for a text with a few other letters ("Vucic" spelt "Vučić"), so the date
patterns can search it lower-cased and case-sensitively, as they search ASCII text, instead of
ignoring case character by character over the whole text (several times slower).

Each character outside ASCII is replaced, one for one (offsets stay), by an ASCII character of
the same class for the patterns, which name only ASCII words, digits and marks: a letter or
other word character by "_", white space by "\\x1c" (white space, and not the literal space the
patterns name), anything else by "#". A text is left alone (None) when one of its characters
could match what the patterns name: a decimal digit of another script (``\\d`` takes it), or a
letter whose case forms include an ASCII one (the Kelvin sign "K", the long s, the dotted
capital I), which a pattern ignoring case may take for that letter.
"""

from __future__ import annotations

from typing import Final

from dashboard.extract.lower_case import lower_case

_WORD: Final = "_"
_SPACE: Final = "\x1c"
_OTHER: Final = "#"
_CLASSES: dict[str, str] = {}  # each character outside ASCII seen so far, by its stand-in ("" for none)


def _stand_in_for(char: str) -> str:
    """The ASCII stand-in of one character outside ASCII, or "" when it has none."""
    if char.isdecimal() or any(form.isascii() for form in char.lower() + char.upper() + char.casefold()):
        return ""
    if char.isspace():
        return _SPACE
    return _WORD if char.isalnum() or char == "_" else _OTHER


def ascii_stand_in(text: str) -> str | None:
    """``text`` with its characters outside ASCII replaced by their stand-ins, lower-cased; None
    when one has none. (For ASCII text, just the text lower-cased.)"""
    if text.isascii():
        return lower_case(text)
    for char in set(text):
        if char.isascii():
            continue
        stand_in = _CLASSES.get(char)
        if stand_in is None:
            stand_in = _CLASSES[char] = _stand_in_for(char)
        if not stand_in:
            return None
        text = text.replace(char, stand_in)
    return text.lower()
