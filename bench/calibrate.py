"""Fit what an event's confidence is made of: the confidence model, then its calibration curve.

    python bench/calibrate.py [--write]

1. The model (``dashboard/extract/confidence_model.py``): a logistic regression of "the event
   was right" (it matched a gold event) on the event's features, fitted on the gold sets the
   rules were written against (the tuning set and development a to h, k to p; --model-sets).
   Only features seen at least --min-count times get a weight; an L2 penalty (--penalty) keeps
   rare ones small. Those sets flatter the rules, so the model's scores are not yet shares.
2. The curve (``dashboard/extract/calibration.py``): on development i, j, q and r, which no rule
   was written against (--sets), a logistic regression of "right" on the model score's
   log-odds (Platt scaling): a slope and an intercept. Split in halves by article, that curve
   foretold the other half better than a table pooled by score (pool adjacent violators, at
   least 20 to 60 predictions a group): log loss 0.491 against 0.499 to 0.505, ROC area 0.697
   against 0.653 to 0.681, as a table's steps tie events the model told apart.

Never the held-out set, nor s and t, which stay for measuring. Prints the weights' largest
entries, the curve, the share right in groups of --min-group predictions pooled until it rises
with the score (what the curve should follow), and how well the rule score and the model rank
the curve's predictions (the area under the ROC curve); with --write stores
data/confidence_model.csv and data/calibration.csv, which the extractor reads.
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
from dashboard.extract.calibration import (
    CALIBRATION_TABLE,
    INTERCEPT,
    SLOPE,
    log_odds,
    on_curve,
)
from dashboard.extract.confidence_model import (
    BIAS,
    WEIGHTS_TABLE,
    country_shares,
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
        headline_end, shares = first_line_end(article.text), country_shares(events)
        found.extend((event_features(event, headline_end, shares), j in right) for j, event in enumerate(events))
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


def fit_curve(scored: list[tuple[float, bool]]) -> tuple[float, float]:
    """Slope and intercept of the logistic curve of "right" on the score's log-odds (unpenalised)."""
    weights = fit_logistic([([(SLOPE, log_odds(score))], right) for score, right in scored], 0, 0.0)
    return weights[SLOPE], weights[BIAS]


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
                        help="gold sets under tests/gold to fit the curve on")
    parser.add_argument("--min-count", type=int, default=5)
    parser.add_argument("--penalty", type=float, default=3.0)
    parser.add_argument("--min-group", type=int, default=40, help="predictions per group of the printed table")
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
    print(f"curve: fitted on {len(fresh)} predictions; ranking (ROC area): rule score {ranking_auc(by_rule):.3f}, "
          f"model {ranking_auc(by_model):.3f}")
    slope, intercept = fit_curve(by_model)
    print(f"curve: confidence = logistic({slope:.3f} x log-odds of the model score {intercept:+.3f}); "
          f"{sum(on_curve(score, slope, intercept) < 0.5 for score, _ in by_model)} of {len(by_model)} "
          "predictions below 0.5")
    print("model score from   share right   on the curve (mean)   predictions")
    ordered, start = sorted(score for score, _ in by_model), 0
    for low, share, total in pooled(by_model, args.min_group):
        mean = sum(on_curve(score, slope, intercept) for score in ordered[start:start + total]) / total
        start += total
        print(f"{low:>16.3f}   {share:>11.3f}   {mean:>19.3f}   {total:>11}")
    if args.write:
        with WEIGHTS_TABLE.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["feature", "weight"])
            for name, weight in sorted(weights.items()):
                writer.writerow([name, round(weight, 4)])
        with CALIBRATION_TABLE.open("w", newline="", encoding="utf-8") as handle:
            writer = csv.writer(handle)
            writer.writerow(["parameter", "value"])
            writer.writerow([SLOPE, round(slope, 4)])
            writer.writerow([INTERCEPT, round(intercept, 4)])
        print(f"written to {WEIGHTS_TABLE} and {CALIBRATION_TABLE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
