"""The scorer behind ``python -m dashboard evaluate``: matching rule, figures, and the command."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from datetime import date

import pytest
from conftest import ROOT, write

from dashboard.evaluate import Evaluation, GoldError, GoldEvent, pair_events, read_gold
from dashboard.extract.model import Evidence, ExtractedEvent

HEADER = "article,event_type,event_mode,actor,actor_country,target_country,place_country,date_start,date_precision,modality,stance,note\n"


def gold(**fields) -> GoldEvent:
    base = dict(article="a.txt", event_type="visit", event_mode="state", actor="Vladimir Putin",
                actor_country="RUS", target_country="PRK", place_country="PRK",
                date_start=date(2024, 6, 19), date_precision="day", modality="asserted", stance=None)
    return GoldEvent(**{**base, **fields})


def predicted(**fields) -> ExtractedEvent:
    base = dict(event_type="visit", event_mode="state", cameo_code="042", goldstein=1.9,
                actor="Vladimir Putin", actor_country="RUS", actor_role="head_of_state",
                target="North Korea", target_country="PRK", place="Pyongyang", place_country="PRK",
                lat=None, lon=None, geo_precision="city", date_start=date(2024, 6, 19),
                date_end=date(2024, 6, 19), date_precision="day", date_basis="stated",
                modality="asserted", stance=None, quote=None, confidence=0.9)
    return ExtractedEvent(**{**base, **fields})


def test_a_match_needs_type_actor_country_and_target_or_place():
    visit = gold()
    assert pair_events([visit], [predicted()]) == [(0, 0)]
    assert pair_events([visit], [predicted(target_country="CHN")]) == [(0, 0)]  # the place agrees
    assert pair_events([visit], [predicted(target_country="CHN", place_country="CHN")]) == []
    assert pair_events([visit], [predicted(actor_country="CHN")]) == []
    assert pair_events([visit], [predicted(event_type="meeting")]) == []


def test_each_prediction_matches_one_gold_event_the_one_agreeing_most():
    june, october = gold(), gold(date_start=date(2024, 10, 1), date_precision="month")
    pairs = pair_events([june, october], [predicted(date_start=date(2024, 10, 3))])
    assert pairs == [(1, 0)]


def test_scores_fields_and_calibration_count_what_a_reader_expects():
    result = Evaluation()
    statement = gold(event_type="statement", event_mode="criticism", target_country="USA",
                     place_country=None, stance="negative")
    result.add_article("a.txt", [gold(), gold(event_type="sanction", event_mode="impose"), statement], [
        predicted(date_start=date(2024, 6, 20)),                      # right visit, wrong day
        predicted(event_type="statement", event_mode="criticism", target_country="USA",
                  place_country=None, stance="positive", confidence=0.8),
        predicted(event_type="meeting", event_mode="talks", confidence=0.3),  # false alarm
    ])
    overall = result.scores()
    assert (overall["gold"], overall["predicted"], overall["matched"]) == (3, 3, 2)
    assert overall["precision"] == overall["recall"] == overall["f1"] == 0.667
    assert result.scores("sanction")["recall"] == 0.0
    fields = result.field_accuracy()
    assert fields["date"] == {"right": 1, "total": 2, "accuracy": 0.5}
    assert fields["stance"] == {"right": 0, "total": 1, "accuracy": 0.0}
    assert [g.event_type for g in result.misses] == ["sanction"]
    assert [(name, p.event_type) for name, p in result.false_alarms] == [("a.txt", "meeting")]
    low = result.calibration_table()[0]
    assert (low["confidence"], low["predicted"], low["right"]) == ("0.00-0.50", 1, 0)


def test_the_f1_interval_brackets_the_figure_and_narrows_with_more_articles():
    def articles(n: int) -> Evaluation:
        result = Evaluation()
        for k in range(n):  # every other article: its visit found; the rest: a miss and a false alarm
            found = predicted() if k % 2 else predicted(actor_country="CHN")
            result.add_article(f"{k}.txt", [gold()], [found])
        return result
    few, many = articles(10), articles(200)
    assert few.scores()["f1"] == many.scores()["f1"] == 0.5
    assert few.f1_interval()[0] < 0.5 < few.f1_interval()[1]
    assert many.f1_interval()[1] - many.f1_interval()[0] < (few.f1_interval()[1] - few.f1_interval()[0]) / 2
    perfect = Evaluation()
    perfect.add_article("a.txt", [gold()], [predicted()])
    assert perfect.f1_interval() == (1.0, 1.0)
    perfect.add_article("a.txt", [gold()], [predicted()])  # a file of the same name in another folder
    assert list(perfect.per_article) == ["a.txt", "a.txt#2"]


def test_dates_count_as_right_within_the_gold_precision():
    result = Evaluation()
    result.add_article("a.txt", [replace(gold(), date_start=date(2024, 6, 1), date_precision="month")],
                       [predicted(date_start=date(2024, 6, 19))])
    assert result.field_accuracy()["date"]["accuracy"] == 1.0


def test_the_evidence_shown_counts_when_it_is_a_sentence_the_gold_says_states_the_event(tmp_path):
    lede = "Putin arrived in Pyongyang on Wednesday, his first visit in 24 years."
    later = "The Russian leader was greeted at the airport by Kim Jong Un."
    path = write(tmp_path / "gold.csv", HEADER.replace("note\n", "note,evidence\n")
                 + f"a.txt,visit,state,Vladimir Putin,RUS,PRK,PRK,2024-06-19,day,asserted,,,\"{lede} |||  {later}\"\n"
                 + "a.txt,sanction,impose,,USA,RUS,,,unknown,asserted,,,\n")
    visit, sanction = read_gold(path)
    assert visit.evidence == (lede, later) and sanction.evidence == ()

    def shown(sentence: str) -> ExtractedEvent:
        return predicted(evidence=[Evidence(sentence, 0, len(sentence))])

    result = Evaluation()
    result.add_article("a.txt", [visit], [shown("PYONGYANG, June 19 — " + lede)])  # with its dateline
    result.add_article("b.txt", [replace(visit, article="b.txt")], [shown("Putin will stay two days.")])
    result.add_article("c.txt", [replace(visit, article="c.txt", evidence=())], [shown(later)])  # not counted
    assert result.field_accuracy()["evidence"] == {"right": 1, "total": 2, "accuracy": 0.5}


def test_a_bad_gold_row_is_one_line_naming_the_file_and_row(tmp_path):
    path = write(tmp_path / "gold.csv", HEADER + "a.txt,visit,holiday,X,RUS,PRK,PRK,2024-06-19,day,asserted,,\n")
    with pytest.raises(GoldError, match=r"gold\.csv:2: event_mode 'holiday' is not one of"):
        read_gold(path)


def test_the_evaluate_command_scores_real_articles(tmp_path):
    article = write(tmp_path / "visit.md", "---\ntitle: Visit\npublished: 2024-06-20\n---\n"
                    "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for talks.\n")
    gold_file = write(tmp_path / "gold.csv", HEADER
                      + "visit.md,visit,unspecified,Vladimir Putin,RUS,PRK,PRK,2024-06-19,day,asserted,,\n"
                      + "visit.md,sanction,impose,,USA,RUS,,,unknown,asserted,,\n")
    run = subprocess.run([sys.executable, "-m", "dashboard", "evaluate", "--gold", str(gold_file),
                          str(article), "--json"], capture_output=True, text=True, cwd=ROOT)
    assert run.returncode == 0, run.stderr
    figures = json.loads(run.stdout)
    assert figures["per_type"]["visit"]["matched"] == 1
    assert figures["fields"]["date"]["accuracy"] == 1.0
    assert figures["per_type"]["sanction"] == {"gold": 1, "predicted": 0, "matched": 0,
                                               "precision": 0.0, "recall": 0.0, "f1": 0.0}
    text = subprocess.run([sys.executable, "-m", "dashboard", "evaluate", "--gold", str(gold_file),
                           str(article)], capture_output=True, text=True, cwd=ROOT).stdout
    assert "misses (1):" in text and "visit.md: sanction/impose USA->RUS" in text
