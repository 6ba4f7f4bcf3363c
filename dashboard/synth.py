"""Synthetic stores of any size with the shape of real ones, for benchmarks at scale.

Countries and actors follow a long tail (Zipf-like ranks), every event type, mode and modality
appears in sensible proportions over ten years, places are real cities with coordinates from
the gazetteer, CAMEO codes and Goldstein scores come from ``schema.py``, and every event has
mentions in articles whose text holds its sentences at the stored offsets.

Random draws are numpy vectors; strings are assembled and loaded by DuckDB in bulk.
"""

from __future__ import annotations

import os
import time
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import duckdb
import numpy as np
import pandas as pd

from dashboard import gazetteer
from dashboard.schema import EVENT_MODES, MODE_STANCE, cameo_for, goldstein
from dashboard.store import ensure_schema, refresh_search_text, replace_file

# The most active codes first; the rest of the gazetteer follows in a long tail.
LEADING_CODES = (
    "USA", "CHN", "RUS", "UKR", "ISR", "IRN", "PRK", "KOR", "JPN", "IND", "DEU", "FRA", "GBR",
    "TUR", "EUU", "SAU", "UNO", "PSE", "TWN", "SYR", "NTO", "BRA", "PAK", "QAT", "EGY", "AUS",
    "CAN", "ITA", "POL", "VNM", "BLR", "ARE", "HUN", "PHL", "IDN", "ZAF", "G7X", "VEN", "CUB",
)
TYPE_SHARES = {"statement": 0.31, "meeting": 0.22, "visit": 0.18, "military": 0.10,
               "agreement": 0.08, "sanction": 0.06, "relations": 0.05}
MODALITY_SHARES = {"asserted": 0.78, "planned": 0.10, "alleged": 0.06, "negated": 0.03,
                   "hypothetical": 0.03}
DATE_PRECISION_SHARES = {"day": 0.78, "week": 0.05, "month": 0.11, "year": 0.05, "unknown": 0.01}
DATE_BASIS_SHARES = {"stated": 0.55, "relative": 0.15, "published": 0.28, "unknown": 0.02}
YEARS = 10
ARTICLE_EVENTS = 3  # events first reported per article
OUTLETS = ("Wire", "Analysis", "Daily Courier", "World Desk", "Evening Post", "Asia Report",
           "Europe Brief", "Gulf Monitor", "Africa Times", "Americas Review")
PEOPLE_ROLES = ("head_of_state", "head_of_government", "foreign_minister", "defence_minister",
                "spokesperson", "igo_head", "envoy")
# What each type and mode says, with {T} for the target and {C} for its country.
PHRASES = {
    "visit": {"state": "began a state visit to {C}, hosted by {T}",
              "official": "arrived in {C} on an official visit and was received by {T}",
              "working": "made a working visit to {C} for talks with {T}",
              "summit": "travelled to {C} for a summit hosted by {T}", "unspecified": "visited {C} and met {T}"},
    "meeting": {"talks": "held talks with {T}", "call": "spoke by phone with {T}",
                "negotiation": "opened negotiations with {T}", "mediation": "offered to mediate between {T} and its rivals"},
    "agreement": {"sign": "signed an agreement with {T}", "ratify": "ratified a treaty with {T}",
                  "join": "joined a pact led by {T}", "agree": "agreed with {T} to deepen cooperation",
                  "withdraw": "withdrew from an accord with {T}"},
    "statement": {"praise": "praised {T}", "support": "voiced support for {T}",
                  "sympathy": "offered condolences to {T}", "comment": "commented on the policy of {T}",
                  "concern": "expressed concern about {T}", "criticism": "criticised {T}",
                  "accusation": "accused {T} of breaking its commitments",
                  "denial": "denied accusations made by {T}", "rejection": "rejected the proposal of {T}",
                  "appeal": "appealed to {T} for restraint", "demand": "demanded that {T} change course",
                  "threat": "threatened {T} with retaliation", "pledge": "pledged aid to {T}"},
    "sanction": {"impose": "imposed sanctions on {T}", "extend": "extended sanctions against {T}",
                 "threaten": "threatened to impose sanctions on {T}", "ease": "eased sanctions on {T}",
                 "lift": "lifted sanctions on {T}"},
    "military": {"missile_test": "test-fired a missile, drawing protests from {T}",
                 "exercise": "held military exercises near {C}", "deployment": "deployed troops close to {C}",
                 "arms_transfer": "supplied weapons to {T}"},
    "relations": {"expel": "expelled diplomats of {C}", "recall": "recalled its ambassador from {C}",
                  "break": "broke off diplomatic relations with {C}", "close": "closed its embassy in {C}",
                  "establish": "established diplomatic relations with {C}",
                  "restore": "restored diplomatic ties with {C}"},
}
TRIGGERS = {"visit": "visit", "meeting": "talks", "agreement": "agreed", "statement": "voiced",
            "sanction": "sanctions", "military": "staged", "relations": "ties"}
MODALITY_LEADS = {"asserted": "", "planned": "Officials said that, as planned, ",
                  "alleged": "According to reports that could not be verified, ",
                  "negated": "Officials denied reports that ",
                  "hypothetical": "Diplomats said it was possible that "}
QUOTES = ("We will not accept this.", "This is a historic day for our two nations.",
          "Dialogue is the only way forward.", "Our position has not changed.",
          "We stand ready to respond.", "The partnership has never been stronger.")


class SynthError(Exception):
    """A synthetic store that cannot be written; the message is one line."""


@dataclass(frozen=True)
class Vocab:
    """Small lookup tables the vectors index into."""

    codes: list[str]
    weights: np.ndarray
    names: list[str]
    actor_names: list[list[str]]
    actor_roles: list[list[str]]
    place_names: list[list[str]]
    place_lat: list[list[float]]
    place_lon: list[list[float]]
    centroid: np.ndarray  # (codes, 2) lat, lon; NaN for none


def _zipf(n: int, exponent: float = 1.1) -> np.ndarray:
    weights = 1.0 / np.arange(1, n + 1) ** exponent
    return weights / weights.sum()


def vocab() -> Vocab:
    """Codes ranked for the long tail, with their actors and places."""
    table = gazetteer.countries()
    codes = [c for c in LEADING_CODES if c in table and gazetteer.capital_point(c) is not None]
    codes += sorted(code for code, entry in table.items()
                    if code not in codes and gazetteer.capital_point(code) is not None)
    people: dict[str, list] = {}
    for person in gazetteer.people():
        if person.role in PEOPLE_ROLES:
            people.setdefault(person.country, []).append(person)
    institutions: dict[str, list] = {}
    for entry in gazetteer.institutions():
        if entry.role in ("government", "foreign_ministry", "state_media", "military"):
            institutions.setdefault(entry.code, []).append(entry)
    cities: dict[str, list] = {}
    for place in gazetteer.cities():
        cities.setdefault(place.country, []).append(place)
    names, actor_names, actor_roles, place_names, place_lat, place_lon, centroid = [], [], [], [], [], [], []
    for code in codes:
        entry = table[code]
        names.append(entry.name)
        rows = sorted(people.get(code, []), key=lambda p: (p.end is not None, PEOPLE_ROLES.index(p.role)))
        actors = [(p.name, p.role) for p in rows[:12]]
        actors += [("the " + i.phrase, i.role) for i in institutions.get(code, [])[:4]]
        actors.append((f"the {entry.name}" if entry.is_group else f"the government of {entry.name}", "government"))
        actor_names.append([a[0] for a in actors])
        actor_roles.append([a[1] for a in actors])
        capital = gazetteer.capital_point(code)
        places = [(entry.capital or entry.name, capital[0], capital[1])]
        others = sorted(cities.get(code, []), key=lambda p: -p.population)
        places += [(p.name, p.lat, p.lon) for p in others if p.name != entry.capital][:5]
        place_names.append([p[0] for p in places])
        place_lat.append([p[1] for p in places])
        place_lon.append([p[2] for p in places])
        point = gazetteer.centroid(code) or capital
        centroid.append(point)
    return Vocab(codes, _zipf(len(codes)), names, actor_names, actor_roles, place_names,
                 place_lat, place_lon, np.array(centroid, dtype=float))


def _pick(rng: np.random.Generator, shares: dict[str, float], n: int) -> np.ndarray:
    p = np.array(list(shares.values()), dtype=float)
    return rng.choice(len(p), size=n, p=p / p.sum())


def _ragged(rng: np.random.Generator, lists: list[list], owner: np.ndarray, skew: float) -> np.ndarray:
    """A flat index into ``lists`` per row: an item of the owner's list, early items likelier."""
    sizes = np.array([len(items) for items in lists])
    offsets = np.concatenate([[0], np.cumsum(sizes)[:-1]])
    local = np.floor(sizes[owner] * rng.random(owner.size) ** skew).astype(np.int64)
    return offsets[owner] + np.minimum(local, sizes[owner] - 1)


def event_frame(n: int, seed: int = 7, end: date = date(2025, 12, 31),
                years: int = YEARS) -> tuple[pd.DataFrame, dict[str, pd.DataFrame]]:
    """The random part of ``n`` events as integer and number vectors, sorted by date, and the
    small tables (codes, actors, places, type-modes) their indexes point into."""
    rng = np.random.default_rng(seed)
    v = vocab()
    k = len(v.codes)
    type_names = list(TYPE_SHARES)
    actor_c = rng.choice(k, size=n, p=v.weights)
    target_c = rng.choice(k, size=n, p=v.weights)
    same = target_c == actor_c
    target_c[same] = (target_c[same] + 1 + rng.integers(0, k - 1, same.sum())) % k

    pairs = [(t, m) for t in TYPE_SHARES for m in EVENT_MODES[t]]
    pair_p = np.array([TYPE_SHARES[t] / len(EVENT_MODES[t]) * (2.0 if i == 0 else 1.0)
                       for t in TYPE_SHARES for i, _ in enumerate(EVENT_MODES[t])])
    pair = rng.choice(len(pairs), size=n, p=pair_p / pair_p.sum())
    etype = np.array([type_names.index(t) for t, _ in pairs])[pair]
    is_visit = etype == type_names.index("visit")
    drop_target = rng.random(n) < np.where(etype == type_names.index("military"), 0.3, 0.06)
    target_c = np.where(~is_visit & drop_target, -1, target_c)

    first_day = date(end.year - years, end.month, end.day)
    day = np.floor((end - first_day).days * rng.random(n) ** (1 / 1.6)).astype(np.int64)  # denser lately
    order = np.argsort(day, kind="stable")
    actor_c, target_c, pair, etype, is_visit, day = (a[order] for a in (actor_c, target_c, pair, etype, is_visit, day))
    precision = _pick(rng, DATE_PRECISION_SHARES, n)

    # Where: visits in the host country (its capital most often), others on either side.
    side = np.where(is_visit | (target_c < 0) | (rng.random(n) < 0.5), actor_c, target_c)
    host = np.where(is_visit, target_c, side)
    roll = rng.random(n)
    geo = np.where(is_visit, np.where(roll < 0.85, 0, 1), np.where(roll < 0.45, 0, np.where(roll < 0.65, 1, 2)))
    frame = pd.DataFrame({
        "seq": np.arange(n, dtype=np.int64),
        "pair": pair.astype(np.int16),
        "actor_i": _ragged(rng, v.actor_names, actor_c, 2.0),
        "actor_c": actor_c.astype(np.int16),
        "target_i": np.where(target_c < 0, -1, _ragged(rng, v.actor_names, np.maximum(target_c, 0), 2.0)),
        "target_c": target_c.astype(np.int16),
        "host_c": host.astype(np.int16),
        "place_i": _ragged(rng, v.place_names, host, 2.5),
        "geo": geo.astype(np.int8),
        "day": day.astype(np.int32),
        "precision": precision.astype(np.int8),
        "basis": _pick(rng, DATE_BASIS_SHARES, n).astype(np.int8),
        "modality": _pick(rng, MODALITY_SHARES, n).astype(np.int8),
        "quote": np.where((etype == type_names.index("statement")) & (rng.random(n) < 0.15),
                          rng.integers(0, len(QUOTES), n), -1).astype(np.int8),
        "confidence": np.round(0.35 + 0.64 * rng.beta(5, 2, n), 2),
        "n_articles": np.minimum(rng.geometric(0.72, n), 12).astype(np.int32),
        "wording": rng.integers(0, 3, n).astype(np.int8),
    })
    codes = pd.DataFrame({"c": range(k), "code": v.codes, "name": v.names,
                          "lat": v.centroid[:, 0], "lon": v.centroid[:, 1]})
    actors = pd.DataFrame({"name": [a for names in v.actor_names for a in names],
                           "role": [r for roles in v.actor_roles for r in roles]})
    places = pd.DataFrame({"name": [p for names in v.place_names for p in names],
                           "lat": [x for xs in v.place_lat for x in xs],
                           "lon": [x for xs in v.place_lon for x in xs]})
    kinds = pd.DataFrame({
        "event_type": [t for t, _ in pairs], "event_mode": [m for _, m in pairs],
        "cameo_code": [cameo_for(t, m) for t, m in pairs],
        "goldstein": [goldstein(cameo_for(t, m)) for t, m in pairs],
        "stance": [MODE_STANCE.get(m) if t == "statement" else None for t, m in pairs],
        "phrase": [PHRASES[t][m] for t, m in pairs],
    })
    for table in (actors, places, kinds):
        table.insert(0, "i", range(len(table)))
    return frame, {"codes": codes, "actors": actors, "places": places, "kinds": kinds}


def _sql_list(values) -> str:
    """A SQL list literal of strings (NULL for None), indexed 1-based in SQL."""
    return "[" + ", ".join("NULL" if v is None else "'" + str(v).replace("'", "''") + "'" for v in values) + "]"


def _events_sql(first_day: date, seed: int) -> str:
    return f"""
        SELECT f.seq, printf('%016x', hash(f.seq, {seed})) AS event_id,
               k.event_type, k.event_mode, k.cameo_code, k.goldstein, k.stance, k.phrase,
               a.name AS actor, a.role AS actor_role, ac.code AS actor_country, ac.name AS actor_country_name,
               t.name AS target, tc.code AS target_country, tc.name AS target_country_name,
               CASE f.geo WHEN 0 THEN p.name WHEN 1 THEN hc.name END AS place,
               CASE WHEN f.geo < 2 THEN hc.code END AS place_country,
               CASE f.geo WHEN 0 THEN p.lat WHEN 1 THEN hc.lat END AS lat,
               CASE f.geo WHEN 0 THEN p.lon WHEN 1 THEN hc.lon END AS lon,
               ['city', 'country', 'none'][f.geo + 1] AS geo_precision,
               CASE f.precision WHEN 1 THEN date_trunc('week', day0) WHEN 2 THEN date_trunc('month', day0)
                    WHEN 3 THEN date_trunc('year', day0) ELSE day0 END::DATE AS date_start,
               CASE f.precision WHEN 1 THEN date_trunc('week', day0)::DATE + 6 WHEN 2 THEN last_day(day0)
                    WHEN 3 THEN make_date(year(day0), 12, 31) ELSE day0 END::DATE AS date_end,
               {_sql_list(DATE_PRECISION_SHARES)}[f.precision + 1] AS date_precision,
               {_sql_list(DATE_BASIS_SHARES)}[f.basis + 1] AS date_basis,
               {_sql_list(MODALITY_SHARES)}[f.modality + 1] AS modality,
               CASE WHEN f.quote >= 0 THEN {_sql_list(QUOTES)}[f.quote + 1] END AS quote,
               f.confidence, f.n_articles, f.wording
        FROM (SELECT *, DATE '{first_day.isoformat()}' + day AS day0 FROM frame) f
        JOIN kinds k ON k.i = f.pair
        JOIN actors a ON a.i = f.actor_i
        JOIN codes ac ON ac.c = f.actor_c
        LEFT JOIN actors t ON t.i = f.target_i
        LEFT JOIN codes tc ON tc.c = f.target_c
        JOIN codes hc ON hc.c = f.host_c
        JOIN places p ON p.i = f.place_i
    """


def _evidence_sql() -> str:
    """The sentence of an event: modality lead, actor, phrase, date and place in one of three orders."""
    phrase = ("replace(replace(phrase, '{T}', coalesce(target, 'its counterparts')), "
              "'{C}', coalesce(target_country_name, 'the region'))")
    when = ("CASE date_precision WHEN 'day' THEN 'on ' || strftime(date_start, '%-d %B %Y') "
            "WHEN 'week' THEN 'in the week of ' || strftime(date_start, '%-d %B %Y') "
            "WHEN 'month' THEN 'in ' || strftime(date_start, '%B %Y') "
            "WHEN 'year' THEN 'in ' || strftime(date_start, '%Y') ELSE 'at some point' END")
    where = "CASE WHEN geo_precision = 'city' THEN ' in ' || place ELSE '' END"
    lead = f"{_sql_list(MODALITY_LEADS.values())}[list_position({_sql_list(MODALITY_LEADS)}, modality)]"
    return (f"{lead} || CASE wording "
            f"WHEN 0 THEN actor || ' ' || {phrase} || ' ' || {when} || {where} || '.' "
            f"WHEN 1 THEN actor || ' ' || {phrase} || {where} || ' ' || {when} || ', officials said.' "
            f"ELSE {when} || ', ' || actor || ' ' || {phrase} || {where} || '.' END")


def _load(connection: duckdb.DuckDBPyConnection, frame: pd.DataFrame, tables: dict[str, pd.DataFrame],
          first_day: date, seed: int, now: datetime) -> None:
    """Events, mentions and articles from the vectors, assembled and inserted in SQL."""
    for name, table in {"frame": frame, **tables}.items():
        connection.register(name, table)
    connection.execute(f"""
        CREATE TEMP TABLE ev AS
        SELECT * EXCLUDE (body, phrase), upper(body[1]) || body[2:] AS evidence
        FROM (SELECT *, {_evidence_sql()} AS body FROM ({_events_sql(first_day, seed)}))
    """)
    for name in ("frame", *tables):
        connection.unregister(name)
    stamp = f"TIMESTAMP '{now:%Y-%m-%d %H:%M:%S}'"
    n = len(frame)
    n_art = max(1, -(-n // ARTICLE_EVENTS))
    # Mention k = 0 is in the article of the event's own days; later reports in later articles.
    connection.execute(f"""
        CREATE TEMP TABLE men AS
        SELECT DISTINCT ON (seq, art) seq, k, art,
               CASE k % 3 WHEN 0 THEN evidence
                    WHEN 1 THEN evidence[:-2] || ', a later report confirmed.'
                    ELSE evidence[:-2] || ', according to a second source.' END AS sentence
        FROM (SELECT ev.seq, j.k, ev.evidence,
                     CASE WHEN j.k = 0 THEN base
                          WHEN base + step < {n_art} THEN base + step
                          ELSE ((base - step) % {n_art} + {n_art}) % {n_art} END AS art
              FROM (SELECT seq, evidence, n_articles, seq // {ARTICLE_EVENTS} AS base FROM ev) ev,
                   LATERAL (SELECT k, k * 8 + (hash(ev.seq, k) % 8)::BIGINT AS step
                            FROM range(0, ev.n_articles) r(k)) j)
        ORDER BY seq, k
    """)
    titles = {"visit": "{A} leader visits {C}", "meeting": "{A} holds talks with {C}",
              "agreement": "{A} and {C} reach a deal", "statement": "{A} speaks out on {C}",
              "sanction": "{A} weighs sanctions on {C}", "military": "{A} military move draws {C} response",
              "relations": "{A} shifts its ties with {C}"}
    title = (f"replace(replace({_sql_list(titles.values())}[list_position({_sql_list(titles)}, ev.event_type)], "
             f"'{{A}}', ev.actor_country_name), '{{C}}', coalesce(ev.target_country_name, 'the world'))")
    connection.execute(f"""
        CREATE TEMP TABLE art AS
        SELECT a.*, printf('%016x', hash(a.art, {seed} + 1)) AS article_id, {title} AS title
        FROM (SELECT art, min(seq) AS first_seq, count(DISTINCT seq) AS n_events, max(seq) AS last_seq
              FROM men GROUP BY art) a
        JOIN ev ON ev.seq = a.first_seq
    """)
    connection.execute("""
        CREATE TEMP TABLE men_pos AS
        SELECT m.*, t.article_id,
               length(t.title) + 2 + coalesce(sum(length(m.sentence) + 1) OVER (
                   PARTITION BY m.art ORDER BY m.seq, m.k ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0)
                   AS char_start
        FROM men m JOIN art t USING (art)
    """)
    connection.execute(f"""
        INSERT INTO articles BY NAME
        SELECT t.article_id, any_value(t.title) AS title,
               'https://news.example.org/synthetic/' || t.article_id AS url,
               {_sql_list(OUTLETS)}[t.art % {len(OUTLETS)} + 1] AS outlet,
               max(ev.date_start) + (t.art % 3)::INTEGER AS published, 'synthetic' AS source,
               any_value(t.title) || chr(10) || chr(10) || string_agg(m.sentence, ' ' ORDER BY m.seq, m.k) AS text,
               any_value(t.n_events) AS n_events, {stamp} AS ingested_at
        FROM men_pos m JOIN art t USING (art) JOIN ev USING (seq)
        GROUP BY t.article_id, t.art
    """)
    connection.execute(f"""
        INSERT INTO events BY NAME
        SELECT ev.event_id, event_type, event_mode, cameo_code, goldstein, actor, actor_country, actor_role,
               target, target_country, CASE WHEN target_country IS NULL THEN 'none' ELSE 'stated' END AS target_basis,  -- the phrases name it
               place, place_country, lat, lon, geo_precision, date_start, date_end,
               date_precision, date_basis, modality, stance, quote, confidence, c.n AS n_articles, evidence,
               m.article_id, {stamp} AS created_at, {stamp} AS updated_at
        FROM ev JOIN men_pos m ON m.seq = ev.seq AND m.k = 0
        JOIN (SELECT seq, count(*)::INTEGER AS n FROM men GROUP BY seq) c ON c.seq = ev.seq
        ORDER BY ev.seq
    """)
    trigger = f"{_sql_list(TRIGGERS.values())}[list_position({_sql_list(TRIGGERS)}, ev.event_type)]"
    connection.execute(f"""
        INSERT INTO mentions BY NAME
        SELECT ev.event_id, m.article_id, m.sentence, m.char_start,
               m.char_start + length(m.sentence) AS char_end, {trigger} AS trigger, ev.modality,
               ev.date_start, ev.date_end, ev.date_precision, ev.place,
               round(greatest(0.3, ev.confidence - 0.05 * m.k), 2) AS confidence
        FROM men_pos m JOIN ev USING (seq)
        ORDER BY m.art, m.char_start
    """)


def build(path: Path | str, n_events: int, seed: int = 7, force: bool = False,
          end: date = date(2025, 12, 31)) -> dict[str, int]:
    """Write a synthetic store of ``n_events`` events to ``path``; returns the row counts.

    The store is built aside and moved into place, so a reader never sees half of it.
    """
    path = Path(path)
    if n_events < 1:
        raise SynthError(f"--events must be at least 1 (got {n_events})")
    if path.exists() and not force:
        raise SynthError(f"{path}: already exists (use --force to replace it)")
    path.parent.mkdir(parents=True, exist_ok=True)
    building = path.with_name(f".{path.name}.synth-{os.getpid()}")
    for stale in (building, building.with_name(building.name + ".wal")):
        stale.unlink(missing_ok=True)
    frame, tables = event_frame(n_events, seed=seed, end=end)
    connection = duckdb.connect(str(building))
    try:
        ensure_schema(connection, path)
        connection.execute("INSERT INTO meta VALUES ('synthetic', ?)", [f"{n_events} events, seed {seed}"])
        first_day = date(end.year - YEARS, end.month, end.day)
        _load(connection, frame, tables, first_day, seed, datetime.now().replace(microsecond=0))
        refresh_search_text(connection)
        counts = {table: connection.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                  for table in ("events", "mentions", "articles")}
        connection.execute("CHECKPOINT")
    except duckdb.Error as error:
        raise SynthError(f"{path}: {str(error).splitlines()[0]}") from None
    finally:
        connection.close()
    for target in (path, path.with_name(path.name + ".wal")):
        target.unlink(missing_ok=True)
    replace_file(building, path)
    return counts


def main(path: Path, n_events: int, seed: int = 7, force: bool = False) -> str:
    """Build and describe the result in one line (for the command line)."""
    started = time.perf_counter()
    counts = build(path, n_events, seed=seed, force=force)
    return (f"{counts['events']:,} events, {counts['mentions']:,} mentions, {counts['articles']:,} articles "
            f"written to {path} in {time.perf_counter() - started:.1f} s")
