"""An analyst's review of events: verify, correct, reject, or merge two events into one.

Every review is written to the event row (its fields and ``review_status``) and to the
``reviews`` table (status, the fields a person changed with their old and new values, a note,
the time). A reviewed event keeps what the person decided when more articles about it are
ingested later: new reports add evidence and articles, never overwrite its fields.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from dashboard import gazetteer
from dashboard.schema import (
    DATE_PRECISIONS,
    EVENT_MODES,
    EVENT_TYPES,
    MODALITIES,
    STANCES,
    cameo_for,
    goldstein,
)
from dashboard.store import Store, refresh_search_text

EDITABLE_FIELDS = ("event_type", "event_mode", "actor", "actor_country", "target", "target_country",
                   "place", "place_country", "date_start", "date_end", "date_precision", "modality",
                   "stance")
_COUNTRY_FIELDS = ("actor_country", "target_country", "place_country")
# Changing either makes the target a reviewer's (target_basis "analyst").
_TARGET_FIELDS = ("target", "target_country")
_CHOICES = {"event_type": EVENT_TYPES, "date_precision": DATE_PRECISIONS, "modality": MODALITIES,
            "stance": STANCES}


class ReviewError(Exception):
    """A review that cannot be applied; one line naming the event or field."""


def _clean_value(name: str, value, event_type: str):
    if value is None or (isinstance(value, str) and not value.strip()):
        if name in ("event_type", "event_mode", "actor_country"):
            raise ReviewError(f"{name} cannot be empty")
        return None
    if name in ("date_start", "date_end"):
        if isinstance(value, date):
            return value
        try:
            return date.fromisoformat(str(value).strip())
        except ValueError:
            raise ReviewError(f"{name} {value!r} is not a date (YYYY-MM-DD)") from None
    value = str(value).strip()
    if name in _COUNTRY_FIELDS:
        value = value.upper()
        if value not in gazetteer.countries():
            raise ReviewError(f"{name} {value!r} is not a known country or group code")
    if name in _CHOICES and value not in _CHOICES[name]:
        raise ReviewError(f"{name} {value!r} is not one of {', '.join(_CHOICES[name])}")
    if name == "event_mode" and value not in EVENT_MODES[event_type]:
        raise ReviewError(f"event_mode {value!r} is not a mode of {event_type} "
                          f"({', '.join(EVENT_MODES[event_type])})")
    return value


def clean_changes(current: dict, changes: dict) -> dict:
    """The changes that differ from ``current``, checked against the vocabularies."""
    unknown = sorted(set(changes) - set(EDITABLE_FIELDS))
    if unknown:
        raise ReviewError(f"{unknown[0]} cannot be edited")
    event_type = changes.get("event_type", current["event_type"])
    cleaned = {}
    for name in EDITABLE_FIELDS:
        if name in changes:
            value = _clean_value(name, changes[name], event_type)
            if value != current.get(name):
                cleaned[name] = value
    if "event_type" in cleaned and "event_mode" not in changes:
        raise ReviewError(f"a new event_type needs an event_mode of {event_type}")
    start = cleaned.get("date_start", current.get("date_start"))
    end = cleaned.get("date_end", current.get("date_end"))
    if start and end and end < start:
        raise ReviewError(f"date_end {end} is before date_start {start}")
    return cleaned


def _event(connection, event_id: str) -> dict:
    cursor = connection.execute("SELECT * FROM events WHERE event_id = ?", [event_id])
    row = cursor.fetchone()
    if row is None:
        raise ReviewError(f"event {event_id!r} is not in the store")
    return dict(zip([column[0] for column in cursor.description], row))


def _log(connection, event_id: str, status: str, changes: dict | None = None,
         merged_into: str | None = None, note: str = "") -> None:
    """Record a review, keeping the fields earlier reviews changed."""
    row = connection.execute("SELECT changes FROM reviews WHERE event_id = ?", [event_id]).fetchone()
    history = json.loads(row[0]) if row and row[0] else {}
    for name, (old, new) in (changes or {}).items():
        first_old = history.get(name, [old])[0]
        history[name] = [first_old, new]
    connection.execute(
        "INSERT OR REPLACE INTO reviews VALUES (?, ?, ?, ?, ?, ?)",
        [event_id, status, json.dumps(history, default=str) if history else None, merged_into,
         note or None, datetime.now().replace(microsecond=0)],
    )
    connection.execute("UPDATE events SET review_status = ?, updated_at = ? WHERE event_id = ?",
                       [status, datetime.now().replace(microsecond=0), event_id])


def verify(store: Store, event_id: str, note: str = "") -> None:
    """Mark an event as checked and right as it stands."""
    with store.writer() as connection:
        current = _event(connection, event_id)
        status = "edited" if current["review_status"] == "edited" else "verified"
        _log(connection, event_id, status, note=note)


def reject(store: Store, event_id: str, note: str = "") -> None:
    """Mark an event as wrong: it is hidden unless rejected events are asked for."""
    with store.writer() as connection:
        _event(connection, event_id)
        _log(connection, event_id, "rejected", note=note)


def reopen(store: Store, event_id: str) -> None:
    """Undo a rejection or verification (edits stay, and the event stays marked edited)."""
    with store.writer() as connection:
        current = _event(connection, event_id)
        if current["review_status"] == "merged":
            raise ReviewError(f"event {event_id!r} was merged into another; it cannot be reopened")
        edited = connection.execute("SELECT changes FROM reviews WHERE event_id = ?", [event_id]).fetchone()
        _log(connection, event_id, "edited" if edited and edited[0] else "auto")


def correct(store: Store, event_id: str, changes: dict, note: str = "") -> dict:
    """Change fields of an event; returns the changes applied (empty when nothing differed). A
    changed target or target country is then the reviewer's (basis "analyst")."""
    with store.writer() as connection:
        current = _event(connection, event_id)
        cleaned = clean_changes(current, changes)
        if not cleaned:
            return {}
        updates = dict(cleaned)
        if cleaned.keys() & {"event_type", "event_mode", "modality"}:
            code = cameo_for(*(cleaned.get(name, current[name]) for name in ("event_type", "event_mode", "modality")))
            updates["cameo_code"] = code
            updates["goldstein"] = goldstein(code)
        if "date_start" in cleaned and "date_end" not in cleaned:
            updates["date_end"] = cleaned["date_start"]
        if cleaned.keys() & set(_TARGET_FIELDS):
            updates["target_basis"] = "analyst"
        assignments = ", ".join(f"{name} = ?" for name in updates)
        connection.begin()
        connection.execute(f"UPDATE events SET {assignments} WHERE event_id = ?", [*updates.values(), event_id])
        refresh_search_text(connection, [event_id])
        _log(connection, event_id, "rejected" if current["review_status"] == "rejected" else "edited",
             changes={name: (current.get(name), value) for name, value in cleaned.items()}, note=note)
        connection.commit()
        return cleaned


def merge(store: Store, keep_id: str, drop_id: str, note: str = "") -> None:
    """Merge two reports of one real event: ``drop_id``'s evidence moves to ``keep_id``."""
    if keep_id == drop_id:
        raise ReviewError("an event cannot be merged into itself")
    with store.writer() as connection:
        _event(connection, keep_id)
        _event(connection, drop_id)
        connection.begin()
        connection.execute("UPDATE mentions SET event_id = ? WHERE event_id = ?", [keep_id, drop_id])
        connection.execute("""
            UPDATE events SET
                n_articles = (SELECT count(DISTINCT article_id) FROM mentions WHERE event_id = ?),
                confidence = greatest(confidence, (SELECT confidence FROM events WHERE event_id = ?))
            WHERE event_id = ?""", [keep_id, drop_id, keep_id])
        _log(connection, drop_id, "merged", merged_into=keep_id, note=note)
        kept = _event(connection, keep_id)["review_status"]
        _log(connection, keep_id, kept if kept in ("verified", "edited") else "verified",
             note=f"merged with {drop_id}")
        connection.commit()


def reviews(store: Store, event_id: str) -> dict | None:
    """The review of one event (status, changed fields, merged_into, note, time), or None."""
    frame = store.frame("SELECT * FROM reviews WHERE event_id = ?", [event_id])
    if frame.empty:
        return None
    row = frame.iloc[0].to_dict()
    row["changes"] = json.loads(row["changes"]) if isinstance(row.get("changes"), str) else {}
    return row
