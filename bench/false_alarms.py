"""Why the reported events that match no gold row are wrong, grouped by what the gold holds.

Each false alarm is put in the first group that fits:

- a repeat: another reported event of the same article with the same type, actor and target
  matched a gold row (a second saying of one speaker to one side, a mode the gold folds in);
- another target or place: the gold has an unmatched event of the same type and actor;
- another actor: the gold codes the false alarm's own sentence with an event of the same type
  by another actor (a reversed pair, a quoted third party, a spokesman's country misread);
- another type: the gold codes its sentence as an event of another type only (a ministry's
  report of its own troops, drills or measures, which the gold codes as that act);
- nothing coded: the gold codes nothing in its sentence (background, an uncoded remark).

It also counts false alarms and right events by the basis of their target and how many of
each score below 0.5, the confidence under which the dashboard hides events by default.

    python bench/false_alarms.py [--sets dev/a dev/b ...] [--show TEXT]
    python bench/false_alarms.py --folders /path/to/part ...

By default the studied parts (the tuning set and development a to h, k to p): reading the false
alarms of the unseen parts would turn them into studied ones. ``--folders`` reads studied
parts kept outside the project (each a folder with events.csv and articles/). ``--show TEXT``
lists every false alarm whose group contains TEXT, with its sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from bench.missed_sentences import add_part_options, studied_gold
from dashboard.article_events import article_events
from dashboard.evaluate import (
    GoldEvent,
    article_key,
    describe_predicted,
    pair_events,
    states_event,
)
from dashboard.extract.model import ExtractedEvent
from dashboard.ingest import read_articles
from dashboard.sources import Article

GROUPS = ("a repeat of a matched event", "another target or place", "another actor",
          "another type", "nothing coded")
HIDDEN_BELOW = 0.5


def why_false(index: int, events: list[ExtractedEvent], matched: set[int], gold: list[GoldEvent],
              gold_matched: set[int]) -> str:
    """The group of the false alarm ``events[index]`` (see the module's docstring)."""
    event = events[index]
    pair = (event.event_type, event.actor_country, event.target_country)
    if any(k in matched and (other.event_type, other.actor_country, other.target_country) == pair
           for k, other in enumerate(events) if k != index):
        return GROUPS[0]
    if any(i not in gold_matched and (row.event_type, row.actor_country) == pair[:2] for i, row in enumerate(gold)):
        return GROUPS[1]
    stated = [row for row in gold if any(states_event(e.sentence, row) for e in event.evidence)]
    if any(row.event_type == event.event_type for row in stated):
        return GROUPS[2]
    return GROUPS[3] if stated else GROUPS[4]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    add_part_options(parser, "false alarm")
    args = parser.parse_args()
    gold, folders = studied_gold(parser, args)
    groups: Counter = Counter()
    articles: dict[tuple[str, bool], set[str]] = {}
    bases: Counter = Counter()
    for article in read_articles(folders):
        if not isinstance(article, Article) or article_key(article) not in gold:
            continue
        name, expected = article_key(article), gold[article_key(article)]
        events = article_events(article)
        pairs = pair_events(expected, events)
        matched, gold_matched = {j for _, j in pairs}, {i for i, _ in pairs}
        for j, event in enumerate(events):
            statement = event.event_type == "statement"
            bases[(statement, event.target_basis, j in matched, event.confidence < HIDDEN_BELOW)] += 1
            if j in matched:
                continue
            group = why_false(j, events, matched, expected, gold_matched)
            groups[(group, statement)] += 1
            articles.setdefault((group, statement), set()).add(name)
            if args.show is not None and args.show in group:
                print(f"=== {group} | {describe_predicted(name, event).splitlines()[0]}\n  says  {event.sentence}")
    print(f"{sum(groups.values())} false alarms:")
    for group in GROUPS:
        for statement in (True, False):
            count = groups[(group, statement)]
            print(f"  {count:>5}  in {len(articles.get((group, statement), ())):>4} articles  "
                  f"{'statements' if statement else 'other types':<11}  {group}")
    print(f"by the target's basis (right of reported; below {HIDDEN_BELOW}: hidden by default):")
    for statement, basis in sorted({key[:2] for key in bases}, key=lambda key: (not key[0], key[1])):
        right = bases[(statement, basis, True, False)] + bases[(statement, basis, True, True)]
        wrong = bases[(statement, basis, False, False)] + bases[(statement, basis, False, True)]
        print(f"  {'statements' if statement else 'other types':<11} {basis:<16} {right:>5} of {right + wrong:<5}"
              f" hidden: {bases[(statement, basis, True, True)]} right, {bases[(statement, basis, False, True)]} wrong")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
