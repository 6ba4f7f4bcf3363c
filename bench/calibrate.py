"""Fit the confidence calibration table from gold sets: raw score -> share of events right.

    python bench/calibrate.py [--sets dev/i dev/j dev/q dev/r] [--write]

By default fits on the parts of the development set that no rule has been written against
(tests/gold/dev/i, j, q and r): the tuning set and the other dev parts flatter the rules,
which were written against them. Never the held-out set, which stays for measuring. Extracts every gold
article of the sets with raw scores, sorts the predictions by score, and pools
neighbouring score groups until the share right never falls as the score rises (pool adjacent
violators), each group holding at least --min-group predictions; a group's confidence is
(right + 1) / (total + 2). Prints the table, and with
--write stores it in data/calibration.csv, which the extractor reads.
"""

from __future__ import annotations

import argparse
import csv
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.config import BUNDLED_ARTICLES_DIR, PROJECT_DIR
from dashboard.evaluate import evaluate, read_gold
from dashboard.extract.calibration import CALIBRATION_TABLE
from dashboard.ingest import read_articles
from dashboard.sources import Article

GOLD = PROJECT_DIR / "tests" / "gold"
FRESH_PARTS = ("dev/i", "dev/j", "dev/q", "dev/r")
# Parts nobody may study: the fitting parts and the ones kept to measure on (and tests/gold/holdout).
UNSEEN_PARTS = (*FRESH_PARTS, "dev/s", "dev/t")


def pooled(scored: list[tuple[float, bool]], min_group: int) -> list[tuple[float, float, int]]:
    """(lowest raw score, share right, size) of monotone groups, lowest scores first."""
    groups: list[list] = []  # [low score, right, total, high score]
    for score, right in sorted(scored):
        if groups and (groups[-1][2] < min_group or groups[-1][3] == score):
            groups[-1][1] += right
            groups[-1][2] += 1
            groups[-1][3] = score
        else:
            groups.append([score, int(right), 1, score])
    merged: list[list] = []
    for group in groups:
        merged.append(group)
        while len(merged) > 1 and merged[-2][1] / merged[-2][2] >= merged[-1][1] / merged[-1][2]:
            last = merged.pop()
            merged[-1][1] += last[1]
            merged[-1][2] += last[2]
    # Laplace's rule keeps a group that was always right from claiming certainty.
    return [(low, (right + 1) / (total + 2), total) for low, right, total, _ in merged]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--min-group", type=int, default=15)
    parser.add_argument("--sets", nargs="+", default=FRESH_PARTS, metavar="PART",
                        help="gold sets under tests/gold to fit on ('.' is the tuning set)")
    parser.add_argument("--write", action="store_true", help=f"store the table in {CALIBRATION_TABLE}")
    args = parser.parse_args()
    parts = [GOLD / name for name in args.sets]
    if any(part.name == "holdout" for part in parts):
        parser.error("--sets: the held-out set only measures; fit on another")
    gold = [row for part in parts for row in read_gold(part / "events.csv")]
    folders = [*(part / "articles" for part in parts), *([BUNDLED_ARTICLES_DIR] if GOLD in parts else [])]
    articles = [a for a in read_articles(folders) if isinstance(a, Article)]
    result = evaluate(gold, articles, calibrate=False)
    table = pooled(result.scored, args.min_group)
    print(f"{len(result.scored)} predictions on {result.articles} articles")
    print("raw score from   share right   predictions")
    for low, share, total in table:
        print(f"{low:>14.3f}   {share:>11.3f}   {total:>11}")
    if args.write:
        with CALIBRATION_TABLE.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["raw_from", "confidence"])
            for index, (low, share, _) in enumerate(table):
                writer.writerow([0.0 if index == 0 else round(low, 3), round(share, 3)])
        print(f"written to {CALIBRATION_TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
