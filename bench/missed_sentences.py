"""Where the missed events are lost: read at the sentence the gold says states each one.

For every gold event the rules miss whose row gives its evidence sentences, the script looks
at what the extractor made of those sentences:

- silent: no event reported from them at all. Then it says what the recogniser saw there: a
  trigger word of the event's type or only of another, and whether both countries are named;
- another type: an event from the sentence, none of the gold's type;
- same type, another target or place; roles reversed; another actor.

    python bench/missed_sentences.py [--sets dev/a dev/b ...]
    python bench/missed_sentences.py --folders /path/to/part ... --show "roles reversed"

By default the studied parts (the tuning set and development a to h, k to p): reading misses
of the unseen parts would turn them into studied ones. ``--folders`` reads parts kept outside the
project instead (each a folder with events.csv and articles/, as the real pages are): give only
parts that are studied. ``--show TEXT`` lists every miss whose reason contains TEXT, with the
gold row, its sentences and the events read from them.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.calibrate import GOLD, STUDIED_PARTS, UNSEEN_PARTS
from dashboard.article_events import article_events
from dashboard.config import BUNDLED_ARTICLES_DIR
from dashboard.evaluate import (
    GoldEvent,
    article_key,
    pair_events,
    read_gold,
    states_event,
)
from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.lexicon import lexicon
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.recognize import ActorChunker
from dashboard.extract.text import fold, split_sentences
from dashboard.extract.units import find_matches, raw_units, strong_codes
from dashboard.ingest import read_articles
from dashboard.sources import Article


def recognised(article: Article) -> list[tuple[str, set[str], set[str]]]:
    """Each sentence with the trigger types and the countries the recogniser finds in it, as
    the extractor's loop reads them (one chunker over the whole article, so earlier names
    resolve later mentions)."""
    lex = lexicon()
    folded = fold(article.text)
    found = find_matches(lex, folded)
    chunker = ActorChunker(ArticleMemory(published=article.published, codes_seen_strong=strong_codes(found)), lex)
    sentences = []
    for start, end in split_sentences(folded):
        units = chunker.chunk(raw_units(folded, start, end, found))
        types = {spec.event_type for unit in units if unit.actor is None for spec in unit.specs}
        codes = {unit.actor.country for unit in units if unit.actor is not None and unit.actor.country}
        sentences.append((folded[start:end], types, codes | {unit.place_country for unit in units if unit.place_country}))
    return sentences


def what_the_recogniser_saw(sentences: list[tuple[str, set[str], set[str]]], gold: GoldEvent) -> str:
    """Whether the gold's sentences hold a trigger of its type and name both its sides."""
    types: set[str] = set()
    codes: set[str] = set()
    for text, found_types, found_codes in sentences:
        if states_event(text, gold):
            types |= found_types
            codes |= found_codes
    trigger = "a trigger of its type" if gold.event_type in types else "only other triggers" if types else "no trigger"
    others = {gold.target_country, gold.place_country} - {None}
    if gold.actor_country in codes and (not others or others & codes):
        named = "both sides named"
    else:
        named = "actor named" if gold.actor_country in codes else "actor not named"
    return f"silent: {trigger}, {named}"


def why_missed(sentences: list[tuple[str, set[str], set[str]]], gold: GoldEvent, events: list[ExtractedEvent]) -> str:
    """One line saying what became of a missed gold event's sentences."""
    told = [e for e in events if any(states_event(evidence.sentence, gold) for evidence in e.evidence)]
    if not told:
        return what_the_recogniser_saw(sentences, gold)
    same_type = [e for e in told if e.event_type == gold.event_type]
    if not same_type:
        return "another type from the sentence"
    if any(e.actor_country == gold.actor_country for e in same_type):
        return "same type and actor, another target or place"
    if any(e.actor_country == gold.target_country for e in same_type):
        return "same type, roles reversed"
    return "same type, another actor"


def shown(article: str, row: GoldEvent, reason: str, events: list[ExtractedEvent]) -> list[str]:
    """The lines that list one miss: where, why, the gold row, its sentences, and the events
    read from those sentences."""
    lines = [f"=== {article} | {reason}",
             f"  gold  {row.event_type}/{row.event_mode} {row.actor_country}->{row.target_country or '-'}"
             f" at {row.place_country or '-'} {row.date_start or ''} {row.modality} ({row.actor})"]
    lines += [f"  says  {sentence}" for sentence in row.evidence]
    lines += [f"  read  {e.event_type}/{e.event_mode} {e.actor_country}->{e.target_country or '-'}"
              f" at {e.place_country or '-'} ({e.actor})"
              for e in events if any(states_event(evidence.sentence, row) for evidence in e.evidence)]
    return lines


def add_part_options(parser: argparse.ArgumentParser, listed: str) -> None:
    """The options that choose studied parts (--sets, --folders) and list some of them (--show)."""
    parser.add_argument("--sets", nargs="+", default=STUDIED_PARTS, metavar="PART",
                        help="gold sets under tests/gold ('.' is the tuning set)")
    parser.add_argument("--folders", nargs="+", type=Path, metavar="DIR",
                        help="studied parts kept elsewhere, each with events.csv and articles/ (instead of --sets)")
    parser.add_argument("--show", metavar="TEXT", help=f"list each {listed} whose reason contains TEXT ('' for all)")


def studied_gold(parser: argparse.ArgumentParser, args: argparse.Namespace) -> tuple[dict[str, list[GoldEvent]], list[Path]]:
    """The gold rows by article and the article folders of the parts asked for; unseen parts and
    the held-out set are refused, as reading them would make them studied."""
    parts = args.folders or [GOLD / name for name in args.sets]
    if any(part.resolve().is_relative_to(GOLD.resolve()) and (part.name == "holdout" or str(
            part.resolve().relative_to(GOLD.resolve())) in UNSEEN_PARTS) for part in parts):
        parser.error("the unseen parts and the held-out set are only measured, not read")
    gold: dict[str, list[GoldEvent]] = {}
    for part in parts:
        for row in read_gold(part / "events.csv"):
            gold.setdefault(row.article, []).append(row)
    tuning = any(part.resolve() == GOLD.resolve() for part in parts)
    return gold, [*(part / "articles" for part in parts), *([BUNDLED_ARTICLES_DIR] if tuning else [])]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_part_options(parser, "miss")
    args = parser.parse_args()
    gold, folders = studied_gold(parser, args)
    reasons: Counter = Counter()
    by_type: Counter = Counter()
    with_evidence = matched = 0
    for article in read_articles(folders):
        if not isinstance(article, Article) or article_key(article) not in gold:
            continue
        expected = gold[article_key(article)]
        events = article_events(article)
        found = {i for i, _ in pair_events(expected, events)}
        sentences = recognised(article)
        for i, row in enumerate(expected):
            if not row.evidence:
                continue
            with_evidence += 1
            if i in found:
                matched += 1
                continue
            reason = why_missed(sentences, row, events)
            if args.show is not None and args.show in reason:
                print("\n".join(shown(article_key(article), row, reason, events)))
            reasons[reason] += 1
            by_type[(reason.split(":")[0], row.event_type)] += 1
    missed = with_evidence - matched
    print(f"{with_evidence} gold events with evidence sentences, {matched} found, {missed} missed:")
    for reason, count in reasons.most_common():
        print(f"  {count:>5}  {count / max(missed, 1):>5.1%}  {reason}")
    print("missed by type:")
    for (reason, event_type), count in sorted(by_type.items(), key=lambda item: -item[1])[:12]:
        print(f"  {count:>5}  {event_type:<10} {reason}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
