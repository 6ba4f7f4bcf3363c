"""Plotly figures and pydeck maps built from query results. Pure: frames in, figures out."""

from __future__ import annotations

import json
import math

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk
from pydeck.bindings.json_tools import default_serialize

from dashboard import gazetteer
from dashboard.schema import EVENT_TYPES

TYPE_COLORS = {
    "visit": "#1f77b4", "meeting": "#17becf", "agreement": "#2ca02c", "statement": "#9467bd",
    "sanction": "#d62728", "military": "#ff7f0e", "relations": "#8c564b",
}
MODALITY_SYMBOLS = {"asserted": "circle", "planned": "circle-open", "alleged": "diamond-open",
                    "hypothetical": "square-open", "negated": "x-thin-open"}
_ARC_FROM = [31, 119, 180, 200]
_ARC_TO = [214, 39, 40, 220]
# Arcs of visits that were not reported as having happened are drawn faint and in their own
# colour, never like a reported visit: (colour at the visitor's end, at the host's end).
MODALITY_ARC_COLORS = {
    "planned": ([120, 144, 156, 150], [120, 144, 156, 150]),
    "alleged": ([148, 103, 189, 150], [148, 103, 189, 150]),
    "hypothetical": ([170, 170, 170, 110], [170, 170, 170, 110]),
    "negated": ([60, 60, 60, 90], [60, 60, 60, 90]),
}
MODALITY_WORDS = {"asserted": "reported", "planned": "planned", "alleged": "alleged",
                  "hypothetical": "hypothetical", "negated": "reported as not happening"}


def _text(value: object) -> str:
    """A cell as text: "" for missing values (None, NaN, pd.NA)."""
    return "" if value is None or pd.isna(value) else str(value)


def _label(row: pd.Series) -> str:
    actor = _text(row.get("actor")) or _text(row.get("actor_country")) or "?"
    text = f"{actor} ({_text(row.get('actor_country'))})"
    target = _text(row.get("target")) or _text(row.get("target_country"))
    if target:
        text += f" → {target} ({_text(row.get('target_country'))})"
    return _escape(text)


def _records(frame: pd.DataFrame) -> list[dict]:
    """Rows as plain dicts: the same values as ``iterrows`` gives, many times faster."""
    columns = list(frame.columns)
    return [dict(zip(columns, values)) for values in zip(*(frame[c].tolist() for c in columns))]


def _shorten(value: object, limit: int = 160) -> str:
    text = _text(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


# Above this many events the timeline draws one marker per day, type and modality, sized by
# count, so its payload stays small whatever the number of events.
TIMELINE_DETAIL_LIMIT = 1500


def timeline(frame: pd.DataFrame) -> go.Figure:
    """One marker per event: date across, type down, shape by modality, hover with evidence.

    With more than TIMELINE_DETAIL_LIMIT events, one marker per day, type and modality.
    """
    figure = go.Figure()
    dated = frame.dropna(subset=["date_start"])
    if len(dated) > TIMELINE_DETAIL_LIMIT:
        _density_traces(figure, dated)
    else:
        _event_traces(figure, dated)
    figure.update_layout(
        height=420, margin={"l": 10, "r": 10, "t": 30, "b": 10}, hovermode="closest",
        yaxis={"categoryorder": "array", "categoryarray": list(reversed(EVENT_TYPES)), "title": None},
        xaxis={"title": None, "range": focus_range(dated["date_start"])},
        legend={"orientation": "h", "y": 1.08}, template="plotly_white",
    )
    return figure


def _density_traces(figure: go.Figure, dated: pd.DataFrame) -> None:
    """Markers per (day, type, modality), sized by how many events they stand for."""
    days = dated.assign(day=dated["date_start"].dt.normalize(), modality=dated["modality"].fillna("asserted"))
    groups = (days.groupby(["event_type", "day", "modality"], observed=True, sort=True)
              .agg(events=("event_id", "size"), first=("event_id", "first")).reset_index())
    for event_type in EVENT_TYPES:
        rows = groups[groups["event_type"] == event_type]
        if rows.empty:
            continue
        counts = rows["events"].to_numpy()
        figure.add_trace(go.Scatter(
            x=rows["day"].dt.strftime("%Y-%m-%d"), y=[event_type] * len(rows), mode="markers", name=event_type,
            marker={"color": TYPE_COLORS[event_type], "size": [round(6 + 3 * math.log2(c), 1) for c in counts],
                    "symbol": [MODALITY_SYMBOLS.get(m, "circle") for m in rows["modality"]],
                    "line": {"width": 1.5, "color": TYPE_COLORS[event_type]}, "opacity": 0.85},
            hovertext=[f"{c} {event_type} event{'s' if c != 1 else ''} ({m})<br>{d:%d %b %Y}"
                       for c, m, d in zip(counts, rows["modality"], rows["day"])],
            hoverinfo="text", customdata=rows["first"],
        ))


SPAN_PRECISIONS = ("week", "month", "year")
_PERIOD_WORDS = {"week": "week of %d %b %Y", "month": "%B %Y (month only)", "year": "%Y (year only)"}


def _when(row: dict) -> str:
    precision = row.get("date_precision")
    pattern = _PERIOD_WORDS.get(precision, "%d %b %Y")
    return row["date_start"].strftime(pattern)


def _span_trace(figure: go.Figure, rows: pd.DataFrame, event_type: str) -> None:
    """Events known only to a week, month or year as a band over that period, not a point."""
    spans = rows[rows["date_precision"].isin(SPAN_PRECISIONS) & rows["date_end"].notna()
                 & (rows["date_end"] > rows["date_start"])]
    if spans.empty:
        return
    xs, ys = [], []
    for start, end in zip(spans["date_start"], spans["date_end"] + pd.Timedelta(days=1)):
        xs += [start, end, None]
        ys += [event_type, event_type, None]
    figure.add_trace(go.Scatter(x=xs, y=ys, mode="lines", hoverinfo="skip", showlegend=False,
                                line={"color": TYPE_COLORS[event_type], "width": 9}, opacity=0.25,
                                name=f"{event_type} (period)"))


def _event_traces(figure: go.Figure, dated: pd.DataFrame) -> None:
    """One marker per event (at the middle of its period when only the month or year is
    known, over a band for the period), shape by modality, hover with the evidence."""
    for event_type in EVENT_TYPES:
        rows = dated[dated["event_type"] == event_type]
        if rows.empty:
            continue
        _span_trace(figure, rows, event_type)
        spans = rows["date_precision"].isin(SPAN_PRECISIONS) & rows["date_end"].notna()
        middle = rows["date_start"] + (rows["date_end"].fillna(rows["date_start"]) - rows["date_start"]) / 2
        x = rows["date_start"].where(~spans, middle)
        symbols = [MODALITY_SYMBOLS.get(m, "circle") for m in rows["modality"].fillna("asserted")]
        hover = [
            f"<b>{_label(row)}</b><br>{row['event_type']} · {row['event_mode']} · {row['modality']}"
            f"<br>{_when(row)}"
            f"<br>{_escape(_shorten(row['place']))}"
            f"<br><i>{_escape(_shorten(row['evidence']))}</i>"
            for row in _records(rows)
        ]
        figure.add_trace(go.Scatter(
            x=x, y=[event_type] * len(rows), mode="markers", name=event_type,
            marker={"color": TYPE_COLORS[event_type], "symbol": symbols, "size": 11,
                    "line": {"width": 1.5, "color": TYPE_COLORS[event_type]}, "opacity": 0.85},
            hovertext=hover, hoverinfo="text", customdata=rows["event_id"],
        ))


def focus_range(dates: pd.Series, weights: pd.Series | None = None, span_years: int = 6) -> list | None:
    """An x range that skips a thin tail of old background events, or None to show all.

    When the dates span more than ``span_years``, the range starts at the 5th percentile of
    the events (zooming out or the period filter still reaches the rest).
    """
    dates = pd.to_datetime(dates).dropna()
    if dates.empty or (dates.max() - dates.min()).days < 365 * span_years:
        return None
    values = dates.repeat(weights.loc[dates.index].astype(int)) if weights is not None else dates
    start = values.sort_values().iloc[int(len(values) * 0.05)] - pd.Timedelta(days=45)
    return [start, dates.max() + pd.Timedelta(days=45)]


def _escape(text: str) -> str:
    """Plotly hover text is HTML-like: article text must not be read as tags."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def activity(frame: pd.DataFrame) -> go.Figure:
    """Stacked bars of events per period and type (from ``queries.activity``)."""
    figure = go.Figure()
    for event_type in EVENT_TYPES:
        rows = frame[frame["event_type"] == event_type]
        if rows.empty:
            continue
        figure.add_trace(go.Bar(x=rows["period"], y=rows["events"], name=event_type,
                                marker_color=TYPE_COLORS[event_type]))
    figure.update_layout(barmode="stack", height=300, margin={"l": 10, "r": 10, "t": 30, "b": 10},
                         legend={"orientation": "h", "y": 1.15}, template="plotly_white",
                         yaxis={"title": "events"},
                         xaxis={"title": None, "range": focus_range(frame["period"], frame["events"])})
    return figure


def _arc_width(count: int) -> float:
    return 2.0 + 3.0 * math.log2(count)


def arc_rows(arcs: pd.DataFrame) -> list[dict]:
    """One arc per (visitor country, host place): from the visitor's capital to the place."""
    rows = []
    for arc in arcs.itertuples(index=False):
        origin = gazetteer.capital_point(arc.actor_country)
        if origin is None or pd.isna(arc.lat) or pd.isna(arc.lon):
            continue
        origin_name = gazetteer.country_name(arc.actor_country)
        host = gazetteer.country_name(arc.target_country or arc.place_country)
        where = arc.place if arc.geo_precision == "city" else f"{host} (country-level)"
        visits = int(arc.visits)
        modality = getattr(arc, "modality", "asserted") or "asserted"
        source, target = MODALITY_ARC_COLORS.get(modality, (_ARC_FROM, _ARC_TO))
        rows.append({
            "from": [round(origin[1], 4), round(origin[0], 4)], "to": [round(float(arc.lon), 4), round(float(arc.lat), 4)],
            "width": round(_arc_width(visits) * (1.0 if modality == "asserted" else 0.6), 2), "count": visits,
            "source_color": source, "target_color": target,
            "actor_country": arc.actor_country, "target_country": arc.target_country or arc.place_country,
            "tip": f"{origin_name} → {where}\n{visits} {MODALITY_WORDS.get(modality, modality)} "
                   f"visit{'s' if visits != 1 else ''}\n{arc.visitors}",
        })
    return rows


MAX_POINTS = 2000


def point_rows(locations: pd.DataFrame, limit: int = MAX_POINTS) -> list[dict]:
    """City-level event locations sized by count (the ``limit`` busiest when there are more), and
    country-level ones at the country's centre where no outline can be drawn for the country."""
    rows = []
    country_level = locations["geo_precision"] == "country"
    shown = locations[(locations["geo_precision"] == "city")
                      | (country_level & ~locations["place_country"].isin(gazetteer.outlined_countries()))]
    if len(shown) > limit:
        shown = shown.nlargest(limit, "events", keep="first")
    for place in shown.itertuples(index=False):
        count = int(place.events)
        events = f"{count} event{'s' if count != 1 else ''}"
        tip = (f"{place.place} (country-level place)\n{events} with no city given: {place.types}"
               if place.geo_precision == "country"
               else f"{place.place} ({gazetteer.country_name(place.place_country)})\n{events}: {place.types}")
        rows.append({"position": [round(float(place.lon), 4), round(float(place.lat), 4)], "count": count,
                     "place": place.place, "place_country": place.place_country,
                     "radius": round(25000 + 20000 * math.sqrt(count)), "tip": tip})
    return rows


def country_shapes(locations: pd.DataFrame) -> dict:
    """Outlines of the countries where events are known only to the country, with counts."""
    counts = (locations[locations["geo_precision"] == "country"]
              .groupby("place_country")["events"].sum().to_dict())
    features = []
    for feature in gazetteer.country_outlines()["features"]:
        code = feature["properties"]["code"]
        if code in counts:
            count = int(counts[code])
            features.append({**feature, "properties": {
                **feature["properties"], "count": count,
                "tip": f"{feature['properties']['name']} (country-level place)\n"
                       f"{count} event{'s' if count != 1 else ''} with no city given"}})
    return {"type": "FeatureCollection", "features": features}


class CompactDeck(pdk.Deck):
    """A pydeck Deck whose JSON (what Streamlit sends to the browser) has no indentation."""

    def to_json(self) -> str:
        return json.dumps(self, sort_keys=True, default=default_serialize, separators=(",", ":"))


def visit_map(arcs: pd.DataFrame, locations: pd.DataFrame) -> pdk.Deck:
    """Arcs from visitor capitals to host places over country outlines drawn from shipped data.

    The outlines make the map readable offline, where basemap tiles never load.
    """
    layers = [
        pdk.Layer("GeoJsonLayer", data=gazetteer.country_outlines(), id="outlines",
                  stroked=True, filled=True, get_fill_color=[238, 240, 244, 255],
                  get_line_color=[160, 166, 178, 255], line_width_min_pixels=0.6, pickable=False),
        pdk.Layer("GeoJsonLayer", data=country_shapes(locations), id="country-places",
                  stroked=True, filled=True, get_fill_color=[255, 160, 60, 70],
                  get_line_color=[230, 120, 20, 200], line_width_min_pixels=1.2, pickable=True),
        pdk.Layer("ArcLayer", data=arc_rows(arcs), id="visits", get_source_position="from",
                  get_target_position="to", get_width="width", get_source_color="source_color",
                  get_target_color="target_color", get_height=0.35, pickable=True, auto_highlight=True),
        pdk.Layer("ScatterplotLayer", data=point_rows(locations), id="places",
                  get_position="position", get_radius="radius", radius_min_pixels=3,
                  radius_max_pixels=30, get_fill_color=[214, 39, 40, 150],
                  get_line_color=[120, 20, 20, 220], stroked=True, line_width_min_pixels=1,
                  pickable=True),
    ]
    view = pdk.ViewState(latitude=30, longitude=40, zoom=1.1, pitch=0)
    return CompactDeck(layers=layers, initial_view_state=view, map_style=None,
                    tooltip={"text": "{tip}"})
