"""Text basics: a matching form of the text, sentence spans and word tokens, all by offset.

Every function keeps character offsets into the original text, so an event can always point
back at the exact sentence that supports it.
"""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.chars import alpha_at, space_at
from dashboard.extract.hard_wraps import hard_wrapped, wrapped_line

# One-for-one replacements, so offsets in the matching form equal offsets in the original.
_FOLD: Final = (("\u2019", "'"), ("\u2018", "'"), ("\u02bc", "'"), ("\u201c", '"'), ("\u201d", '"'),
                ("\u2013", "-"), ("\u2014", "-"), ("\u00a0", " "), ("\u2011", "-"), ("\u2010", "-"))


def fold(text: str) -> str:
    """Typographic quotes, dashes and non-breaking spaces folded to ASCII, same length."""
    # A few str.replace scans are ~100x faster than str.translate with a mapping.
    if "then-" in text:  # "then-House Speaker Nancy Pelosi": the title is a title of its own
        text = text.replace("then-", "then ")
    if text.isascii():
        return text
    for typographic, plain in _FOLD:
        if typographic in text:
            text = text.replace(typographic, plain)
    return text


# Words and punctuation marks, one match each (the recogniser makes its units from these).
TOKEN_PATTERN: Final = re.compile(
    r"(?:[A-Za-z]\.){2,}"          # U.S., U.K., a.m.
    r"|'s\b"                        # possessive as its own token
    r"|\d+(?:[.,:]\d+)*"            # numbers, times, 1,000
    r"|\w+(?:-\w+)*(?:'(?!s\b)\w+)*"  # words, hyphenated words, don't
    r"|[^\w\s]"
)


_ABBREVIATIONS: Final = frozenset("""
mr mrs ms dr st gen lt col sgt capt cmdr adm sen rep gov pres prof rev hon jr sr no vs etc inc
ltd co corp dept univ jan feb mar apr jun jul aug sep sept oct nov dec approx est fig al
""".split())

# Suffixes that close a name ("Marcos Jr.", "Acme Inc."): the sentence ends there when the next
# word can only open a new one ("Marcos Jr. It must be ratified ...").
_NAME_SUFFIXES: Final = frozenset({"jr", "sr", "inc", "ltd", "corp", "co"})
_SENTENCE_OPENERS: Final = frozenset({"It", "He", "She", "They", "We", "The", "This", "That", "These", "Those", "But"})

_STOPS: Final = ".!?"
_CLOSERS: Final = "\"')]"
_BLANK_LINE: Final = re.compile(r"\n[ \t]*\n")
_FULL_STOP: Final = ord(".")


def _is_abbreviation(folded: str, dot: int) -> bool:
    """Whether the full stop at ``dot`` ends an abbreviation rather than a sentence."""
    start = dot
    while start > 0 and (alpha_at(folded, start - 1) or ord(folded[start - 1]) == _FULL_STOP):
        start -= 1
    word = folded[start:dot]
    if not word:
        return False
    if "." in word:  # U.S, U.N, a.m
        return True
    if len(word) == 1 and word.isupper():  # an initial: "John F. Kennedy"
        return True
    return word.lower() in _ABBREVIATIONS


def _suffix_ends_sentence(folded: str, dot: int, following: int) -> bool:
    """A name suffix before a word that opens a sentence: "... Marcos Jr. It must ..."."""
    start = dot
    while start > 0 and folded[start - 1].isalpha():
        start -= 1
    if folded[start:dot].lower() not in _NAME_SUFFIXES:
        return False
    end = following
    while end < len(folded) and folded[end].isalpha():
        end += 1
    return folded[following:end] in _SENTENCE_OPENERS


def _line_breaks_sentence(folded: str, newline: int, wrapped: bool) -> bool:
    """A single line break ends a sentence after a heading or terminal punctuation; in
    hard-wrapped text only there, or after a short line that no lowercase line continues."""
    last = newline  # the end of the line without its trailing blanks (no copy of the text before)
    while last > 0 and folded[last - 1] in " \t":
        last -= 1
    if last == 0:
        return False
    if folded[last - 1] in ".!?:\"'":
        return True
    line_start = folded.rfind("\n", 0, last) + 1
    if wrapped:
        return not wrapped_line(folded, line_start, last, newline)
    # A short line with no closing punctuation is a heading or a byline.
    return last - line_start < 120


def _terminal_runs(folded: str) -> list[tuple[int, int]]:
    """Each run of full stops, question and exclamation marks with the quotes and brackets
    closing after it (the spans the pattern ``[.!?]+["')\]]*`` finds): str.find for each mark,
    far fewer instructions than a pattern scanning every character."""
    size = len(folded)
    # the next position of each mark at or after the scan's position (size: none left)
    ahead = [size if at < 0 else at for at in (folded.find(mark) for mark in _STOPS)]
    runs: list[tuple[int, int]] = []
    while True:
        start = min(ahead)
        if start >= size:
            return runs
        end = start + 1
        while end < size and folded[end] in _STOPS:
            end += 1
        while end < size and folded[end] in _CLOSERS:
            end += 1
        runs.append((start, end))
        for k in range(3):
            if ahead[k] < end:
                at = folded.find(_STOPS[k], end)
                ahead[k] = size if at < 0 else at


def split_sentences(folded: str) -> list[tuple[int, int]]:
    """(start, end) offsets of the sentences of a folded text, stripped of surrounding space."""
    boundaries: list[int] = []
    for stop, end in _terminal_runs(folded):
        rest = folded[end:end + 3]
        if end < len(folded) and not rest[:1].isspace():
            continue  # "3.5", "U.S.-led", "Kim's.": not followed by a space
        following = end  # the next character that is not a space
        while following < len(folded) and space_at(folded, following):
            following += 1
        nxt = folded[following:following + 1]
        if nxt and not (nxt.isupper() or nxt.isdigit() or nxt in "\"'(["):
            continue
        # An abbreviation ends a sentence only when a paragraph break follows.
        if (folded[stop] == "." and _is_abbreviation(folded, stop)
                and "\n\n" not in folded[end:following] and not _suffix_ends_sentence(folded, stop, following)):
            continue
        boundaries.append(end)
    wrapped = hard_wrapped(folded)
    newline = folded.find("\n")
    while newline >= 0:
        if _BLANK_LINE.match(folded, newline) or _line_breaks_sentence(folded, newline, wrapped):
            boundaries.append(newline)
        newline = folded.find("\n", newline + 1)
    boundaries = sorted(set(boundaries + [len(folded)]))
    spans: list[tuple[int, int]] = []
    start = 0
    for boundary in boundaries:
        segment = folded[start:boundary]
        stripped = segment.strip()
        if stripped:
            left = start + (len(segment) - len(segment.lstrip()))
            spans.append((left, left + len(stripped)))
        start = boundary
    return spans
