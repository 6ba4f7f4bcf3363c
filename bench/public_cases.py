"""Score the extractor on public event-coding cases (sentences with human-coded CAMEO events).

Each sentence is scored as a set of (actor country, target country, CAMEO root) triples.
Reported: precision, recall and F1 on the diplomatic roots (01-05, 11-13, 16, 17), strict and
relaxed (either direction for two-way roots 03-06), per root, and the share of sentences with
no diplomatic event in which the extractor reports one (false alarms).

    python bench/public_cases.py [CASES.jsonl] [--show N] [--json]

The cases file defaults to ../shared/benchmarks/event-coding-cases.jsonl next to the project.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.extract.pipeline import extract_events  # noqa: E402

DIPLOMATIC_ROOTS = frozenset({"01", "02", "03", "04", "05", "11", "12", "13", "16", "17"})
TWO_WAY_ROOTS = frozenset({"03", "04", "05", "06"})
# CAMEO actor codes of international bodies -> the group codes this project uses.
IGO_CODES = {"UNO": "UNO", "NAT": "NTO", "EUR": "EUU", "EEC": "EUU", "WST": "WST", "AFU": "AFU",
             "ARL": "ARL", "ASN": "ASN"}
# The CAMEO 1.1b3 codebook codes these acts "with actors reversed" as well: talks (040, 046),
# telephone calls (041), joint agreements to cooperate (03x), ties upgraded (05x), treaties
# signed (057). A one-sided pledge (030 as a statement) or a visit (042) is not mirrored.
RECIPROCAL_MODES = frozenset({("meeting", "talks"), ("meeting", "call"), ("meeting", "negotiation"),
                              ("agreement", "agree"), ("agreement", "sign"),
                              ("relations", "establish"), ("relations", "restore")})
RECIPROCAL_CODES = frozenset({"030", "040", "041", "046", "054", "057"})
# CAMEO root 03 is the promise of the cooperative acts of roots 04-08 (032 intend diplomatic
# cooperation, 0312 military cooperation, 0354 easing sanctions, 036 meeting): an act still to
# come ("will support", "promised to supply arms") is coded 03, as the schema already codes a
# planned visit or meeting (036).
INTENT_ROOTS = frozenset({"05", "06", "07", "08"})
DEFAULT_CASES = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "event-coding-cases.jsonl"


def gold_country(actor_code: str | None, country: str | None) -> str | None:
    if country:
        return country
    code = actor_code or ""
    if code.startswith("IGO"):
        return IGO_CODES.get(code[3:6])
    return None


def gold_triples(case: dict) -> set[tuple]:
    return {(gold_country(e["source"], e["source_country"]), gold_country(e["target"], e["target_country"]),
             e["root"]) for e in case["expected"]}


def case_date(raw: str | None) -> date | None:
    """The story date of a case: ISO, or the YYMMDD form some cases use."""
    if not raw:
        return None
    try:
        return date.fromisoformat(raw)
    except ValueError:
        if len(raw) == 6 and raw.isdigit():
            return date(2000 + int(raw[:2]), int(raw[2:4]), int(raw[4:]))
        return None


def event_triples(event) -> set[tuple]:
    """The CAMEO triples one of our events stands for: a refusal is a rejection (12), a planned
    cooperative act an intent to cooperate (03), and an act the codebook calls reciprocal is
    coded once each way."""
    if event.modality == "negated":
        return {(event.actor_country, event.target_country, "12")}
    root = event.cameo_code[:2]
    if event.modality == "planned" and root in INTENT_ROOTS:
        root = "03"
    triple = (event.actor_country, event.target_country, root)
    if (event.event_type, event.event_mode) in RECIPROCAL_MODES and event.cameo_code in RECIPROCAL_CODES:
        return {triple, (triple[1], triple[0], triple[2])}
    return {triple}


def predicted_triples(case: dict) -> set[tuple]:
    published = case_date(case.get("date"))
    return {triple for e in extract_events(case["text"], published) for triple in event_triples(e)}


def _matches(predicted: tuple, gold: set[tuple], relaxed: bool) -> bool:
    if None in predicted[:2]:
        return False
    if predicted in gold:
        return True
    reverse = (predicted[1], predicted[0], predicted[2])
    return relaxed and predicted[2] in TWO_WAY_ROOTS and reverse in gold


def score(cases: list[dict]) -> dict:
    totals = {"strict": Counter(), "relaxed": Counter()}
    per_root: dict[str, Counter] = {}
    false_alarms = non_diplomatic = 0
    misses, alarms = [], []
    started = time.perf_counter()
    for case in cases:
        gold = {t for t in gold_triples(case) if t[2] in DIPLOMATIC_ROOTS}
        predicted = {t for t in predicted_triples(case) if t[2] in DIPLOMATIC_ROOTS}
        if not case["diplomatic"]:
            non_diplomatic += 1
            if predicted:
                false_alarms += 1
                alarms.append((case["text"], sorted(predicted, key=str)))
        for view, relaxed in (("strict", False), ("relaxed", True)):
            hits = {p for p in predicted if _matches(p, gold, relaxed)}
            found_gold = {g for g in gold if any(_matches(p, {g}, relaxed) for p in predicted)}
            totals[view].update(tp=len(hits), predicted=len(predicted), gold=len(gold), gold_found=len(found_gold))
            if view == "strict":
                for triple in gold:
                    per_root.setdefault(triple[2], Counter()).update(gold=1, found=int(triple in found_gold))
                for triple in predicted:
                    per_root.setdefault(triple[2], Counter()).update(predicted=1, correct=int(triple in hits))
                if gold - found_gold or predicted - hits:
                    misses.append((case["text"], sorted(gold - found_gold, key=str), sorted(predicted - hits, key=str)))
    elapsed = time.perf_counter() - started

    def prf(counts: Counter) -> dict:
        precision = counts["tp"] / counts["predicted"] if counts["predicted"] else 0.0
        recall = counts["gold_found"] / counts["gold"] if counts["gold"] else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "predicted": counts["predicted"], "gold": counts["gold"]}

    return {
        "cases": len(cases),
        "strict": prf(totals["strict"]),
        "relaxed": prf(totals["relaxed"]),
        "false_alarm_rate": round(false_alarms / non_diplomatic, 3) if non_diplomatic else 0.0,
        "non_diplomatic_sentences": non_diplomatic,
        "false_alarms": false_alarms,
        "per_root": {root: dict(counts) for root, counts in sorted(per_root.items())},
        "seconds": round(elapsed, 2),
        "misses": misses,
        "alarms": alarms,
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("cases", nargs="?", type=Path, default=DEFAULT_CASES)
    parser.add_argument("--show", type=int, default=0, help="print this many misses and false alarms")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = parser.parse_args()
    if not args.cases.is_file():
        print(f"error: {args.cases}: no such file", file=sys.stderr)
        return 1
    cases = [json.loads(line) for line in args.cases.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = score(cases)
    if args.json:
        print(json.dumps({k: v for k, v in result.items() if k not in ("misses", "alarms")}, indent=1))
        return 0
    for view in ("strict", "relaxed"):
        figures = result[view]
        print(f"{view:8s} P={figures['precision']:.3f} R={figures['recall']:.3f} F1={figures['f1']:.3f} "
              f"(predicted {figures['predicted']}, gold {figures['gold']} diplomatic triples)")
    print(f"false alarms on non-diplomatic sentences: {result['false_alarms']}/"
          f"{result['non_diplomatic_sentences']} = {result['false_alarm_rate']:.1%}")
    print(f"{result['cases']} sentences in {result['seconds']} s")
    print("per root (gold found / gold, correct / predicted):")
    for root, counts in result["per_root"].items():
        print(f"  {root}: {counts.get('found', 0)}/{counts.get('gold', 0)}, "
              f"{counts.get('correct', 0)}/{counts.get('predicted', 0)}")
    for text, missed, wrong in result["misses"][: args.show]:
        print(f"\n{text}\n  missed: {missed}\n  wrong:  {wrong}")
    for text, predicted in result["alarms"][: args.show]:
        print(f"\nFALSE ALARM {text}\n  reported: {predicted}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
