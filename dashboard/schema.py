"""The event record: its columns, their types, the vocabularies, and the CAMEO code table.

Every other module takes its column names and allowed values from here, so the store, the
exports, the filters and the pages agree on one definition.
"""

from __future__ import annotations

import csv
from dataclasses import dataclass
from functools import lru_cache

from dashboard.config import CAMEO_TABLE

EVENT_TYPES: tuple[str, ...] = (
    "visit", "meeting", "agreement", "statement", "sanction", "military", "relations",
)

# The modes of each type, each with the CAMEO code it is coded with.
EVENT_MODES: dict[str, dict[str, str]] = {
    "visit": {"state": "042", "official": "042", "working": "042", "summit": "042",
              "unspecified": "042"},
    "meeting": {"talks": "040", "call": "041", "negotiation": "046", "mediation": "045"},
    "agreement": {"sign": "057", "ratify": "057", "join": "057", "agree": "030",
                  "withdraw": "160"},
    "statement": {"praise": "051", "support": "051", "sympathy": "018", "comment": "010",
                  "concern": "012", "criticism": "111", "accusation": "112",
                  "denial": "016", "rejection": "120", "appeal": "020", "demand": "100",
                  "threat": "130", "pledge": "030"},
    "sanction": {"impose": "163", "extend": "163", "threaten": "1312", "ease": "085",
                 "lift": "085"},
    "military": {"missile_test": "150", "exercise": "150", "deployment": "154",
                 "arms_transfer": "062"},
    "relations": {"expel": "161", "recall": "161", "break": "161", "close": "161",
                  "establish": "054", "restore": "054"},
}

DEFAULT_MODE: dict[str, str] = {
    "visit": "unspecified", "meeting": "talks", "agreement": "sign", "statement": "comment",
    "sanction": "impose", "military": "exercise", "relations": "expel",
}

MODALITIES: tuple[str, ...] = ("asserted", "planned", "alleged", "negated", "hypothetical")
STANCES: tuple[str, ...] = ("positive", "negative", "neutral")
GEO_PRECISIONS: tuple[str, ...] = ("city", "country", "none")
DATE_PRECISIONS: tuple[str, ...] = ("day", "week", "month", "year", "unknown")
# Where an event's date comes from, in the words the event page shows.
DATE_BASIS_MEANING: dict[str, str] = {
    "stated": "stated in the text",
    "relative": "counted from the day of writing",
    "published": "publication day (none stated)",
    "latest": "latest day in the text (page undated)",
    "unknown": "none stated",
}
# How an event's target was found, in the words the event page shows. Only "stated" (and a
# reviewer's "analyst") rest on the words of the sentence; the others are the extractor's
# inferences where the sentence's grammar names no target.
TARGET_BASIS_MEANING: dict[str, str] = {
    "stated": "stated: the sentence names it as the target",
    "topic": "guessed: who the sentence is about (\"a move that drew criticism\")",
    "elimination": "guessed: the only other country the sentence names",
    "latest dealings": "guessed: the speaker's latest counterpart in the article",
    "told before": "guessed: a side of an event the sentence refers back to (\"the launch\")",
    "actor's other sanctions": "guessed: the one country the actor sanctions elsewhere in the article",
    "place": "guessed: the country where it took place",
    "other role": "guessed: named in the sentence in another role (\"brokered by X\")",
    "analyst": "set or corrected by a reviewer",
    "several": "no single target: an act of a gathering of several countries together",
    "none": "no target",
}
TARGET_BASES: tuple[str, ...] = tuple(TARGET_BASIS_MEANING)
# The bases that are the extractor's inference rather than the sentence's words.
GUESSED_TARGET_BASES: tuple[str, ...] = ("topic", "elimination", "latest dealings", "told before",
                                         "actor's other sanctions", "place", "other role")
# What the event page shows for an event stored before the target's basis was kept (NULL).
TARGET_BASIS_NOT_RECORDED = "not recorded (stored before the basis was kept)"

# The stance a statement mode carries when the sentence says nothing more specific.
MODE_STANCE: dict[str, str] = {
    "praise": "positive", "support": "positive", "sympathy": "positive",
    "comment": "neutral", "appeal": "neutral",
    "denial": "negative",  # a denial answers a charge: the gold set codes every one negative
    "concern": "negative", "criticism": "negative", "accusation": "negative",
    "rejection": "negative", "demand": "negative", "threat": "negative",
    "pledge": "positive",
}

# Column name -> pandas dtype of the events table, in display order.
EVENT_COLUMNS: dict[str, str] = {
    "event_id": "string",
    "event_type": "string",
    "event_mode": "string",
    "cameo_code": "string",
    "goldstein": "float64",
    "actor": "string",
    "actor_country": "string",
    "actor_role": "string",
    "target": "string",
    "target_country": "string",
    "target_basis": "string",
    "place": "string",
    "place_country": "string",
    "lat": "float64",
    "lon": "float64",
    "geo_precision": "string",
    "date_start": "datetime64[s]",
    "date_end": "datetime64[s]",
    "date_precision": "string",
    "date_basis": "string",
    "modality": "string",
    "stance": "string",
    "quote": "string",
    "confidence": "float64",
    "n_articles": "int64",
    "evidence": "string",
    "article_id": "string",
    "review_status": "string",
}

# What an analyst's review made of an event: auto (nobody looked), verified, edited, rejected,
# merged (into another event).
REVIEW_STATUSES: tuple[str, ...] = ("auto", "verified", "edited", "rejected", "merged")


@dataclass(frozen=True)
class CameoCode:
    """One row of the CAMEO table: a code, its short name, root, quad class and Goldstein score."""

    code: str
    name: str
    root: str
    quad_class: int
    goldstein: float


@lru_cache(maxsize=1)
def cameo_table() -> dict[str, CameoCode]:
    """All CAMEO 1.1b3 codes by code string (leading zeros kept)."""
    with CAMEO_TABLE.open(encoding="utf-8", newline="") as handle:
        return {
            row["code"]: CameoCode(row["code"], row["name"], row["root"],
                                   int(row["quad_class"]), float(row["goldstein"]))
            for row in csv.DictReader(handle)
        }


# A coercive act that is only threatened or conditional is, in CAMEO, a threat of that act.
THREATENED_CODES: dict[tuple[str, str], str] = {
    **{("sanction", mode): "1312" for mode in ("impose", "extend")},
    **{("relations", mode): "1313" for mode in ("expel", "recall", "break", "close")},
    **{("military", mode): "138" for mode in ("missile_test", "exercise", "deployment")},
}

# A visit or talks still to come are, in CAMEO, an intent to meet (036); mediation an intent
# to mediate (039).
INTENDED_CODES: dict[tuple[str, str], str] = {
    **{("visit", mode): "036" for mode in EVENT_MODES["visit"]},
    **{("meeting", mode): "036" for mode in ("talks", "call", "negotiation")},
    ("meeting", "mediation"): "039",
}


def cameo_for(event_type: str, event_mode: str, modality: str = "asserted") -> str:
    """The CAMEO code of an event type and mode (the type's default mode when unknown); a
    hypothetical sanction, break or show of force is coded as the threat of it, a planned visit
    or meeting as the intent to meet."""
    if modality == "hypothetical" and (event_type, event_mode) in THREATENED_CODES:
        return THREATENED_CODES[(event_type, event_mode)]
    if modality == "planned" and (event_type, event_mode) in INTENDED_CODES:
        return INTENDED_CODES[(event_type, event_mode)]
    modes = EVENT_MODES[event_type]
    return modes.get(event_mode) or modes[DEFAULT_MODE[event_type]]


def goldstein(code: str) -> float:
    """Goldstein score of a CAMEO code; a code missing from the table falls back to its root."""
    table = cameo_table()
    entry = table.get(code) or table.get(code[:3]) or table.get(code[:2])
    if entry is None:
        raise KeyError(f"unknown CAMEO code {code!r}")
    return entry.goldstein
