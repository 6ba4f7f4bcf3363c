"""An act told with whose asking it answers: "sent troops to Mali at the request of the
government in Bamako", "deployed at Haiti's request", "lifted the sanctions after requests from
the Saudi crown prince and Erdogan": the one who asked made an appeal to the doer of the act."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from dashboard.extract.model import Evidence, ExtractedEvent
from dashboard.extract.units import Unit
from dashboard.schema import MODE_STANCE, cameo_for, goldstein

# The nouns of asking, and the statement they are.
_NOUNS: Final = {"request": "appeal", "requests": "appeal"}
# Words the askers' phrase may run over after "of", "from" or "by": "from the Saudi crown prince
# and Erdogan", "at the request of Mali, Niger and Chad".
_LINKS: Final = frozenset({"the", "and", "from", "by", "of"})
_OWNER_PREPS: Final = frozenset({"of", "from", "by"})
_REACH: Final = 6  # how many units after the preposition the first owner may stand


def requested_acts(units: list[Unit], events: list[ExtractedEvent]) -> list[ExtractedEvent]:
    """An appeal by each asker the sentence names with a noun of asking, aimed at the actor of
    the sentence's first asserted event of another side."""
    if not any(unit.low in _NOUNS for unit in units):
        return []  # most sentences
    made: list[ExtractedEvent] = []
    for k, unit in enumerate(units):
        mode = _NOUNS.get(unit.low)
        if mode is None:
            continue
        owners = _owners(units, k)
        act = next((e for e in events if e.actor_country and e.actor_country not in owners
                    and e.event_type != "statement" and e.modality == "asserted" and e.evidence), None)
        if act is None:
            continue
        for code in owners:
            if any(e.event_type == "statement" and e.actor_country == code for e in (*events, *made)):
                continue  # the sentence already has this side speaking
            made.append(_statement(act, code, owners[code], mode, unit.text))
    return made


def _owners(units: list[Unit], k: int) -> dict[str, str]:
    """The countries (code: name) whose asking the noun at ``k`` is: the possessive
    before it ("Cambodia's request"), or the actors after "of", "from" or "by"."""
    before = units[k - 1] if k > 0 else None
    if before is not None and before.actor is not None and before.possessive and before.actor.country:
        return {before.actor.country: before.actor.name}
    if k + 1 >= len(units) or units[k + 1].low not in _OWNER_PREPS:
        return {}
    owners: dict[str, str] = {}
    for j in range(k + 2, len(units)):
        unit = units[j]
        if unit.actor is not None and unit.actor.country:
            owners.setdefault(unit.actor.country, unit.actor.name)
        elif unit.low == "," and owners and j + 1 < len(units) and units[j + 1].actor is not None:
            continue  # "from Mexico, Brazil and Chile"; not "of Mozambique, the Government of Rwanda"
        elif unit.low not in _LINKS and not (not owners and j - k - 2 < _REACH and unit.low.isalpha()):
            break
    return owners


def _statement(act: ExtractedEvent, code: str, name: str, mode: str, noun: str) -> ExtractedEvent:
    """The asking as a statement by ``code`` at the act's doer, told where the act is."""
    cameo = cameo_for("statement", mode)
    evidence = [Evidence(e.sentence, e.char_start, e.char_end, noun) for e in act.evidence]
    return replace(act, event_type="statement", event_mode=mode, cameo_code=cameo, goldstein=goldstein(cameo),
                   actor=name, actor_country=code, actor_role=None, target=act.actor,
                   target_country=act.actor_country, target_basis="other role", place=None, place_country=None,
                   lat=None, lon=None, geo_precision="none", stance=MODE_STANCE.get(mode, "neutral"),
                   quote=None, actor_explicit=True, confidence=round(act.confidence * 0.8, 3), evidence=evidence)
