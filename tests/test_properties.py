"""Properties over generated input: extraction never raises, any link gives a filter or a note,
and every export reads back to the rows that were exported."""

from __future__ import annotations

import csv
import io
import json
import math
import re
from datetime import date, datetime

import openpyxl
import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from streamlit.testing.v1 import AppTest

from dashboard import gazetteer, queries
from dashboard.config import BUNDLED_ARTICLES_DIR
from dashboard.exports import defuse, excel_text, export_bytes
from dashboard.extract.pipeline import extract_events
from dashboard.filters import EARLIEST_DATE, LATEST_DATE, EventFilter
from dashboard.schema import EVENT_COLUMNS, EVENT_TYPES, MODALITIES, STANCES
from dashboard.sources import expand_paths, read_file
from dashboard.ui.sidebar import FILTER_KEYS
from tests.conftest import ROOT

# -- extraction -----------------------------------------------------------------------------

def _corpus_sentences() -> list[str]:
    sentences = []
    for path in expand_paths([BUNDLED_ARTICLES_DIR]):
        articles, _ = read_file(path)
        for article in articles:
            sentences += [s for s in re.split(r"(?<=[.!?])\s+", article.text) if s.strip()]
    return sentences


SENTENCES = _corpus_sentences()
COUNTRY_WORDS = sorted({word for country in gazetteer.countries().values()
                        for word in (country.name, *country.aliases, *country.demonyms, country.capital) if word})
DATE_WORDS = ["on Monday", "last week", "next month", "earlier this year", "in 2023", "on March 3",
              "Jan. 5", "this Tuesday", "late last year", "the day before", "in the 1990s", "31 February"]
ODD_UNICODE = ["\u200b", "\ufeff", "\u202e", "\u0301", "ﬁ", "İ", "ß", "𝔘𝔫𝔦", "“", "”", "’", "—", "\u00a0",
               "\r", "\r\n", "\t", "\x00", "\x0b", "\u2028", "🇷🇺", "北朝鮮", "Путин", "Kim Jong-un‘s", "...", "U.S.",
               "(", ")", "\"", "'s", "—", "–"]


@st.composite
def fragment(draw) -> str:
    sentence = draw(st.sampled_from(SENTENCES))
    start = draw(st.integers(0, len(sentence)))
    end = draw(st.integers(start, len(sentence)))
    return sentence[start:end]


def _dates_in_words(day: date) -> list[str]:
    return [day.isoformat(), f"{day.day} {day:%B} {day.year}", f"{day:%B} {day.day}, {day.year}", f"{day:%d.%m.%y}"]


piece = st.one_of(
    st.sampled_from(SENTENCES), fragment(), st.sampled_from(COUNTRY_WORDS), st.sampled_from(DATE_WORDS),
    st.dates().flatmap(lambda day: st.sampled_from(_dates_in_words(day))), st.sampled_from(ODD_UNICODE),
    st.text(max_size=12),
)
article_text = st.one_of(
    st.text(max_size=300),
    st.lists(st.tuples(piece, st.sampled_from([" ", ". ", "\n\n", ", ", "", " and ", "\n"])), max_size=20)
    .map(lambda parts: "".join(text + glue for text, glue in parts)),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text=article_text, published=st.none() | st.dates())
def test_extraction_never_raises(text, published):
    events = extract_events(text, published)
    for event in events:
        assert event.event_type in EVENT_TYPES and event.modality in MODALITIES
        assert 0.0 <= event.confidence <= 1.0
        for evidence in event.evidence:
            assert 0 <= evidence.char_start <= evidence.char_end <= len(text)


@pytest.mark.parametrize("published", [date(1, 1, 1), date(1, 1, 3), date(9999, 12, 31)])
@pytest.mark.parametrize("text", ["TUESDAY", "Russia condemned Ukraine last month.", "He met Xi on Friday last week."])
def test_a_publication_date_at_the_calendars_ends_is_no_anchor(text, published):
    # "last month" from 1 January of year 1 would be year 0: such a date counts as unknown
    assert extract_events(text, published) == extract_events(text, None)


# -- links ------------------------------------------------------------------------------------

CODES = sorted(gazetteer.countries())
LINK_VALUES = [*CODES[::9], "rus", " prk ", "XX", "EUU,RUS", ",,RUS,", *EVENT_TYPES, "VISIT", *MODALITIES, *STANCES,
               "any", "actor", "target", "2024-01-01", "2024-02-30", "1900-01-01", "2200-01-01", "0001-01-01",
               "9999-12-31", "20240101", "0.5", "1", "0", "-0", "nan", "inf", "1e-300", "1e309", "0x1", "½", "١",
               "true", "yes", "no", "", " ", ",", "%00", "\x00", "'; DROP TABLE events; --", "é" * 300]
link_value = st.one_of(st.sampled_from(LINK_VALUES), st.text(max_size=20))
link_params = st.dictionaries(st.one_of(st.sampled_from(FILTER_KEYS), st.text(max_size=8)),
                              st.one_of(link_value, st.lists(link_value, max_size=4)), max_size=6)
LIST_FIELDS = {"country": ("countries", str.upper), "type": ("types", str.lower),
               "modality": ("modalities", str.lower), "stance": ("stances", str.lower)}
# Spellings of a parameter's default: they change nothing, so they need no note.
DEFAULT_SPELLINGS = {"role": {"any"}, "low": {"0", "false", "no"}, "rejected": {"0", "false", "no"}}


def _parts(params: dict, key: str) -> list[str]:
    raw = params.get(key, [])
    items = [raw] if isinstance(raw, str) else raw
    return [part.strip() for item in items for part in item.split(",") if part.strip()]


def _used_or_noted(event_filter: EventFilter, params: dict, key: str) -> bool:
    """Whether a given single-valued parameter shows in the filter, or a note names it."""
    parts = _parts(params, key)
    if not parts or any(note.startswith(f"ignored {key}=") for note in event_filter.notes):
        return True
    value = parts[0]
    if key in ("since", "until"):
        return date.fromisoformat(value) in (event_filter.since, event_filter.until)
    if key == "min_conf":
        return float(value) == event_filter.min_confidence
    if key in ("role", "low", "rejected") and value.lower() in DEFAULT_SPELLINGS[key]:
        return True
    return bool(event_filter.to_params().get(key))


@settings(max_examples=100, deadline=None)
@given(params=link_params)
def test_any_link_gives_a_filter_and_a_note_for_what_it_ignored(params, corpus_store):
    event_filter = EventFilter.from_params(params)
    for key, (name, normalise) in LIST_FIELDS.items():
        for part in _parts(params, key):
            kept = normalise(part) in getattr(event_filter, name)
            noted = any(note.startswith(f"ignored {key}={normalise(part)!r}") for note in event_filter.notes)
            assert kept or noted, (key, part)
    for key in ("role", "since", "until", "min_conf", "low", "rejected"):
        assert _used_or_noted(event_filter, params, key), (key, params.get(key), event_filter)
    for day in (event_filter.since, event_filter.until):  # the sidebar's date inputs accept these
        assert day is None or EARLIEST_DATE <= day <= LATEST_DATE
    again = EventFilter.from_params(event_filter.to_params())
    assert again == event_filter and again.notes == ()  # the app's own link is clean
    assert event_filter.describe()
    queries.counts(corpus_store, event_filter)  # the SQL runs


@pytest.fixture(scope="module")
def app_store(corpus_store):
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("DASHBOARD_DB", str(corpus_store.path))
        yield corpus_store


APP_PAGES = ["dashboard/pages/overview.py", "dashboard/pages/events.py", "dashboard/pages/timeline.py",
             "dashboard/pages/map.py"]
app_params = st.dictionaries(st.sampled_from(FILTER_KEYS),
                             st.one_of(st.sampled_from(LINK_VALUES[:-1]), st.lists(st.sampled_from(LINK_VALUES), max_size=3)),
                             min_size=1, max_size=5)


@settings(max_examples=10, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(params=app_params, page=st.sampled_from(APP_PAGES))
def test_any_link_opens_the_app_with_its_notes_shown(params, page, app_store):
    app = AppTest.from_file(str(ROOT / "app.py"), default_timeout=120)
    for key, value in params.items():
        app.query_params[key] = value
    app.run()
    assert not app.exception, [e.value for e in app.exception]
    shown = [w.value for w in app.sidebar.warning if w.value.startswith("Link parameter not used")]
    assert len(shown) == len(EventFilter.from_params(params).notes)
    app.switch_page(page).run()
    assert not app.exception, [e.value for e in app.exception]


# -- exports ----------------------------------------------------------------------------------

FORMULAS = ["=1+1", "@x", "-2", "+1", "=HYPERLINK(\"http://x\")", "\tx", "\rx", "'=1", "042", "nan", "NULL", ""]
text_cell = st.one_of(st.none(), st.sampled_from(FORMULAS), st.text(max_size=30),
                      st.tuples(st.sampled_from(FORMULAS), st.text(max_size=10)).map("".join))
# Every float column is a small number (Goldstein score, coordinates, confidence).
float_cell = st.one_of(st.none(), st.floats(min_value=-1e6, max_value=1e6))
date_cell = st.one_of(st.none(), st.dates(min_value=date(1900, 1, 1), max_value=date(2100, 12, 31)))


def _cell_strategy(dtype: str):
    if dtype == "string":
        return text_cell
    if dtype == "float64":
        return float_cell
    if dtype == "int64":
        return st.integers(0, 10_000)
    return date_cell


rows = st.lists(st.fixed_dictionaries({column: _cell_strategy(dtype) for column, dtype in EVENT_COLUMNS.items()}),
                max_size=6)
TEXT_COLUMNS = [column for column, dtype in EVENT_COLUMNS.items() if dtype == "string"]


def _frame(records: list[dict]) -> pd.DataFrame:
    """A frame shaped as the app's queries shape it (the documented dtypes)."""
    return queries._typed(pd.DataFrame(records, columns=list(EVENT_COLUMNS)))


def _plain(value: object) -> object:
    """One cell in a form every format can be compared in: None, str, number, ISO date."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and math.isnan(value):
        return None
    if isinstance(value, (datetime, pd.Timestamp)):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if hasattr(value, "item"):
        return _plain(value.item())
    return value


def _as_csv(value: object) -> object:
    return defuse(value) if value != "" else None  # a CSV cell cannot tell "" from empty


def _as_xlsx(value: object) -> object:
    return excel_text(_as_csv(value))


def _expected(frame: pd.DataFrame, text=None) -> list[dict]:
    """The rows as a format should give them back; ``text`` is what it documents doing to text."""
    out = []
    for record in frame.to_dict(orient="records"):
        row = {column: _plain(value) for column, value in record.items()}
        if text is not None:
            row = {column: text(value) if column in TEXT_COLUMNS and value is not None else value
                   for column, value in row.items()}
        out.append(row)
    return out


def _read_csv(payload: bytes) -> list[dict]:
    """Rows as a plain CSV reader sees them, with numbers read back as numbers."""
    numbers = {"float64": float, "int64": int}
    reader = csv.DictReader(io.StringIO(payload.decode("utf-8"), newline=""))
    return [{column: (numbers.get(EVENT_COLUMNS[column], str)(value) if value != "" else None)
             for column, value in record.items()} for record in reader]


def _read_xlsx(payload: bytes) -> list[dict]:
    sheet = openpyxl.load_workbook(io.BytesIO(payload))["events"]
    header, *body = sheet.iter_rows(values_only=True)
    return [{column: _plain(value) for column, value in zip(header, values)} for values in body]


def _read_parquet(payload: bytes) -> list[dict]:
    back = pd.read_parquet(io.BytesIO(payload))
    return [{column: _plain(value) for column, value in record.items()} for record in back.to_dict(orient="records")]


def _read_json(payload: bytes) -> list[dict]:
    document = json.loads(payload)
    assert set(document) == {"about", "events"} and document["about"]["rows"] == str(len(document["events"]))
    return document["events"]


READERS = {"csv": (_read_csv, _as_csv), "xlsx": (_read_xlsx, _as_xlsx), "parquet": (_read_parquet, None),
           "json": (_read_json, None)}
# openpyxl writes 16 significant digits (Excel keeps 15); every other format is exact.
FLOAT_TOLERANCE = {"xlsx": 1e-15}


def _assert_same_rows(back: list[dict], expected: list[dict], rel: float) -> None:
    assert len(back) == len(expected)
    for number, (got, want) in enumerate(zip(back, expected)):
        assert got.keys() == want.keys()
        for column, value in want.items():
            if isinstance(value, float) and isinstance(got[column], (int, float)):
                assert math.isclose(got[column], value, rel_tol=rel) or got[column] == value, (number, column)
            else:
                assert got[column] == value, (number, column, got[column], value)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(records=rows, fmt=st.sampled_from(sorted(READERS)), about=st.text(max_size=20))
def test_every_export_reads_back_to_the_exported_rows(records, fmt, about):
    frame = _frame(records)
    read, text = READERS[fmt]
    back = read(export_bytes(frame, fmt, {"filter": about, "rows": str(len(frame))}))
    _assert_same_rows(back, _expected(frame, text), FLOAT_TOLERANCE.get(fmt, 0.0))
