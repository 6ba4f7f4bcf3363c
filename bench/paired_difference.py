"""Did a change to the rules move F1, or is the difference noise?

Score the same articles before and after the change with ``python -m dashboard evaluate ...
--json > before.json`` (and ``after.json``), then

    python bench/paired_difference.py before.json after.json

prints both F1 figures, their difference, and the 95% range of that difference over 10,000
resamples of the articles (drawn with replacement, the same articles for both runs). Pairing
the runs article by article cancels how hard each article is, so the range is far narrower
than the interval of either figure alone: a difference whose range excludes 0 is a real one
on articles like these.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from pathlib import Path


def per_article(path: Path) -> dict[str, tuple[int, int, int]]:
    """(gold, predicted, matched) per article of one ``evaluate --json`` run."""
    try:
        figures = json.loads(path.read_text(encoding="utf-8"))["per_article"]
        return {name: (row["gold"], row["predicted"], row["matched"]) for name, row in figures.items()}
    except (OSError, ValueError, KeyError, TypeError) as error:
        raise SystemExit(f"{path}: not the output of 'python -m dashboard evaluate --json' ({error})") from None


def f1(rows: list[tuple[int, int, int]]) -> float:
    total = sum(gold + predicted for gold, predicted, _ in rows)
    return 2 * sum(matched for _, _, matched in rows) / total if total else 0.0


def paired_range(before: list[tuple[int, int, int]], after: list[tuple[int, int, int]],
                 resamples: int = 10_000, seed: int = 0) -> tuple[float, float]:
    """The 2.5th and 97.5th percentiles of F1(after) - F1(before) over paired resamples."""
    draw = random.Random(seed).choices
    indices = range(len(before))
    differences = []
    for _ in range(resamples):
        picked = draw(indices, k=len(before))
        differences.append(f1([after[i] for i in picked]) - f1([before[i] for i in picked]))
    differences.sort()
    cut = resamples // 40
    return differences[cut], differences[resamples - 1 - cut]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    args = parser.parse_args(argv)
    first, second = per_article(args.before), per_article(args.after)
    if set(first) != set(second):
        raise SystemExit(f"{args.before} and {args.after} score different articles: run both on the same gold")
    names = sorted(first)
    before, after = [first[n] for n in names], [second[n] for n in names]
    low, high = paired_range(before, after)
    print(f"{len(names)} articles, {sum(g for g, _, _ in before)} gold events")
    print(f"F1 before {f1(before):.3f}, after {f1(after):.3f}, difference {f1(after) - f1(before):+.3f}")
    print(f"95% range of the difference: {low:+.3f} to {high:+.3f}"
          + ("" if low > 0 or high < 0 else " (includes 0: not told apart from noise)"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
