"""Surnames a headline uses before the text names the person in full.

"Kirchner, Lula sign energy pact" heads a story whose text goes on "Argentine President Nestor
Kirchner ...": the headline's bare "Kirchner" is that person. The words of the opening sentence
the dictionary does not know, standing where a clause's subject does, are looked up where the
text gives them with another name word beside them, and that sentence alone is read for the
person it names.
"""

from __future__ import annotations

import re
from typing import Final

from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.lexicon import Lexicon
from dashboard.extract.name_words import is_name_text, is_name_word
from dashboard.extract.recognize import ActorChunker
from dashboard.extract.units import Actor, Match, raw_units

_MOST_WORDS: Final = 4  # unknown words of the opening looked up (a title-case headline has many)
_MOST_TRIES: Final = 3  # sentences read for each
# What a surname standing as a clause's subject follows: "Kirchner, Lula sign ...", "... after Tsai meets".
_CLAUSE_HEADS: Final = frozenset({",", "and", "&", ":", ";", "after", "as", "while", "when", "before", "since"})
# A capitalised word beside the surname: "Nestor Kirchner", "Kim Jong Un".
_NAME_BESIDE: Final = r"(?:[A-Z][\w'\-.]*\s+{0}\b|\b{0}\s+[A-Z])"


def named_ahead(folded: str, spans: list[tuple[int, int]], matches: list[Match], lex: Lexicon,
                memory: ArticleMemory) -> dict[str, Actor]:
    """The people the text names in full whose surnames the opening sentence (``spans[0]``)
    uses alone, by surname."""
    if len(spans) < 2:
        return {}
    start, end = spans[0]
    units = raw_units(folded, start, end, matches)
    words = [unit.text for i, unit in enumerate(units)
             if not unit.senses and is_name_word(unit) and is_name_text(unit.text)
             and (i == 0 or units[i - 1].low in _CLAUSE_HEADS)]
    found: dict[str, Actor] = {}
    for word in words[:_MOST_WORDS]:
        if word in found or folded.find(word, end) < 0:
            continue  # the cheap test first: the text never names the word again
        for tries, beside in enumerate(re.compile(_NAME_BESIDE.format(re.escape(word))).finditer(folded, end)):
            person = _person_in(folded, spans, beside.start(), matches, lex, memory, word)
            if person is not None or tries + 1 >= _MOST_TRIES:
                if person is not None:
                    found[word] = person
                break
    return found


def _person_in(folded: str, spans: list[tuple[int, int]], at: int, matches: list[Match], lex: Lexicon,
               memory: ArticleMemory, word: str) -> Actor | None:
    """The person of a country the sentence holding ``at`` names with the surname ``word``."""
    span = next(((s, e) for s, e in spans if s <= at < e), None)
    if span is None:
        return None
    ahead = ArticleMemory(published=memory.published, codes_seen_strong=memory.codes_seen_strong)
    ahead.filed_country = memory.filed_country
    ActorChunker(ahead, lex).chunk(raw_units(folded, span[0], span[1], matches))
    person = ahead.surnames.get(word)
    return person if person is not None and person.country else None
