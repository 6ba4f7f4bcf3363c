"""Downloads: the bytes of each format read back to the same rows, codes stay text, formulas
are defused."""

from __future__ import annotations

import io
import json

import openpyxl
import pandas as pd
import pytest

from dashboard import queries
from dashboard.exports import ExportError, defuse, export_bytes
from dashboard.filters import EventFilter
from dashboard.schema import TARGET_BASES


@pytest.fixture(scope="module")
def frame(corpus_store):
    return queries.events(corpus_store, EventFilter(countries=("PRK",)))


def test_csv_reads_back(frame):
    back = pd.read_csv(io.BytesIO(export_bytes(frame, "csv")), dtype={"cameo_code": str})
    assert list(back["event_id"]) == list(frame["event_id"])
    assert list(back["cameo_code"]) == list(frame["cameo_code"])
    assert back["cameo_code"].str.startswith("0").any()  # "042" kept its zero
    assert list(back["date_start"].fillna("")) == [d.strftime("%Y-%m-%d") if pd.notna(d) else "" for d in frame["date_start"]]


def test_parquet_reads_back(frame):
    back = pd.read_parquet(io.BytesIO(export_bytes(frame, "parquet")))
    assert list(back["event_id"]) == list(frame["event_id"])
    assert list(back["cameo_code"]) == list(frame["cameo_code"])
    assert back["confidence"].tolist() == pytest.approx(frame["confidence"].tolist())


def test_json_reads_back(frame):
    rows = json.loads(export_bytes(frame, "json"))
    assert [row["event_id"] for row in rows] == list(frame["event_id"])
    assert isinstance(rows[0]["cameo_code"], str)


def test_geojson_points(frame):
    collection = json.loads(export_bytes(frame, "geojson"))
    assert collection["type"] == "FeatureCollection" and len(collection["features"]) == len(frame)
    located = [f for f in collection["features"] if f["geometry"]]
    assert located and all(len(f["geometry"]["coordinates"]) == 2 for f in located)


def test_xlsx_reads_back_with_text_codes(frame):
    workbook = openpyxl.load_workbook(io.BytesIO(export_bytes(frame, "xlsx", {"filter": "x", "rows": "1"})))
    sheet = workbook["events"]
    header = [cell.value for cell in sheet[1]]
    codes = [row[header.index("cameo_code")] for row in sheet.iter_rows(min_row=2, values_only=True)]
    assert codes == list(frame["cameo_code"])
    assert "about" in workbook.sheetnames


def test_every_format_carries_how_each_target_was_found(frame):
    expected = list(frame["target_basis"])
    assert expected and set(expected) <= set(TARGET_BASES) and "stated" in expected
    assert list(pd.read_csv(io.BytesIO(export_bytes(frame, "csv")))["target_basis"]) == expected
    assert list(pd.read_parquet(io.BytesIO(export_bytes(frame, "parquet")))["target_basis"]) == expected
    assert [row["target_basis"] for row in json.loads(export_bytes(frame, "json"))] == expected
    features = json.loads(export_bytes(frame, "geojson"))["features"]
    assert [feature["properties"]["target_basis"] for feature in features] == expected
    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes(frame, "xlsx")))["events"]
    header = [cell.value for cell in sheet[1]]
    assert [row[header.index("target_basis")] for row in sheet.iter_rows(min_row=2, values_only=True)] == expected


def test_spreadsheet_formulas_are_defused():
    frame = pd.DataFrame({"evidence": ["=HYPERLINK(\"http://x\")", "+1", "-2", "@SUM(A1)", "plain"],
                          "goldstein": [-8.0, 1.0, 2.0, 3.0, 4.0]})
    back = pd.read_csv(io.BytesIO(export_bytes(frame, "csv")))
    assert list(back["evidence"]) == ["'=HYPERLINK(\"http://x\")", "'+1", "'-2", "'@SUM(A1)", "plain"]
    assert list(back["goldstein"]) == [-8.0, 1.0, 2.0, 3.0, 4.0]  # numbers are not text
    sheet = openpyxl.load_workbook(io.BytesIO(export_bytes(frame, "xlsx"))).active
    assert sheet["A2"].value == "'=HYPERLINK(\"http://x\")" and sheet["A2"].data_type == "s"
    assert defuse(5) == 5


def test_unknown_format():
    with pytest.raises(ExportError, match="unknown format 'pdf'"):
        export_bytes(pd.DataFrame(), "pdf")
