"""How far two human annotations of the same articles agree, scored as the extractor is.

    python bench/agreement.py FIRST.csv SECOND.csv ARTICLES... [--show N]

The first annotation stands as gold and the second as predictions, with the matching rule of
`python -m dashboard evaluate` (same article, type and actor country, and the same target or
place country). One-to-one matching makes F1 symmetric, so it does not matter which is first.
Beside it, the extractor is scored against each annotation on the same articles: the human
figure is the ceiling a gold set of this kind allows.
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import ClassVar

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.evaluate import Evaluation, GoldEvent, evaluate, read_gold, report_lines
from dashboard.ingest import read_articles
from dashboard.sources import Article


@dataclass(frozen=True)
class _Annotated(GoldEvent):
    """A row of the second annotation, standing where an extracted event would."""

    confidence: ClassVar[float] = 1.0

    @property
    def sentence(self) -> str:
        """The first sentence the second annotator gave as evidence, as the app shows one."""
        return self.evidence[0] if self.evidence else ""


def agreement(first: list[GoldEvent], second: list[GoldEvent]) -> Evaluation:
    """The second annotation scored against the first, article by article (the first's articles)."""
    by_article: dict[str, list[GoldEvent]] = {}
    for row in second:
        by_article.setdefault(row.article, []).append(row)
    result = Evaluation()
    for name in dict.fromkeys(row.article for row in first):
        rows = [row for row in first if row.article == name]
        result.add_article(name, rows, [_Annotated(**asdict(row)) for row in by_article.get(name, [])])
    return result


def _summary(label: str, result: Evaluation) -> str:
    s = result.scores()
    fields = result.field_accuracy()
    return (f"{label:<28}{s['precision']:>7.3f}{s['recall']:>7.3f}{s['f1']:>7.3f}"
            f"{fields['date']['accuracy']:>8.3f}{fields['place_country']['accuracy']:>8.3f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("first", type=Path)
    parser.add_argument("second", type=Path)
    parser.add_argument("articles", nargs="+", type=Path, help="article files or folders")
    parser.add_argument("--show", type=int, default=0, help="print this many disagreements each way")
    args = parser.parse_args()
    first, second = read_gold(args.first), read_gold(args.second)
    articles = [a for a in read_articles(args.articles) if isinstance(a, Article)]
    humans = agreement(first, second)
    print(f"{humans.articles} articles; {len(first)} events in the first annotation, {len(second)} in the second")
    print(f"{'':<28}{'P':>7}{'R':>7}{'F1':>7}{'date':>8}{'place':>8}")
    print(_summary("second vs first annotator", humans))
    print(_summary("extractor vs first", evaluate(first, articles)))
    print(_summary("extractor vs second", evaluate(second, articles)))
    print()
    print("per type, second vs first:")
    print("\n".join(line for line in report_lines(humans, args.show)[2:] if line))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
