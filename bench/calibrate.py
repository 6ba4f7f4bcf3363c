"""Fit what an event's confidence is made of: the confidence model, then its calibration table.

    python bench/calibrate.py [--write]

1. The model (``dashboard/extract/confidence_model.py``): a logistic regression of "the event
   was right" (it matched a gold event) on the event's features, fitted on the gold sets the
   rules were written against (the tuning set and development a to h, k to p; --model-sets).
   Only features seen at least --min-count times get a weight; an L2 penalty (--penalty) keeps
   rare ones small. Those sets flatter the rules, so the model's scores are not yet shares.
2. The table (``dashboard/extract/calibration.py``): on development i, j, q and r, which no rule
   was written against (--sets), the predictions are sorted by model score and neighbouring
   groups pooled until the share right never falls as the score rises (pool adjacent
   violators), each group holding at least --min-group predictions; a group's confidence is
   (right + 1) / (total + 2).

Never the held-out set, nor s and t, which stay for measuring. Prints the weights' largest
entries, the table, and how well the rule score and the model rank the table's predictions
(the area under the ROC curve); with --write stores data/confidence_model.csv and
data/calibration.csv, which the extractor reads.
"""

from __future__ import annotations

import argparse
import csv
import sys
from collections import Counter
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.article_events import article_events
from dashboard.config import BUNDLED_ARTICLES_DIR, PROJECT_DIR
from dashboard.evaluate import GoldEvent, article_key, pair_events, read_gold
from dashboard.extract.calibration import CALIBRATION_TABLE
from dashboard.extract.confidence_model import (
    BIAS,
    WEIGHTS_TABLE,
    event_features,
    first_line_end,
    logistic,
)
from dashboard.ingest import read_articles
from dashboard.sources import Article

GOLD = PROJECT_DIR / "tests" / "gold"
FRESH_PARTS = ("dev/i", "dev/j", "dev/q", "dev/r")
# Parts nobody may study: the fitting parts and the ones kept to measure on (and tests/gold/holdout).
UNSEEN_PARTS = (*FRESH_PARTS, "dev/s", "dev/t")
STUDIED_PARTS = (".", *(f"dev/{part}" for part in "abcdefghklmnop"))

Labelled = list[tuple[list[tuple[str, float]], bool]]  # (features, right) per prediction


def labelled_predictions(parts: list[Path]) -> Labelled:
    """Every prediction on the gold articles of ``parts``, raw-scored, with its features and
    whether it matched a gold event."""
    gold: dict[str, list[GoldEvent]] = {}
    for part in parts:
        for row in read_gold(part / "events.csv"):
            gold.setdefault(row.article, []).append(row)
    folders = [*(part / "articles" for part in parts), *([BUNDLED_ARTICLES_DIR] if GOLD in parts else [])]
    found: Labelled = []
    for article in read_articles(folders):
        if not isinstance(article, Article) or article_key(article) not in gold:
            continue
        events = article_events(article, calibrate=False)
        right = {j for _, j in pair_events(gold[article_key(article)], events)}
        headline_end = first_line_end(article.text)
        found.extend((event_features(event, headline_end), j in right) for j, event in enumerate(events))
    return found


def fit_logistic(rows: Labelled, min_count: int, penalty: float) -> dict[str, float]:
    """Weights of an L2-penalised logistic regression (Newton's method; the bias unpenalised)
    over the features seen at least ``min_count`` times."""
    counts = Counter(name for features, _ in rows for name, _ in features)
    names = sorted(name for name, count in counts.items() if count >= min_count)
    column = {name: index for index, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, -1] = 1.0
    for row, (features, _) in enumerate(rows):
        for name, value in features:
            if name in column:
                x[row, column[name]] = value
    y = np.array([right for _, right in rows], dtype=float)
    ridge = penalty * np.r_[np.ones(len(names)), 0.0]
    w = np.zeros(len(names) + 1)
    for _ in range(100):
        p = 1.0 / (1.0 + np.exp(-x @ w))
        gradient = x.T @ (p - y) + ridge * w
        hessian = (x.T * (p * (1 - p))) @ x + np.diag(ridge)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-9:
            break
    return {**dict(zip(names, w[:-1].tolist())), BIAS: float(w[-1])}


def pooled(scored: list[tuple[float, bool]], min_group: int) -> list[tuple[float, float, int]]:
    """(lowest score, share right, size) of monotone groups, lowest scores first."""
    groups: list[list] = []  # [low score, right, total, high score]
    for value, right in sorted(scored):
        if groups and (groups[-1][2] < min_group or groups[-1][3] == value):
            groups[-1][1] += right
            groups[-1][2] += 1
            groups[-1][3] = value
        else:
            groups.append([value, int(right), 1, value])
    if len(groups) > 1 and groups[-1][2] < min_group:  # the highest scores: too few for a group
        last = groups.pop()
        groups[-1][1] += last[1]
        groups[-1][2] += last[2]

    def share(group: list) -> float:  # Laplace's rule: a group always right claims no certainty
        return (group[1] + 1) / (group[2] + 2)

    merged: list[list] = []
    for group in groups:
        merged.append(group)
        while len(merged) > 1 and share(merged[-2]) >= share(merged[-1]):
            last = merged.pop()
            merged[-1][1] += last[1]
            merged[-1][2] += last[2]
    return [(group[0], share(group), group[2]) for group in merged]


def ranking_auc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a right prediction outscores a wrong one (ties count half)."""
    right = [value for value, ok in scored if ok]
    wrong = [value for value, ok in scored if not ok]
    if not right or not wrong:
        return float("nan")
    wins = sum((r > w) + 0.5 * (r == w) for r in right for w in wrong)
    return wins / (len(right) * len(wrong))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model-sets", nargs="+", default=STUDIED_PARTS, metavar="PART",
                        help="gold sets under tests/gold to fit the model on ('.' is the tuning set)")
    parser.add_argument("--sets", nargs="+", default=FRESH_PARTS, metavar="PART",
                        help="gold sets under tests/gold to fit the table on")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--penalty", type=float, default=3.0)
    parser.add_argument("--min-group", type=int, default=40)
    parser.add_argument("--write", action="store_true", help=f"store {WEIGHTS_TABLE.name} and {CALIBRATION_TABLE.name}")
    args = parser.parse_args()
    model_parts, table_parts = [GOLD / name for name in args.model_sets], [GOLD / name for name in args.sets]
    if any(part.name == "holdout" for part in [*model_parts, *table_parts]):
        parser.error("--sets, --model-sets: the held-out set only measures; fit on another")
    if set(model_parts) & set(table_parts):
        parser.error("--sets, --model-sets: the table must be fitted on sets the model was not")

    training = labelled_predictions(model_parts)
    weights = fit_logistic(training, args.min_count, args.penalty)
    print(f"model: {len(training)} predictions, {len(weights) - 1} features; largest weights:")
    for name, weight in sorted(weights.items(), key=lambda item: -abs(item[1]))[:12]:
        print(f"  {weight:+.2f}  {name}")

    fresh = labelled_predictions(table_parts)
    by_model = [(logistic(features, weights), right) for features, right in fresh]
    by_rule = [(dict(features)["raw"], right) for features, right in fresh]
    print(f"table: {len(fresh)} predictions; ranking (ROC area): rule score {ranking_auc(by_rule):.3f}, "
          f"model {ranking_auc(by_model):.3f}")
    table = pooled(by_model, args.min_group)
    print("model score from   share right   predictions")
    for low, share, total in table:
        print(f"{low:>16.3f}   {share:>11.3f}   {total:>11}")
    if args.write:
        with WEIGHTS_TABLE.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["feature", "weight"])
            for name, weight in sorted(weights.items()):
                writer.writerow([name, round(weight, 4)])
        with CALIBRATION_TABLE.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["score_from", "confidence"])
            for index, (low, share, _) in enumerate(table):
                writer.writerow([0.0 if index == 0 else round(low, 3), round(share, 3)])
        print(f"written to {WEIGHTS_TABLE} and {CALIBRATION_TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
