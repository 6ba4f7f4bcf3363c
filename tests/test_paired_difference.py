"""bench/paired_difference.py: whether a change moved F1, told from noise by paired resampling."""

from __future__ import annotations

import json

import pytest

from bench.paired_difference import f1, main, paired_range


def run_file(tmp_path, name: str, rows: dict[str, tuple[int, int, int]]):
    path = tmp_path / name
    path.write_text(json.dumps({"per_article": {
        article: {"gold": g, "predicted": p, "matched": m} for article, (g, p, m) in rows.items()}}))
    return path


def test_a_gain_on_most_articles_is_told_apart_from_noise(tmp_path, capsys):
    before = {f"{k}.txt": (4, 2, 1) for k in range(40)}
    after = {name: (4, 3, 2) if k % 4 else (4, 2, 1) for k, name in enumerate(before)}  # 30 of 40 gain one
    assert main([str(run_file(tmp_path, "b.json", before)), str(run_file(tmp_path, "a.json", after))]) == 0
    out = capsys.readouterr().out
    assert "F1 before 0.333, after 0.519, difference +0.185" in out
    low, high = paired_range(list(before.values()), list(after.values()))
    assert 0 < low < 0.185 < high
    assert "includes 0" not in out


def test_one_lucky_article_is_noise(tmp_path, capsys):
    before = {f"{k}.txt": (2, 2, 1) if k % 2 else (2, 2, 0) for k in range(20)}
    after = dict(before, **{"0.txt": (2, 2, 2)})
    main([str(run_file(tmp_path, "b.json", before)), str(run_file(tmp_path, "a.json", after))])
    assert "(includes 0: not told apart from noise)" in capsys.readouterr().out
    assert f1([(2, 2, 2)]) == 1.0


def test_runs_on_different_articles_or_a_wrong_file_stop_with_one_line(tmp_path):
    first = run_file(tmp_path, "b.json", {"a.txt": (1, 1, 1)})
    second = run_file(tmp_path, "a.json", {"b.txt": (1, 1, 1)})
    with pytest.raises(SystemExit, match="score different articles"):
        main([str(first), str(second)])
    (tmp_path / "x.json").write_text("[]")
    with pytest.raises(SystemExit, match=r"x.json: not the output of 'python -m dashboard evaluate --json'"):
        main([str(first), str(tmp_path / "x.json")])
