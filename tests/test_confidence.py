"""Confidence: the model's features and score, its fit, the calibration curve and the table's pooling."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from bench.calibrate import fit_curve, fit_logistic, pooled, ranking_auc
from dashboard.extract import calibration, confidence_model
from dashboard.extract.calibration import on_curve
from dashboard.extract.confidence_model import (
    SHARE,
    country_shares,
    event_features,
    first_line_end,
    logistic,
    model_score,
)
from dashboard.extract.pipeline import extract_events
from tests.conftest import extract

TEXT = "Putin arrived in North Korea on June 19. He praised Pyongyang's support."


@pytest.fixture
def visit():
    return next(e for e in extract(TEXT, date(2024, 6, 20)) if e.event_type == "visit")


def test_the_features_say_what_is_known_about_the_event(visit):
    features = dict(event_features(visit, len(TEXT), {"RUS": 1.0, "PRK": 1.0}))
    assert features["type visit"] == features["mode visit/unspecified"] == 1.0
    assert features["target country known"] == features["place country known"] == 1.0
    assert features["actor named in the sentence"] == 1.0
    assert features["told in the first line"] == 1.0  # the text is one line
    assert features[SHARE] == 1.0
    assert "quoted" not in features and "target without a country" not in features and "target guessed" not in features
    assert "told in the first line" not in dict(event_features(visit, 0, {}))
    assert first_line_end("Headline\n\nBody.") == 8 and first_line_end("One line.") == 9


def test_the_score_is_the_logistic_of_the_weighted_features_and_unseen_features_weigh_nothing(visit, monkeypatch):
    monkeypatch.setattr(confidence_model, "_weights", lambda: {"bias": -1.0, "type visit": 1.0})
    assert model_score(visit, len(TEXT), {}) == 0.5
    monkeypatch.setattr(confidence_model, "_weights", lambda: {"bias": -1.0, "type visit": 1.0,
                                                               "target country known": 2.0})
    assert model_score(visit, len(TEXT), {}) == pytest.approx(0.881, abs=0.001)
    monkeypatch.setattr(confidence_model, "_weights", dict)  # no weights stored: the rule score
    assert model_score(replace(visit, confidence=0.42), len(TEXT), {}) == 0.42


ASIDE = ("Putin arrived in North Korea on June 19. Kim Jong Un met Putin in Pyongyang. "
         "Tokyo said it had lodged a protest through diplomatic channels in Beijing.")


def test_a_guessed_target_and_a_target_the_article_leaves_aside_are_told_to_the_model():
    events = extract(ASIDE, date(2024, 6, 20))
    shares = country_shares(events)
    assert shares == {"RUS": pytest.approx(2 / 3), "PRK": pytest.approx(2 / 3),
                      "JPN": pytest.approx(1 / 3), "CHN": pytest.approx(1 / 3)}
    protest = next(e for e in events if e.actor_country == "JPN")
    features = dict(event_features(protest, 0, shares))
    assert protest.target_basis == "elimination" and features["target guessed"] == 1.0
    assert features[SHARE] == pytest.approx(1 / 3)
    talks = next(e for e in events if e.event_type == "meeting")
    assert dict(event_features(talks, 0, shares))[SHARE] == pytest.approx(2 / 3)
    (drill,) = extract("China held live-fire drills in the Yellow Sea on Tuesday.")  # aimed at nobody
    assert dict(event_features(drill, 0, {"CHN": 0.25}))[SHARE] == 0.25  # how much is about its actor


def test_the_stored_model_trusts_a_stated_target_the_article_is_about_more_than_a_guess_aside():
    events = extract(ASIDE, date(2024, 6, 20))
    protest = next(e for e in events if e.actor_country == "JPN")
    talks = next(e for e in events if e.event_type == "meeting")
    assert protest.confidence < 0.6 < talks.confidence


def test_the_curve_maps_a_score_through_its_log_odds_and_keeps_the_order(monkeypatch):
    assert on_curve(0.5, 1.0, 0.0) == 0.5 and on_curve(0.8, 1.0, 0.0) == 0.8
    assert on_curve(0.5, 1.0, -1.0) == pytest.approx(0.269, abs=0.001)  # a curve that says the model flatters
    assert on_curve(0.0, 1.0, 0.0) == 0.0 and on_curve(1.0, 1.0, 0.0) == 1.0  # finite at the edges
    assert on_curve(0.9, 0.5, 0.0) == pytest.approx(0.75, abs=0.001)  # a flatter curve pulls towards 0.5
    scores = [0.1, 0.3, 0.55, 0.7, 0.9]
    assert [on_curve(s, 0.85, -0.13) for s in scores] == sorted(on_curve(s, 0.85, -0.13) for s in scores)
    monkeypatch.setattr(calibration, "_curve", lambda: (1.0, -1.0))
    assert calibration.calibrated(0.5) == pytest.approx(0.269, abs=0.001)
    monkeypatch.setattr(calibration, "_curve", lambda: None)  # nothing stored: the score itself
    assert calibration.calibrated(0.42) == 0.42


def test_the_curve_fit_finds_how_far_the_scores_flatter():
    # scores of 0.8 right half the time, of 0.2 never: the curve pulls 0.8 down to about 0.5
    scored = [(0.8, True)] * 50 + [(0.8, False)] * 50 + [(0.2, True)] * 1 + [(0.2, False)] * 99
    slope, intercept = fit_curve(scored)
    assert on_curve(0.8, slope, intercept) == pytest.approx(0.5, abs=0.01)
    assert on_curve(0.2, slope, intercept) == pytest.approx(0.01, abs=0.01) and slope > 0


def test_every_extracted_event_gets_its_model_score_on_the_stored_curve():
    curve = calibration._curve()
    assert curve is not None and curve[0] > 0
    raw = extract_events(ASIDE, date(2024, 6, 20), calibrate=False)
    shares = country_shares(raw)
    expected = [on_curve(model_score(e, first_line_end(ASIDE), shares), *curve) for e in raw]
    assert [e.confidence for e in extract(ASIDE, date(2024, 6, 20))] == expected


def test_the_model_score_is_the_logistic_of_the_features_bit_for_bit():
    raw = extract_events(ASIDE, date(2024, 6, 20), calibrate=False)
    raw += extract_events(TEXT, date(2024, 6, 20), calibrate=False)
    shares, weights = country_shares(raw), confidence_model._weights()
    for end in (0, first_line_end(ASIDE), 10_000):
        assert [model_score(e, end, shares) for e in raw] == [
            logistic(event_features(e, end, shares), weights) for e in raw]


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
