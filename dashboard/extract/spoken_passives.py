"""Who does what a report tells in the passive with no "by": "U.S. officials said sanctions
would be imposed on Iran", "Two jets are being sent, French officials said": the side that
speaks of its own measure is the one taking it."""

from __future__ import annotations

from typing import Final

from dashboard.extract.frames import SentenceFrames
from dashboard.extract.lexicon import TriggerSpec
from dashboard.extract.words import BE_FORMS, BOUNDARY_PUNCT, REPORTING_VERBS

# The acts a government takes and announces itself; not attacks, which it reports as suffered.
_OWN_MEASURES: Final = frozenset({("sanction", "impose"), ("relations", "expel"), ("relations", "recall"),
                                  ("relations", "close"), ("military", "deployment"),
                                  ("military", "arms_transfer"), ("sanction", "lift"), ("sanction", "ease")})
_REPORT_REACH: Final = 16  # words between a reporting verb and the passive verb it reports, at most


def spoken_sides(sf: SentenceFrames, index: int, spec: TriggerSpec, mode: str) -> tuple[list[int], list[int]]:
    """The speaker as the doer of the passive verb at ``index``, and whom the measure is on or
    aimed at ("imposed on Iran", "sent to Mali"); nothing when no report tells it."""
    actors = passive_speaker(sf, index, spec.event_type, mode)
    if not actors:
        return [], []
    preps = tuple(p for p in spec.preps if p != "=") or ("on", "to", "against")
    return actors, sf.object_actors(index, preps)[0]


def passive_speaker(sf: SentenceFrames, index: int, event_type: str, mode: str) -> list[int]:
    """The speaker of the report that tells the passive verb at ``index`` (an own measure):
    the subject of a reporting verb before it ("X said ... were imposed"), else the speaker of
    a report after its clause (", X said" or ", said X")."""
    if (event_type, mode) not in _OWN_MEASURES:
        return []
    verb = _reporting_verb_before(sf, index)
    if verb >= 0:
        return [k for k in sf.subject(verb) if sf.units[k].actor is not None]
    return _speaker_after(sf, index)


def _reporting_verb_before(sf: SentenceFrames, index: int) -> int:
    """The nearest reporting verb left of ``index`` in the same stretch of the sentence."""
    for k in range(index - 1, max(-1, index - _REPORT_REACH), -1):
        unit = sf.units[k]
        if unit.text in BOUNDARY_PUNCT:
            return -1
        if unit.low in REPORTING_VERBS and not (k > 0 and sf.units[k - 1].low in BE_FORMS):
            return k
    return -1


def _speaker_after(sf: SentenceFrames, index: int) -> list[int]:
    """", French officials said" or ", said the ministry" right after the passive's clause."""
    units = sf.units
    comma = next((k for k in range(index + 1, len(units)) if units[k].text in ",;" or units[k].text in BOUNDARY_PUNCT), -1)
    if comma < 0 or units[comma].text != "," or comma + 2 >= len(units):
        return []
    k = comma + 1
    if units[k].low in REPORTING_VERBS:  # ", said the ministry"
        j = k + 1
        while j < len(units) and units[j].low in ("the", "a"):
            j += 1
        return [j] if j < len(units) and units[j].actor is not None else []
    speakers: list[int] = []
    while k < len(units) and (units[k].actor is not None or units[k].low in ("and", "the")):
        if units[k].actor is not None:
            speakers.append(k)
        k += 1
    return speakers if speakers and k < len(units) and units[k].low in REPORTING_VERBS else []
