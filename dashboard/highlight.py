"""Article text as safe Markdown, with the sentences that produced events highlighted.

Article text comes from outside and is never trusted: every Markdown and HTML character is
escaped, so a "<script>" tag or a "[link](javascript:...)" shows as the characters it is.
"""

from __future__ import annotations

import re

_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:=&\"'^%@])")


def escape_markdown(text: str) -> str:
    """Text that Streamlit's Markdown shows literally: every ASCII punctuation mark escaped."""
    return _SPECIAL.sub(r"\\\1", text)


_INLINE_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|<>~$:&^%@])")


def escape_inline(text: str) -> str:
    """One line (a title, outlet, file name, filter) for a heading, caption or alert, shown
    literally: white space folded, Markdown and HTML characters escaped, quotes left alone."""
    return _INLINE_SPECIAL.sub(r"\\\1", " ".join(str(text).split()))


def highlighted_paragraphs(text: str, spans: list[tuple[int, int]], color: str = "orange") -> list[str]:
    """Markdown paragraphs of ``text`` with each (start, end) span on a colored background."""
    merged: list[list[int]] = []
    for start, end in sorted((max(0, s), min(len(text), e)) for s, e in spans if e > s):
        if merged and start <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    pieces: list[str] = []
    cursor = 0
    for start, end in merged:
        pieces.append(escape_markdown(text[cursor:start]))
        inner = "\n\n".join(f":{color}-background[{escape_markdown(part)}]" if part.strip() else part
                            for part in text[start:end].split("\n\n"))
        pieces.append(inner)
        cursor = end
    pieces.append(escape_markdown(text[cursor:]))
    joined = "".join(pieces)
    return [paragraph.strip() for paragraph in re.split(r"\n\s*\n", joined) if paragraph.strip()]
