"""How often an event is right, by how its target was found (``target_basis``).

    python bench/target_basis.py [--parts dev/i dev/j ...]

For each basis: the events extracted from the gold articles of the given parts (by default the
twenty development parts, a to t), how many of them match an event a person coded (same type
and actor country, and the same target or place country: the scorer's test), and how many of
those matched have the coded target country. Never the held-out set.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter, defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.article_events import article_events
from dashboard.config import PROJECT_DIR
from dashboard.evaluate import GoldEvent, article_key, pair_events, read_gold
from dashboard.ingest import read_articles
from dashboard.schema import GUESSED_TARGET_BASES
from dashboard.sources import Article

GOLD = PROJECT_DIR / "tests" / "gold"
DEV_PARTS = tuple(f"dev/{letter}" for letter in "abcdefghijklmnopqrst")


def tally(parts: list[str]) -> dict[str, Counter]:
    """basis -> counts of events extracted, matched to a coded event, and with its target."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for part in parts:
        folder = GOLD / part
        by_article: dict[str, list[GoldEvent]] = defaultdict(list)
        for event in read_gold(folder / "events.csv"):
            by_article[event.article].append(event)
        for article in read_articles([folder / "articles"]):
            if not isinstance(article, Article):
                continue
            coded = by_article.get(article_key(article)) or by_article.get(article.article_id)
            if not coded:
                continue
            found = article_events(article)
            paired = {j: i for i, j in pair_events(coded, found)}
            for j, event in enumerate(found):
                row = counts[event.target_basis]
                row["events"] += 1
                if j in paired:
                    row["matched"] += 1
                    row["target right"] += coded[paired[j]].target_country == event.target_country
    return counts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", nargs="+", default=list(DEV_PARTS), help="folders under tests/gold")
    args = parser.parse_args()
    if any("holdout" in part for part in args.parts):
        raise SystemExit("the held-out set is never studied")
    counts = tally(args.parts)
    guessed = sum((counts.get(basis, Counter()) for basis in GUESSED_TARGET_BASES), Counter())
    print(f"{'basis':16} {'events':>6} {'matched':>12} {'target right':>14}")
    for basis, row in [*sorted(counts.items(), key=lambda item: -item[1]["events"]), ("(all guessed)", guessed)]:
        matched, right = row["matched"], row["target right"]
        print(f"{basis:16} {row['events']:6} {matched:6} ({matched / max(1, row['events']):4.0%})"
              f" {right:6} ({right / max(1, matched):4.0%})")


if __name__ == "__main__":
    main()
