"""Score the extractor against hand-annotated gold events: precision, recall, F1 and field accuracy.

A gold event is matched by a predicted event of the same article with the same event type and
actor country, and the same target country or the same place country. Each predicted event
matches at most one gold event; among several candidates the one agreeing on most other fields
wins. Field accuracy is measured on the matched pairs only.
"""

from __future__ import annotations

import csv
import random
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from dashboard.article_events import article_events
from dashboard.extract.model import ExtractedEvent
from dashboard.extract.text import fold
from dashboard.schema import (
    DATE_PRECISIONS,
    EVENT_MODES,
    EVENT_TYPES,
    MODALITIES,
    STANCES,
)
from dashboard.sources import Article

GOLD_COLUMNS = ("article", "event_type", "event_mode", "actor", "actor_country", "target_country",
                "place_country", "date_start", "date_precision", "modality", "stance", "note")
FIELDS = ("event_mode", "target_country", "place_country", "date", "modality", "stance", "evidence")
# Gold files may add the sentences that state each event, " ||| " between them.
EVIDENCE_COLUMN = "evidence"
EVIDENCE_SEPARATOR = "|||"
# An evidence sentence shorter than this is no sentence to compare (a stray fragment).
_MIN_SENTENCE = 20
CONFIDENCE_BINS = ((0.0, 0.5), (0.5, 0.7), (0.7, 0.85), (0.85, 1.01))


class GoldError(Exception):
    """A gold file that cannot be used; one line naming the file and row."""


@dataclass(frozen=True)
class GoldEvent:
    article: str
    event_type: str
    event_mode: str
    actor: str
    actor_country: str
    target_country: str | None
    place_country: str | None
    date_start: date | None
    date_precision: str
    modality: str
    stance: str | None
    note: str = ""
    evidence: tuple[str, ...] = ()  # the sentences that state the event, when the file gives them


def _check(value: str, allowed, column: str, where: str) -> str:
    if value not in allowed:
        raise GoldError(f"{where}: {column} {value!r} is not one of {', '.join(allowed)}")
    return value


def read_gold(path: Path) -> list[GoldEvent]:
    """The gold events of one CSV file, each row checked against the vocabularies."""
    try:
        with path.open(newline="", encoding="utf-8") as handle:
            rows = list(csv.DictReader(handle))
    except (OSError, UnicodeDecodeError) as error:
        raise GoldError(f"{path}: cannot be read ({error.__class__.__name__})") from None
    events = []
    for number, row in enumerate(rows, start=2):
        where = f"{path}:{number}"
        missing = [column for column in GOLD_COLUMNS[:-1] if column not in row]
        if missing:
            raise GoldError(f"{path}: missing column {missing[0]!r}")
        clean = {key: (value or "").strip() for key, value in row.items() if key in (*GOLD_COLUMNS, EVIDENCE_COLUMN)}
        event_type = _check(clean["event_type"], EVENT_TYPES, "event_type", where)
        try:
            day = date.fromisoformat(clean["date_start"]) if clean["date_start"] else None
        except ValueError:
            raise GoldError(f"{where}: date_start {clean['date_start']!r} is not YYYY-MM-DD") from None
        events.append(GoldEvent(
            article=clean["article"], event_type=event_type,
            event_mode=_check(clean["event_mode"], tuple(EVENT_MODES[event_type]), "event_mode", where),
            actor=clean["actor"], actor_country=clean["actor_country"].upper(),
            target_country=clean["target_country"].upper() or None,
            place_country=clean["place_country"].upper() or None, date_start=day,
            date_precision=_check(clean["date_precision"] or "unknown", DATE_PRECISIONS, "date_precision", where),
            modality=_check(clean["modality"] or "asserted", MODALITIES, "modality", where),
            stance=_check(clean["stance"], (*STANCES, ""), "stance", where) or None,
            note=clean.get("note", ""),
            evidence=tuple(filter(None, map(_plain, clean.get(EVIDENCE_COLUMN, "").split(EVIDENCE_SEPARATOR)))),
        ))
    return events


def same_date(gold: GoldEvent, predicted: ExtractedEvent) -> bool:
    """The predicted start falls in the gold date at the gold's own precision."""
    if gold.date_start is None or predicted.date_start is None:
        return gold.date_start is None and predicted.date_start is None
    a, b = gold.date_start, predicted.date_start
    if gold.date_precision == "year":
        return a.year == b.year
    if gold.date_precision == "month":
        return (a.year, a.month) == (b.year, b.month)
    if gold.date_precision == "week":
        return abs((a - b).days) <= 6
    return a == b


def _plain(sentence: str) -> str:
    return " ".join(fold(sentence).split())


def states_event(sentence: str, gold: GoldEvent) -> bool:
    """Whether ``sentence`` is one the gold row says states its event: the same sentence, or
    one inside the other where the two split sentences differently (a fragment too short to
    tell is neither)."""
    mine = _plain(sentence)
    if len(mine) < _MIN_SENTENCE:
        return False
    return any(mine == given or (len(given) >= _MIN_SENTENCE and (mine in given or given in mine))
               for given in map(_plain, gold.evidence))


def field_agrees(name: str, gold: GoldEvent, predicted: ExtractedEvent) -> bool | None:
    """Whether one field of a matched pair agrees; None where the field does not apply."""
    if name == "evidence":
        return states_event(predicted.sentence, gold) if gold.evidence else None  # the sentence the app shows
    if name == "date":
        return None if gold.date_start is None else same_date(gold, predicted)
    if name == "stance":
        return None if gold.event_type != "statement" else gold.stance == predicted.stance
    return getattr(gold, name) == getattr(predicted, name)


def matches(gold: GoldEvent, predicted: ExtractedEvent) -> bool:
    if (gold.event_type, gold.actor_country) != (predicted.event_type, predicted.actor_country):
        return False
    return ((gold.target_country is not None and gold.target_country == predicted.target_country)
            or (gold.place_country is not None and gold.place_country == predicted.place_country)
            or (gold.target_country is None and gold.place_country is None))


def pair_events(gold: list[GoldEvent], predicted: list[ExtractedEvent]) -> list[tuple[int, int]]:
    """One-to-one matching of an article's gold and predicted events (indices), best agreement first."""
    candidates = []
    for i, g in enumerate(gold):
        for j, p in enumerate(predicted):
            if matches(g, p):
                agreement = sum(bool(field_agrees(name, g, p)) for name in FIELDS)
                candidates.append((-agreement, i, j))
    used_gold, used_predicted, pairs = set(), set(), []
    for _, i, j in sorted(candidates):
        if i not in used_gold and j not in used_predicted:
            used_gold.add(i)
            used_predicted.add(j)
            pairs.append((i, j))
    return pairs


@dataclass
class Evaluation:
    """Counts behind the scores, and the misses and false alarms to read."""

    counts: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    fields: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    calibration: dict[tuple[float, float], Counter] = field(default_factory=lambda: defaultdict(Counter))
    scored: list[tuple[float, bool]] = field(default_factory=list)  # (confidence, right) per prediction
    misses: list[GoldEvent] = field(default_factory=list)
    false_alarms: list[tuple[str, ExtractedEvent]] = field(default_factory=list)
    articles: int = 0
    per_article: dict[str, tuple[int, int, int]] = field(default_factory=dict)  # name: (gold, predicted, matched)

    def add_article(self, name: str, gold: list[GoldEvent], predicted: list[ExtractedEvent]) -> None:
        self.articles += 1
        pairs = pair_events(gold, predicted)
        key, copy = name, 1
        while key in self.per_article:  # two folders may hold files of the same name
            copy += 1
            key = f"{name}#{copy}"
        self.per_article[key] = (len(gold), len(predicted), len(pairs))
        matched_gold = {i for i, _ in pairs}
        matched_predicted = {j for _, j in pairs}
        for g in gold:
            self.counts[g.event_type]["gold"] += 1
        for p in predicted:
            self.counts[p.event_type]["predicted"] += 1
        for i, j in pairs:
            self.counts[gold[i].event_type]["matched"] += 1
            for field_name in FIELDS:
                agrees = field_agrees(field_name, gold[i], predicted[j])
                if agrees is not None:
                    self.fields[field_name]["total"] += 1
                    self.fields[field_name]["right"] += agrees
        for j, p in enumerate(predicted):
            low, high = next(b for b in CONFIDENCE_BINS if b[0] <= p.confidence < b[1])
            self.calibration[(low, high)]["predicted"] += 1
            self.calibration[(low, high)]["right"] += j in matched_predicted
            self.scored.append((p.confidence, j in matched_predicted))
        self.misses += [g for i, g in enumerate(gold) if i not in matched_gold]
        self.false_alarms += [(name, p) for j, p in enumerate(predicted) if j not in matched_predicted]

    def scores(self, event_type: str | None = None) -> dict[str, float | int]:
        """Precision, recall and F1 of one type, or of all types together."""
        counts = Counter()
        for name, values in self.counts.items():
            if event_type is None or name == event_type:
                counts.update(values)
        precision = counts["matched"] / counts["predicted"] if counts["predicted"] else 0.0
        recall = counts["matched"] / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"gold": counts["gold"], "predicted": counts["predicted"], "matched": counts["matched"],
                "precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3)}

    def f1_interval(self, resamples: int = 1000, level: float = 0.95, seed: int = 0) -> tuple[float, float]:
        """The range overall F1 keeps in ``level`` of resamples of the articles (drawn with
        replacement): how far the figure could move on another set of articles like these."""
        draw, counts = random.Random(seed).choices, list(self.per_article.values())
        figures = []
        for _ in range(resamples):
            sample = draw(counts, k=len(counts))
            total = sum(g + p for g, p, _ in sample)
            figures.append(2 * sum(m for _, _, m in sample) / total if total else 0.0)
        figures.sort()
        cut = int(resamples * (1 - level) / 2)
        return round(figures[cut], 3), round(figures[resamples - 1 - cut], 3)

    def field_accuracy(self) -> dict[str, dict[str, float | int]]:
        return {name: {"right": counts["right"], "total": counts["total"],
                       "accuracy": round(counts["right"] / counts["total"], 3) if counts["total"] else 0.0}
                for name, counts in ((name, self.fields[name]) for name in FIELDS)}

    def calibration_table(self) -> list[dict]:
        return [{"confidence": f"{low:.2f}-{min(high, 1.0):.2f}", "predicted": c["predicted"],
                 "right": c["right"], "share_right": round(c["right"] / c["predicted"], 3) if c["predicted"] else None}
                for (low, high), c in sorted(self.calibration.items())]

    def as_dict(self) -> dict:
        return {"articles": self.articles, "overall": self.scores(), "f1_interval": list(self.f1_interval()),
                "per_type": {t: self.scores(t) for t in EVENT_TYPES if self.counts.get(t)},
                "fields": self.field_accuracy(), "calibration": self.calibration_table(),
                "misses": len(self.misses), "false_alarms": len(self.false_alarms),
                "per_article": {name: dict(zip(("gold", "predicted", "matched"), counts, strict=True))
                                for name, counts in self.per_article.items()}}


def article_key(article: Article) -> str:
    """The name gold rows use for an article: its file name (the id for entries of a feed)."""
    return Path(article.source).name if article.source else article.article_id


def evaluate(gold: list[GoldEvent], articles: list[Article], calibrate: bool = True) -> Evaluation:
    """Extract every article that has gold rows and score the result."""
    by_article: dict[str, list[GoldEvent]] = defaultdict(list)
    for event in gold:
        by_article[event.article].append(event)
    result = Evaluation()
    for article in articles:
        key = article_key(article)
        if key not in by_article and article.article_id not in by_article:
            continue
        expected = by_article.get(key) or by_article[article.article_id]
        result.add_article(key, expected, article_events(article, calibrate))
    return result


def describe_gold(event: GoldEvent) -> str:
    when = f"{event.date_start or '?'}/{event.date_precision}"
    return (f"{event.article}: {event.event_type}/{event.event_mode} {event.actor_country}"
            f"->{event.target_country or '-'} at {event.place_country or '-'} {when} {event.modality}"
            f"  ({event.actor})")


def describe_predicted(name: str, event: ExtractedEvent) -> str:
    when = f"{event.date_start or '?'}/{event.date_precision}"
    return (f"{name}: {event.event_type}/{event.event_mode} {event.actor_country}"
            f"->{event.target_country or '-'} at {event.place_country or '-'} {when} {event.modality}"
            f" conf {event.confidence:.2f}\n    \u201c{event.sentence.strip()[:200]}\u201d")


def report_lines(result: Evaluation, show: int | None = None) -> list[str]:
    """The evaluation as text: scores per type, field accuracy, calibration, misses, false alarms."""
    lines = [f"{result.articles} articles", "", f"{'type':<11}{'gold':>6}{'pred':>6}{'hit':>6}   P      R      F1"]
    for name in (*[t for t in EVENT_TYPES if result.counts.get(t)], None):
        s = result.scores(name)
        lines.append(f"{name or 'overall':<11}{s['gold']:>6}{s['predicted']:>6}{s['matched']:>6}"
                     f"   {s['precision']:.3f}  {s['recall']:.3f}  {s['f1']:.3f}")
    low, high = result.f1_interval()
    lines.append(f"overall F1 95% interval, articles resampled 1000 times: {low:.3f} to {high:.3f}")
    lines += ["", "field accuracy on matched events:"]
    for name, figures in result.field_accuracy().items():
        if not figures["total"]:
            continue  # evidence, when the gold file does not give it
        lines.append(f"  {name:<15}{figures['accuracy']:.3f}  ({figures['right']}/{figures['total']})")
    lines += ["", "confidence calibration (share of predicted events that match gold):"]
    for row in result.calibration_table():
        share = "-" if row["share_right"] is None else f"{row['share_right']:.3f}"
        lines.append(f"  {row['confidence']}: {share}  ({row['right']}/{row['predicted']})")
    limit = len(result.misses) if show is None else show
    lines += ["", f"misses ({len(result.misses)}):"] + [f"  {describe_gold(g)}" for g in result.misses[:limit]]
    limit = len(result.false_alarms) if show is None else show
    lines += ["", f"false alarms ({len(result.false_alarms)}):"]
    lines += [f"  {describe_predicted(name, p)}" for name, p in result.false_alarms[:limit]]
    return lines
