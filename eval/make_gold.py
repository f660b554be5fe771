#!/usr/bin/env python3
"""Regenerate eval/{dev,heldout,heldout2}/gold/NAME.gold.json from the label lists in eval/labels/*.py.

Each article's labels are listed in reading order:
  E: one entity per line, "TEXT TYPE" (TYPE is the last word: PERSON, ORG, PLACE, NORP)
  C: one claim per line, "TEXT | KIND | NUMBER"
Offsets are computed by finding each mention, in order, after the previous mention of
the same layer (entities and claims are searched independently), at word boundaries.
A line starting with "~" (e.g. "~Reuters ORG") is found as a plain substring, without the
word-boundary checks: for credits glued to the caption ("...in PretoriaReuters").
A line starting with "^" (e.g. "^NetChoice ORG") first passes over one occurrence that is not an
entity (a name inside a case name), so the label lands on the next one.
Checks: text == content[start:end]; and warns about unlabelled word-bounded occurrences
of any labelled entity text (possible missed repeats).

usage: python3 eval/make_gold.py [--check]   (--check: verify only, write nothing)
"""
import json, os, re, sys, importlib.util, glob

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = {"PERSON", "ORG", "PLACE", "NORP"}
KINDS = {"count", "percent", "measure", "money", "duration", "time", "date", "ordinal", "fraction"}

def load_labels():
    arts = {}
    for path in sorted(glob.glob(os.path.join(HERE, "labels", "*.py"))):
        spec = importlib.util.spec_from_file_location(os.path.basename(path)[:-3], path)
        mod = importlib.util.module_from_spec(spec); spec.loader.exec_module(mod)
        arts.update(mod.ARTICLES)
    return arts

def find(content, text, pos, glued=False):
    if glued:
        i = content.find(text, pos)
        if i < 0:
            raise ValueError(f"not found after {pos}: {text!r}")
        return i, i + len(text)
    pat = r"(?<![\w])" + re.escape(text) + r"(?![\w])"
    m = re.compile(pat).search(content, pos)
    if not m:
        raise ValueError(f"not found after {pos}: {text!r}")
    return m.start(), m.end()

def build(name, a):
    path = os.path.join(HERE, a["split"], "texts", name + ".txt")
    content = open(path, encoding="utf-8").read()
    ents, pos = [], 0
    for line in a["E"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        text, typ = line.rsplit(" ", 1)
        assert typ in TYPES, (name, line)
        glued = text.startswith("~"); text = text.lstrip("~")
        # "^NetChoice ORG": each leading "^" passes over one unlabelled occurrence first.
        skips = len(text) - len(text.lstrip("^")); text = text.lstrip("^")
        for _ in range(skips):
            pos = find(content, text, pos, glued)[1]
        s, e = find(content, text, pos, glued); pos = e
        ents.append({"text": text, "type": typ, "start": s, "end": e})
    claims, pos = [], 0
    for line in a["C"].strip().splitlines():
        line = line.strip()
        if not line:
            continue
        text, kind, number = [x.strip() for x in line.split("|")]
        assert kind in KINDS, (name, line)
        glued = text.startswith("~"); text = text.lstrip("~")
        s, e = find(content, text, pos, glued); pos = e
        claims.append({"text": text, "kind": kind, "number": number, "start": s, "end": e})
    for x in ents + claims:
        assert content[x["start"]:x["end"]] == x["text"]
    # possible missed repeats
    spans = [(x["start"], x["end"]) for x in ents]
    for t in sorted({x["text"] for x in ents}):
        for m in re.finditer(r"(?<![\w])" + re.escape(t) + r"(?![\w])", content):
            if not any(s <= m.start() < e for s, e in spans):
                print(f"WARN {name}: unlabelled occurrence of {t!r} at {m.start()}")
    return {"file": name + ".txt", "entities": ents, "claims": claims, "doubts": a.get("doubts", [])}

def main():
    check = "--check" in sys.argv
    arts = load_labels()
    for name, a in sorted(arts.items()):
        g = build(name, a)
        out = os.path.join(HERE, a["split"], "gold", name + ".gold.json")
        if not check:
            with open(out, "w", encoding="utf-8") as f:
                json.dump(g, f, ensure_ascii=False, indent=1); f.write("\n")
        print(f"{a['split']:8s} {name:40s} entities={len(g['entities']):3d} claims={len(g['claims']):3d} words={len(open(os.path.join(HERE, a['split'], 'texts', name + '.txt'), encoding='utf-8').read().split())}")

if __name__ == "__main__":
    main()
