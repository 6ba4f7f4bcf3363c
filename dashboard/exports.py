"""The filtered events as file bytes: CSV, Excel, Parquet, JSON and GeoJSON.

Codes stay strings ("042" keeps its zero), dates are ISO dates, and in the two spreadsheet
formats any text cell that a spreadsheet would run as a formula is defused with a leading
apostrophe. Excel cannot hold most control characters: there they become U+FFFD.
"""

from __future__ import annotations

import io
import json
import math
import re
from datetime import date, datetime

import pandas as pd

FORMATS = {
    "csv": ("text/csv", "csv"),
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx"),
    "parquet": ("application/vnd.apache.parquet", "parquet"),
    "json": ("application/json", "json"),
    "geojson": ("application/geo+json", "geojson"),
}
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_EXCEL_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # what openpyxl refuses to write


class ExportError(ValueError):
    """An export that cannot be made (an unknown format)."""


def defuse(value: object) -> object:
    """A text cell that would start a spreadsheet formula, made inert."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value


def excel_text(value: object) -> object:
    """A text cell as Excel can hold it: control characters it refuses become U+FFFD."""
    if isinstance(value, str):
        return _EXCEL_ILLEGAL.sub("\ufffd", value)
    return value


def _defused(frame: pd.DataFrame) -> pd.DataFrame:
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
            out[column] = out[column].map(defuse, na_action="ignore")
    return out


def _with_plain_dates(frame: pd.DataFrame) -> pd.DataFrame:
    """Datetime columns that hold whole days become ``date`` objects (no midnight times)."""
    out = frame.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            out[column] = out[column].dt.date
    return out


def _jsonable(value: object) -> object:
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if hasattr(value, "item"):
        return value.item()
    return value


def _records(frame: pd.DataFrame) -> list[dict]:
    plain = _with_plain_dates(frame)
    return [{column: _jsonable(value) for column, value in row.items()}
            for row in plain.to_dict(orient="records")]


def to_csv(frame: pd.DataFrame) -> bytes:
    # RFC 4180 line ends: the writer then quotes a cell holding a lone "\r", which would
    # otherwise end the row for every reader.
    return _defused(_with_plain_dates(frame)).to_csv(index=False, lineterminator="\r\n").encode("utf-8")


def to_xlsx(frame: pd.DataFrame, about: dict[str, str] | None = None) -> bytes:
    buffer = io.BytesIO()
    sheet = _defused(_with_plain_dates(frame))
    for column in sheet.columns:
        if sheet[column].dtype == object or pd.api.types.is_string_dtype(sheet[column]):
            sheet[column] = sheet[column].map(excel_text, na_action="ignore")
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        sheet.to_excel(writer, sheet_name="events", index=False)
        if about:
            pd.DataFrame({"field": list(about), "value": [excel_text(defuse(v)) for v in about.values()]}) \
                .to_excel(writer, sheet_name="about", index=False)
        worksheet = writer.sheets["events"]
        for cells in worksheet.iter_cols(min_row=2):
            for cell in cells:
                if isinstance(cell.value, str):
                    cell.data_type = "s"  # text, never a formula or a number
    return buffer.getvalue()


def to_parquet(frame: pd.DataFrame, about: dict[str, str] | None = None) -> bytes:
    """Parquet; ``about`` goes into the file's key-value metadata, under ``about.<field>``."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    table = pa.Table.from_pandas(_with_plain_dates(frame), preserve_index=False)
    if about:
        metadata = dict(table.schema.metadata or {})
        metadata.update({f"about.{key}".encode(): str(value).encode() for key, value in about.items()})
        table = table.replace_schema_metadata(metadata)
    buffer = io.BytesIO()
    pq.write_table(table, buffer)
    return buffer.getvalue()


def to_json(frame: pd.DataFrame, about: dict[str, str] | None = None) -> bytes:
    """A list of event objects; with ``about``, an object {"about": ..., "events": [...]}."""
    events = _records(frame)
    document = {"about": about, "events": events} if about else events
    return json.dumps(document, ensure_ascii=False, indent=1).encode("utf-8")


def about_json(about: dict[str, str]) -> bytes:
    """The sidecar of a CSV download: what the rows are (filter, count, time, data version)."""
    return json.dumps(about, ensure_ascii=False, indent=1).encode("utf-8")


def to_geojson(frame: pd.DataFrame, about: dict[str, str] | None = None) -> bytes:
    """One Feature per event; a point where it has coordinates, no geometry otherwise."""
    features = []
    for record in _records(frame):
        lat, lon = record.get("lat"), record.get("lon")
        geometry = {"type": "Point", "coordinates": [lon, lat]} if lat is not None and lon is not None else None
        properties = {key: value for key, value in record.items() if key not in ("lat", "lon")}
        features.append({"type": "Feature", "id": record.get("event_id"), "geometry": geometry,
                         "properties": properties})
    collection = {"type": "FeatureCollection", "features": features}
    if about:
        collection["about"] = about  # a foreign member, which GeoJSON readers keep or ignore
    return json.dumps(collection, ensure_ascii=False).encode("utf-8")


def export_bytes(frame: pd.DataFrame, fmt: str, about: dict[str, str] | None = None) -> bytes:
    """The frame in one of FORMATS; ``about`` (filter, row count, time, data version) goes in
    the file where the format has room: a sheet in Excel, metadata in Parquet, a header member in
    JSON and GeoJSON. CSV has no room; it gets a sidecar (``about_json``)."""
    fmt = fmt.lower()
    if fmt == "csv":
        return to_csv(frame)
    if fmt == "xlsx":
        return to_xlsx(frame, about)
    if fmt == "parquet":
        return to_parquet(frame, about)
    if fmt == "json":
        return to_json(frame, about)
    if fmt == "geojson":
        return to_geojson(frame, about)
    raise ExportError(f"unknown format {fmt!r} (expected one of {', '.join(FORMATS)})")


def mime_type(fmt: str) -> str:
    return FORMATS[fmt][0]


def file_name(stem: str, fmt: str) -> str:
    return f"{stem}.{FORMATS[fmt][1]}"
