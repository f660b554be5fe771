#!/usr/bin/env python3
"""Recall of numeric claims per kind: how many gold claims of each kind were found with that kind.

usage: claim-kind-recall.py GOLD_DIR [GOLD_DIR ...] PRED_JSON [--kind money] [--misses] [--json]

GOLD_DIR holds *.gold.json files in the format of the shared scorer (score.py): "claims" with
start, end (Unicode code points, end exclusive), kind and number. PRED_JSON is the output of
`reader analyze --json TEXTS...` (an array of {"file", "claims":[{start,end,kind,value,text}]}),
files matched by basename. Several gold folders may share one prediction file.

For each kind, over the gold claims of that kind:
  strict   found with exactly the same span and the same kind
  overlap  found with an overlapping span and the same kind (strict ones included)
  any      found with an overlapping span, whatever its kind
  value    of the overlap matches with a plain-number gold value, the fraction whose predicted
           value equals it (as score.py compares values: relative 1e-6)
Matching is one to one and greedy, exact spans first, as in score.py.
--misses lists each gold claim of the chosen kinds not found with its kind (overlapping), and what
was predicted there instead.
"""
import glob
import json
import os
import re
import sys
from collections import Counter, defaultdict


def load_predictions(path):
    raw = open(path, encoding="utf-8").read().strip()
    try:
        data = json.loads(raw)
    except json.JSONDecodeError:
        data = [json.loads(line) for line in raw.splitlines() if line.strip()]
    if isinstance(data, dict):
        data = data.get("files") or data.get("articles") or [data]
    return {os.path.basename(d.get("file") or d.get("path") or ""): d for d in data}


def plain_number(value):
    """the value as a float, or None for dates, times and other non-numbers"""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, (int, float)):
        return float(value)
    text = str(value).replace(",", "")
    return float(text) if re.fullmatch(r"-?\d+(\.\d+)?", text) else None


def overlaps(a, b):
    return a["start"] < b["end"] and b["start"] < a["end"]


def same_kind(a, b):
    return (a.get("kind") or "").lower() == (b.get("kind") or "").lower()


def match(gold, predicted, accept):
    """one-to-one greedy matching, exact spans first: {gold index: predicted index}"""
    used, pairs = set(), {}
    for exact in (True, False):
        for gi, g in enumerate(gold):
            if gi in pairs:
                continue
            for pi, p in enumerate(predicted):
                if pi in used or not accept(g, p):
                    continue
                if (p["start"], p["end"]) == (g["start"], g["end"]) if exact else overlaps(g, p):
                    used.add(pi)
                    pairs[gi] = pi
                    break
    return pairs


def main():
    args = sys.argv[1:]
    as_json = "--json" in args
    show_misses = "--misses" in args
    args = [a for a in args if a not in ("--json", "--misses")]
    kinds = None
    if "--kind" in args:
        i = args.index("--kind")
        kinds = set(args[i + 1].lower().split(","))
        del args[i:i + 2]
    if len(args) < 2:
        sys.exit(__doc__)
    gold_dirs, prediction_path = args[:-1], args[-1]
    predictions = load_predictions(prediction_path)
    totals = defaultdict(Counter)
    misses = []
    missing_files = []
    for gold_dir in gold_dirs:
        for gold_path in sorted(glob.glob(os.path.join(gold_dir, "*.gold.json"))):
            gold_file = json.load(open(gold_path, encoding="utf-8"))
            name = os.path.basename(gold_file["file"])
            if name not in predictions:
                missing_files.append(name)
            predicted = predictions.get(name, {}).get("claims", [])
            gold = gold_file["claims"]
            typed = match(gold, predicted, same_kind)
            untyped = match(gold, predicted, lambda g, p: True)
            for gi, g in enumerate(gold):
                kind = (g.get("kind") or "").lower()
                if kinds and kind not in kinds:
                    continue
                counts = totals[kind]
                counts["gold"] += 1
                counts["any"] += gi in untyped
                if gi not in typed:
                    if show_misses:
                        there = [p for p in predicted if overlaps(g, p)]
                        misses.append((name, g, there))
                    continue
                p = predicted[typed[gi]]
                counts["overlap"] += 1
                counts["strict"] += (p["start"], p["end"]) == (g["start"], g["end"])
                expected = plain_number(g.get("number"))
                if expected is not None:
                    counts["valued"] += 1
                    got = plain_number(p.get("value"))
                    counts["value_ok"] += got is not None and abs(got - expected) <= 1e-6 * max(1.0, abs(expected))
    all_kinds = Counter()
    for counts in totals.values():
        all_kinds.update(counts)
    rows = sorted(totals.items()) + [("all", all_kinds)]
    result = {}
    for kind, c in rows:
        gold = c["gold"]
        result[kind] = {
            "gold": gold,
            "strict": c["strict"] / gold if gold else 0.0,
            "overlap": c["overlap"] / gold if gold else 0.0,
            "any": c["any"] / gold if gold else 0.0,
            "value": c["value_ok"] / c["valued"] if c["valued"] else None,
        }
    if as_json:
        print(json.dumps({"kinds": result, "missing_files": missing_files}, indent=1))
    else:
        print(f"{'kind':10s} {'gold':>5s} {'strict':>7s} {'overlap':>7s} {'any':>7s} {'value':>7s}")
        for kind, r in result.items():
            value = f"{r['value']:.3f}" if r["value"] is not None else "-"
            print(f"{kind:10s} {r['gold']:5d} {r['strict']:7.3f} {r['overlap']:7.3f} {r['any']:7.3f} {value:>7s}")
        if missing_files:
            print("no prediction for: " + ", ".join(missing_files))
        for name, g, there in misses:
            found = "; ".join(f"{p.get('text')!r} {p.get('kind')} {p.get('value')}" for p in there) or "nothing"
            print(f"MISS {name}: {g['text']!r} {g.get('kind')} {g.get('number')} <- {found}")


if __name__ == "__main__":
    main()
