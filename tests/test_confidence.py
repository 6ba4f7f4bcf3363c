"""Confidence: the model's features and score, its fit, and the calibration table's pooling."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bench.calibrate import fit_logistic, pooled, ranking_auc
from dashboard.extract import calibration, confidence_model
from dashboard.extract.confidence_model import (
    event_features,
    first_line_end,
    logistic,
    model_score,
)
from tests.conftest import extract

TEXT = "Putin arrived in North Korea on June 19. He praised Pyongyang's support."


@pytest.fixture
def visit():
    return next(e for e in extract(TEXT, date(2024, 6, 20)) if e.event_type == "visit")


def test_the_features_say_what_is_known_about_the_event(visit):
    features = dict(event_features(visit, headline_end=len(TEXT)))
    assert features["type visit"] == features["mode visit/unspecified"] == 1.0
    assert features["target country known"] == features["place country known"] == 1.0
    assert features["actor named in the sentence"] == 1.0
    assert features["told in the first line"] == 1.0  # the text is one line
    assert "quoted" not in features and "target without a country" not in features
    assert "told in the first line" not in dict(event_features(visit, headline_end=0))
    assert first_line_end("Headline\n\nBody.") == 8 and first_line_end("One line.") == 9


def test_the_score_is_the_logistic_of_the_weighted_features_and_unseen_features_weigh_nothing(visit, monkeypatch):
    monkeypatch.setattr(confidence_model, "_weights", lambda: {"bias": -1.0, "type visit": 1.0})
    assert model_score(visit, len(TEXT)) == 0.5
    monkeypatch.setattr(confidence_model, "_weights", lambda: {"bias": -1.0, "type visit": 1.0,
                                                               "target country known": 2.0})
    assert model_score(visit, len(TEXT)) == pytest.approx(0.881, abs=0.001)
    monkeypatch.setattr(confidence_model, "_weights", dict)  # no weights stored: the rule score
    assert model_score(replace(visit, confidence=0.42), len(TEXT)) == 0.42


def test_every_extracted_event_gets_a_calibrated_confidence_from_the_table():
    table = set(calibration._table()[1])
    assert len(table) > 2 and {e.confidence for e in extract(TEXT, date(2024, 6, 20))} <= table


def test_the_fit_weighs_a_feature_that_tells_right_from_wrong_and_not_one_that_does_not():
    rows = []  # "named": right 3 times in 4, else 1 in 8; "noise" changes nothing
    for features in ([("named", 1.0), ("noise", 1.0)], [("named", 1.0)]):
        rows += [(features, True)] * 30 + [(features, False)] * 10
    for features in ([("noise", 1.0)], []):
        rows += [(features, True)] * 5 + [(features, False)] * 35
    rows += [([("rare", 1.0)], True)] * 2
    weights = fit_logistic(rows, min_count=5, penalty=1.0)
    assert weights["named"] > 2.0 and abs(weights["noise"]) < 0.5
    assert "rare" not in weights  # seen twice: no weight
    assert logistic([("named", 1.0)], weights) > 0.7 and logistic([], weights) < 0.2


def test_the_table_pools_groups_until_the_share_right_rises_with_the_score():
    scored = [(0.1, True)] * 10 + [(0.1, False)] * 20 + [(0.2, True)] + [(0.2, False)] * 29 + [(0.9, True)] * 28 + [(0.95, False)] * 2
    table = pooled(scored, min_group=30)
    assert [round(share, 3) for _, share, _ in table] == [round(12 / 62, 3), round(29 / 32, 3)]  # (right + 1) / (total + 2)
    assert [size for _, _, size in table] == [60, 30]
    assert [share for _, share, _ in table] == sorted(share for _, share, _ in table)
    # the few highest scores join the group below rather than stand alone
    assert [size for _, _, size in pooled([(0.1, True)] * 30 + [(0.9, True)], min_group=30)] == [31]


def test_the_ranking_area_is_the_chance_a_right_event_outscores_a_wrong_one():
    assert ranking_auc([(0.9, True), (0.1, False)]) == 1.0
    assert ranking_auc([(0.5, True), (0.5, False)]) == 0.5
    assert ranking_auc([(0.2, True), (0.8, False), (0.9, True)]) == 0.5
