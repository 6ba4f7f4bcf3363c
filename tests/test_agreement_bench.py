"""bench/agreement.py: two annotations of the same article scored against each other, with the
evidence sentences each gives (the second's first sentence stands where the app's would)."""

from __future__ import annotations

from pathlib import Path

from bench.agreement import agreement
from dashboard.evaluate import read_gold

HEADER = "article,event_type,event_mode,actor,actor_country,target_country,place_country," \
         "date_start,date_precision,modality,stance,note,evidence\n"
SIGNING = "The two ministers signed a trade agreement in Hanoi on Monday."
VISIT = "The Indonesian foreign minister arrived in Hanoi on Sunday for a two-day visit."


def _write(path: Path, rows: list[str]) -> Path:
    path.write_text(HEADER + "".join(row + "\n" for row in rows), encoding="utf-8")
    return path


def test_two_annotators_agreeing_on_one_event_and_not_on_another(tmp_path: Path) -> None:
    first = _write(tmp_path / "first.csv", [
        f'a.txt,agreement,sign,Indonesia,IDN,VNM,VNM,2024-03-04,day,asserted,,,"{SIGNING}"',
        f'a.txt,visit,official,Indonesia,IDN,VNM,VNM,2024-03-03,day,asserted,,,"{VISIT}"',
    ])
    second = _write(tmp_path / "second.csv", [
        f'a.txt,agreement,sign,Indonesia,IDN,VNM,VNM,2024-03-04,day,asserted,,,"{SIGNING}"',
        f'a.txt,meeting,talks,Indonesia,IDN,VNM,VNM,2024-03-04,day,asserted,,,"{SIGNING}"',
    ])
    result = agreement(read_gold(first), read_gold(second))
    scores = result.scores()
    assert (scores["precision"], scores["recall"], scores["f1"]) == (0.5, 0.5, 0.5)
    evidence = result.field_accuracy()["evidence"]
    assert (evidence["right"], evidence["total"]) == (1, 1)
