"""Can a classifier trained on the gold sets find the events the rules miss?

Most events the rules miss sit in a sentence that has a trigger word of their type and names
both countries (the script prints how many). So each such (sentence, event type, actor country,
other country) is a candidate, labelled right when the article's gold holds an event of that
type from the actor to the other country (as target or place). A logistic regression over the
words around the two countries and the trigger is trained on the other folds' articles; on each
held-back fold it adds to the rules' events every candidate scored above a threshold that the
rules did not report. Printed per threshold: precision, recall and F1 of rules plus additions
(cross-validated by article, scored with the evaluate command's matching rule), and how many
additions were right.

    python bench/learned_recall.py [--folds 5] [--l2 1.0]

Uses the tuning set and the studied development parts, never the unseen parts (the ones the
confidence table is fitted on, bench/calibrate.py, and s, t) or the held-out set.
"""

from __future__ import annotations

import argparse
import random
import re
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.calibrate import UNSEEN_PARTS
from dashboard.article_events import article_events
from dashboard.config import BUNDLED_ARTICLES_DIR, PROJECT_DIR
from dashboard.evaluate import GoldEvent, article_key, matches, pair_events, read_gold
from dashboard.extract.article_memory import ArticleMemory
from dashboard.extract.lexicon import lexicon
from dashboard.extract.recognize import ActorChunker
from dashboard.extract.text import fold, split_sentences
from dashboard.extract.units import Unit, find_matches, raw_units, strong_codes
from dashboard.ingest import read_articles
from dashboard.sources import Article

GOLD = PROJECT_DIR / "tests" / "gold"
_WORD = re.compile(r"[a-z][a-z'-]*")


def _stem(unit: Unit) -> str | None:
    """A crude stem of a word unit ("imposed" -> "impos"), a comma, or None for other units."""
    word = unit.low
    if word == ",":
        return ","
    if not _WORD.fullmatch(word):
        return None
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _words(units: list[Unit], low: int, high: int, prefix: str) -> set[str]:
    return {prefix + stem for unit in units[low + 1:high] if (stem := _stem(unit))}


def _next_to(units: list[Unit], index: int, prefix: str) -> set[str]:
    if 0 <= index < len(units) and (stem := _stem(units[index])):
        return {prefix + stem}
    return set()


def sentence_candidates(units: list[Unit], position: int):
    """(event type, actor, other, features) for each trigger type and country pair of a sentence."""
    triggers = [(k, spec.event_type) for k, unit in enumerate(units) for spec in unit.specs]
    actors = [(k, unit.actor) for k, unit in enumerate(units) if unit.actor is not None and unit.actor.country]
    if not triggers or not actors:
        return
    others: dict[str, tuple[int, str]] = {}
    for k, unit in enumerate(units):
        if unit.actor is not None and unit.actor.country:
            others.setdefault(unit.actor.country, (k, "actor"))
        elif unit.place_country:
            others.setdefault(unit.place_country, (k, "place"))
    first_actor = actors[0][1].country
    for event_type in sorted({t for _, t in triggers}):
        trigger_at = [k for k, t in triggers if t == event_type]
        seen: set[tuple[str, str]] = set()
        for ka, actor in actors:
            for other, (kb, other_kind) in others.items():
                if other == actor.country or (actor.country, other) in seen:
                    continue
                seen.add((actor.country, other))
                kt = min(trigger_at, key=lambda k: abs(k - ka) + abs(k - kb))
                order = "".join(name for _, name in sorted(((ka, "A"), (kb, "B"), (kt + 0.5, "T"))))
                features = {"order:" + order, "trigger:" + units[kt].low, "other:" + other_kind,
                            "actor:" + actor.kind, "named:" + str(actor.explicit),
                            "first:" + str(actor.country == first_actor), "position:" + str(min(position, 5))}
                features |= _words(units, *sorted((ka, kt)), "a~t:") | _words(units, *sorted((kb, kt)), "t~b:")
                features |= _next_to(units, kb - 1, "before b:") | _next_to(units, ka - 1, "before a:")
                features |= _next_to(units, ka + 1, "after a:") | _next_to(units, kt + 1, "after t:")
                features |= _next_to(units, kt - 1, "before t:")
                typed = {event_type + "|" + feature for feature in features}
                yield event_type, actor.country, other, features | typed | {"bias", "type:" + event_type}


def article_candidates(article: Article) -> list[tuple[str, str, str, set[str]]]:
    """The candidates of every sentence, recognised as the extractor's own loop does."""
    lex = lexicon()
    folded = fold(article.text)
    found = find_matches(lex, folded)
    chunker = ActorChunker(ArticleMemory(published=article.published, codes_seen_strong=strong_codes(found)), lex)
    out = []
    for position, (start, end) in enumerate(split_sentences(folded)):
        out.extend(sentence_candidates(chunker.chunk(raw_units(folded, start, end, found)), position))
    return out


def _reported(events, event_type: str, actor: str, other: str) -> bool:
    return any(e.event_type == event_type and e.actor_country == actor and other in (e.target_country, e.place_country)
               for e in events)


def fit(rows: list[tuple[set[str], bool]], l2: float, epochs: int = 300) -> dict[str, float]:
    """Logistic regression by full-batch Adam on sparse binary features; weights by feature."""
    counts = Counter(feature for features, _ in rows for feature in features)
    vocabulary = {feature: i for i, feature in enumerate(sorted(f for f, c in counts.items() if c >= 2))}
    columns = [[vocabulary[f] for f in features if f in vocabulary] for features, _ in rows]
    index = np.array([c for row in columns for c in row])
    row_of = np.repeat(np.arange(len(rows)), [len(row) for row in columns])
    y = np.array([label for _, label in rows], float)
    w, m, v = (np.zeros(len(vocabulary)) for _ in range(3))
    for step in range(1, epochs + 1):
        p = 1 / (1 + np.exp(-np.bincount(row_of, weights=w[index], minlength=len(rows))))
        grad = (np.bincount(index, weights=(p - y)[row_of], minlength=len(w)) + l2 * w) / len(rows)
        m = 0.9 * m + 0.1 * grad
        v = 0.999 * v + 0.001 * grad * grad
        w -= 0.1 * (m / (1 - 0.9 ** step)) / (np.sqrt(v / (1 - 0.999 ** step)) + 1e-8)
    return {feature: float(w[i]) for feature, i in vocabulary.items()}


def probability(weights: dict[str, float], features: set[str]) -> float:
    return 1 / (1 + np.exp(-sum(weights.get(f, 0.0) for f in features)))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--l2", type=float, default=1.0)
    args = parser.parse_args()
    dev_parts = sorted(p for p in (GOLD / "dev").iterdir()
                       if p.is_dir() and f"dev/{p.name}" not in UNSEEN_PARTS)
    gold = [*read_gold(GOLD / "events.csv"), *(row for part in dev_parts for row in read_gold(part / "events.csv"))]
    folders = [BUNDLED_ARTICLES_DIR, GOLD / "articles", *(part / "articles" for part in dev_parts)]
    by_article: dict[str, list[GoldEvent]] = {}
    for row in gold:
        by_article.setdefault(row.article, []).append(row)
    articles = [a for a in read_articles(folders) if isinstance(a, Article) and article_key(a) in by_article]
    data = []
    for article in articles:
        key = article_key(article)
        golds = by_article[key]
        events = article_events(article)
        rows = [(t, a, b, f, any(g.event_type == t and g.actor_country == a and b in (g.target_country, g.place_country)
                                 for g in golds)) for t, a, b, f in article_candidates(article)]
        data.append((golds, events, rows))

    missed = covered = 0
    for golds, events, rows in data:
        matched = {i for i, _ in pair_events(golds, events)}
        pairs = {(t, a, b) for t, a, b, _, _ in rows}
        for i, g in enumerate(golds):
            if i not in matched:
                missed += 1
                covered += any((g.event_type, g.actor_country, x) in pairs for x in (g.target_country, g.place_country))
    print(f"{len(data)} articles, {sum(len(g) for g, _, _ in data)} gold events, "
          f"{sum(len(r) for _, _, r in data)} candidates; {missed} gold events missed by the rules, "
          f"{covered} of them among the candidates")

    order = list(range(len(data)))
    random.Random(7).shuffle(order)
    best: list[dict[tuple[str, str, str], float]] = [{} for _ in data]
    for fold_number in range(args.folds):
        held = set(order[fold_number::args.folds])
        weights = fit([(f, label) for i, (_, _, rows) in enumerate(data) if i not in held
                       for _, _, _, f, label in rows], args.l2)
        for i in held:
            for t, a, b, f, _ in data[i][2]:
                best[i][(t, a, b)] = max(best[i].get((t, a, b), 0.0), probability(weights, f))

    total_gold = sum(len(g) for g, _, _ in data)
    print("threshold   added  right   precision  recall     F1")
    for threshold in (None, 0.5, 0.7, 0.8, 0.9, 0.95):
        predicted = right = added = added_right = 0
        for i, (golds, events, _) in enumerate(data):
            pairs = pair_events(golds, events)
            predicted += len(events)
            right += len(pairs)
            open_gold = [g for j, g in enumerate(golds) if j not in {k for k, _ in pairs}]
            for (t, a, b), p in sorted(best[i].items(), key=lambda item: -item[1]):
                if threshold is None or p <= threshold or _reported(events, t, a, b):
                    continue
                added += 1
                candidate = _Candidate(t, a, b)
                hit = next((g for g in open_gold if matches(g, candidate)), None)
                if hit is not None:
                    open_gold.remove(hit)
                    added_right += 1
        precision = (right + added_right) / (predicted + added)
        recall = (right + added_right) / total_gold
        name = "rules only" if threshold is None else f"{threshold:.2f}"
        print(f"{name:>10}  {added:>6} {added_right:>6}   {precision:>9.3f}  {recall:>6.3f}  "
              f"{2 * precision * recall / (precision + recall):>5.3f}")
    return 0


class _Candidate:
    """An added event as the matching rule sees it: the other country stands as target and place."""

    def __init__(self, event_type: str, actor: str, other: str) -> None:
        self.event_type, self.actor_country = event_type, actor
        self.target_country = self.place_country = other


if __name__ == "__main__":
    raise SystemExit(main())
