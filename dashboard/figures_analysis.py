"""Charts of the analysis views: relations of a pair over time, and trips as routes and bars.
Pure: frames from ``dashboard.analysis`` in, figures out."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go
import pydeck as pdk

from dashboard import gazetteer
from dashboard.figures import CompactDeck

# One colour per trip, repeated when there are more trips than colours.
_ROUTE_COLORS = [[31, 119, 180], [214, 39, 40], [44, 160, 44], [148, 103, 189], [255, 127, 14],
                 [23, 190, 207], [140, 86, 75], [227, 119, 194]]


def relations_chart(series: pd.DataFrame, title: str = "") -> go.Figure:
    """Goldstein totals per period, one bar series per direction of the pair: above zero the
    events leaned to cooperation, below to conflict."""
    figure = go.Figure()
    for direction, rows in series.groupby("direction", sort=True):
        figure.add_bar(x=rows["period"], y=rows["goldstein"], name=str(direction),
                       customdata=rows[["events", "mean_goldstein"]].to_numpy(),
                       hovertemplate="%{x|%b %Y}<br>Goldstein total %{y}<br>%{customdata[0]} events, "
                                     "mean %{customdata[1]}<extra>%{fullData.name}</extra>")
    figure.add_hline(y=0, line_color="#888", line_width=1)
    figure.update_layout(barmode="relative", title=title or None, height=380,
                         margin=dict(l=10, r=10, t=40 if title else 10, b=10),
                         yaxis_title="Goldstein score (sum)", legend_title_text="direction")
    return figure


def trip_timeline(trips: pd.DataFrame) -> go.Figure:
    """One row per trip, one bar per stop, on a scale of days since the trip began, so tours
    years apart can be read side by side; the hover gives the real dates."""
    figure = go.Figure()
    if trips.empty:
        return figure
    begin = pd.to_datetime(trips["date_start"])
    rows = trips.assign(offset=(begin - pd.to_datetime(trips["trip_start"])).dt.days,
                        length=(pd.to_datetime(trips["date_end"]) - begin).dt.days + 1)
    # Two stops on one day sit side by side rather than on top of each other.
    slots = []
    for _, stops in rows.groupby("trip", sort=False):
        end = 0
        for offset, length in zip(stops["offset"], stops["length"]):
            start = max(int(offset), end)
            slots.append(start)
            end = start + int(length)
    rows = rows.assign(offset=slots)
    for index, (trip, stops) in enumerate(rows.groupby("trip", sort=False)):
        color = _ROUTE_COLORS[index % len(_ROUTE_COLORS)]
        figure.add_bar(base=stops["offset"], x=stops["length"], y=[trip] * len(stops), orientation="h",
                       marker=dict(color=f"rgba({color[0]},{color[1]},{color[2]},0.75)",
                                   line=dict(color="white", width=2)),
                       text=stops["place"], textposition="inside", insidetextanchor="middle",
                       customdata=stops["date_start"].astype(str), showlegend=False, name=trip,
                       hovertemplate="%{y}<br>%{text}, %{customdata}<extra></extra>")
    figure.update_layout(barmode="overlay", height=max(220, 60 + 40 * rows["trip"].nunique()),
                         margin=dict(l=10, r=10, t=10, b=10), xaxis=dict(title="days since the trip began (stops on one day side by side)", dtick=1),
                         yaxis=dict(autorange="reversed", title=None))
    return figure


def route_rows(trips: pd.DataFrame) -> tuple[list[dict], list[dict]]:
    """Paths (home capital, then each stop in order) and numbered stops for the map."""
    paths, stops = [], []
    for index, (trip, rows) in enumerate(trips.groupby("trip", sort=False)):
        color = _ROUTE_COLORS[index % len(_ROUTE_COLORS)]
        points = []
        home = gazetteer.capital_point(rows["actor_country"].iloc[0])
        if home is not None:
            points.append([round(home[1], 4), round(home[0], 4)])
        for row in rows.itertuples(index=False):
            if pd.isna(row.lat) or pd.isna(row.lon):
                point = gazetteer.capital_point(row.target_country)
                if point is None:
                    continue
                lat, lon = point
            else:
                lat, lon = float(row.lat), float(row.lon)
            points.append([round(lon, 4), round(lat, 4)])
            stops.append({"position": points[-1], "color": color, "label": str(int(row.stop)),
                          "tip": f"{trip}\nstop {int(row.stop)}: {row.place} ({row.date_start:%d %b %Y})"})
        if len(points) >= 2:
            paths.append({"path": points, "color": color, "tip": f"{trip}: " + " → ".join(rows["place"].astype(str))})
    return paths, stops


def trip_map(trips: pd.DataFrame) -> pdk.Deck:
    """Each trip as a route from the traveller's capital through its stops, with stop numbers."""
    paths, stops = route_rows(trips)
    layers = [
        pdk.Layer("GeoJsonLayer", data=gazetteer.country_outlines(), id="outlines", stroked=True, filled=True,
                  get_fill_color=[238, 240, 244, 255], get_line_color=[160, 166, 178, 255],
                  line_width_min_pixels=0.6, pickable=False),
        pdk.Layer("PathLayer", data=paths, id="routes", get_path="path", get_color="color", get_width=4,
                  width_min_pixels=2, pickable=True, auto_highlight=True),
        pdk.Layer("ScatterplotLayer", data=stops, id="stops", get_position="position", get_fill_color="color",
                  get_radius=60000, radius_min_pixels=6, radius_max_pixels=14, pickable=True),
        pdk.Layer("TextLayer", data=stops, id="stop-numbers", get_position="position", get_text="label",
                  get_size=12, get_color=[255, 255, 255], get_alignment_baseline="'center'"),
    ]
    view = pdk.ViewState(latitude=30, longitude=60, zoom=1.2, pitch=0)
    return CompactDeck(layers=layers, initial_view_state=view, map_style=None, tooltip={"text": "{tip}"})
