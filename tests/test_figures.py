"""Figures: pure functions of query results."""

from __future__ import annotations

import pandas as pd

from dashboard import figures, gazetteer, queries
from dashboard.filters import EventFilter


def test_focus_range_skips_a_thin_tail_of_old_events():
    dates = pd.Series(pd.to_datetime(["2000-01-01"] + ["2023-01-01"] * 30 + ["2025-06-01"]))
    start, end = figures.focus_range(dates)
    assert start.year == 2022 and end.year == 2025
    assert figures.focus_range(pd.Series(pd.to_datetime(["2023-01-01", "2024-01-01"]))) is None


def test_map_layers_arcs_and_country_level_places(corpus_store):
    arcs = queries.visit_arcs(corpus_store, EventFilter())
    places = queries.locations(corpus_store, EventFilter())
    deck = figures.visit_map(arcs, places)
    layers = {layer.id: layer for layer in deck.layers}
    assert set(layers) == {"outlines", "country-places", "visits", "places"}
    arc_rows = figures.arc_rows(arcs)
    assert len(arc_rows) == len(arcs[arcs["lat"].notna()]) and all(row["width"] >= 1.2 for row in arc_rows)
    # a planned visit is its own faint arc, never drawn like a reported one
    planned = [row for row in arc_rows if " planned visit" in row["tip"]]
    assert planned and all(row["source_color"] == figures.MODALITY_ARC_COLORS["planned"][0] for row in planned)
    reported = [row for row in arc_rows if " reported visit" in row["tip"]]
    assert reported and all(row["source_color"] == figures._ARC_FROM and row["width"] >= 2 for row in reported)
    country_level = int((arcs["geo_precision"] == "country").sum())
    assert country_level > 0 and sum("(country-level)" in row["tip"] for row in arc_rows) == country_level
    # every place is drawn: a city as a point, a country as its outline, or as a point at its
    # centre where the shipped outlines lack it
    points = figures.point_rows(places)
    shapes = figures.country_shapes(places)["features"]
    countries = set(places.loc[places["geo_precision"] == "country", "place_country"])
    outlined = {f["id"] for f in shapes}
    assert outlined == countries & gazetteer.outlined_countries()
    assert len(points) == (places["geo_precision"] == "city").sum() + len(countries - outlined)
    assert {row["place_country"] for row in points if "(country-level place)" in row["tip"]} == countries - outlined


def test_a_country_with_no_outline_is_a_point_at_its_centre():
    places = pd.DataFrame({"place": ["Hungary", "France", "Paris"], "place_country": ["HUN", "FRA", "FRA"],
                           "geo_precision": ["country", "country", "city"], "lat": [47.0, 46.0, 48.85],
                           "lon": [20.0, 2.0, 2.35], "events": [2, 3, 1], "types": ["visit", "meeting", "visit"]})
    assert "HUN" not in gazetteer.outlined_countries() and "FRA" in gazetteer.outlined_countries()
    points = figures.point_rows(places)
    assert [(row["place"], row["position"]) for row in points] == [("Hungary", [20.0, 47.0]), ("Paris", [2.35, 48.85])]
    assert points[0]["tip"] == "Hungary (country-level place)\n2 events with no city given: visit"
    assert [f["id"] for f in figures.country_shapes(places)["features"]] == ["FRA"]


def test_timeline_has_one_trace_per_type_and_escapes_evidence(corpus_store):
    frame = queries.events(corpus_store, EventFilter())
    frame.loc[frame.index[0], "evidence"] = "<script>alert(1)</script>"
    figure = figures.timeline(frame)
    markers = [trace for trace in figure.data if trace.mode == "markers"]
    assert {trace.name for trace in markers} == set(frame.dropna(subset=["date_start"])["event_type"])
    hover = " ".join(text for trace in markers for text in trace.hovertext)
    assert "<script>" not in hover and "&lt;script&gt;" in hover


def test_events_known_to_the_month_or_year_are_drawn_as_spans(corpus_store):
    frame = queries.events(corpus_store, EventFilter())
    coarse = frame[frame["date_precision"].isin(figures.SPAN_PRECISIONS) & (frame["date_end"] > frame["date_start"])]
    assert len(coarse) > 0
    figure = figures.timeline(frame)
    spans = [trace for trace in figure.data if trace.mode == "lines"]
    assert sum(len([x for x in trace.x if x is not None]) for trace in spans) == 2 * len(coarse)
    # the marker of a month-only event sits inside its period, not on its first day, and says so
    month = coarse[coarse["date_precision"] == "month"].iloc[0]
    marker = next(trace for trace in figure.data if trace.mode == "markers" and trace.name == month["event_type"])
    index = list(marker.customdata).index(month["event_id"])
    drawn = pd.Timestamp(marker.x[index])
    assert month["date_start"] < drawn < month["date_end"]
    assert "(month only)" in marker.hovertext[index]
