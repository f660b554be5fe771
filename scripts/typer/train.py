#!/usr/bin/env python3
"""Train the entity type model (an averaged perceptron) that types the names the rules of `reader`
type only by default, and write its weights as generated Swift.

The features are defined once, in Swift (`EntitySpanFeatures`): `reader analyze --entity-features`
prints every span the rules mark with its features; this script aligns the spans with gold spans,
trains, and writes Sources/Recognition/Entities/Model/Generated/EntityTypeModel+Weights.swift.

Corpora (SOURCES.md): GUM's freely licensed genres, wikigold, re3d's freely licensed sources and the Broad
Twitter Corpus (fetched by corpora.py into --cache)
and the project's labelled sets eval/dev, eval/heldout*. `--loco` scores each corpus left out
(trained on the others) with ../shared/eval/score.py, beside the rules alone on the same set.

usage: scripts/typer/train.py [--reader .build/release/reader] [--loco] [--no-write]
(the committed weights: --without heldout12 --skip btc --decides "ORG PLACE NONE" --seeds 5)
"""
import argparse, collections, glob, json, os, random, subprocess, sys, tempfile

ROOT = os.path.normpath(os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", ".."))
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import corpora  # noqa: E402

CLASSES = ["PERSON", "ORG", "PLACE", "NORP", "NONE"]
WEIGHTS_SWIFT = os.path.join(ROOT, "Sources/Recognition/Entities/Model/Generated/EntityTypeModel+Weights.swift")
EXTERNAL = {"gum", "wikigold", "re3d", "btc"}
# The classes the model may choose (`--decides`); the Swift model reads them from the weights.
ALLOWED = set(CLASSES)


def run_reader(reader, args, env_off=False):
    env = dict(os.environ)
    if env_off:
        env["READER_ENTITY_MODEL"] = "off"
    out = subprocess.run([reader] + args, check=True, capture_output=True, env=env).stdout.decode("utf-8")
    return out


def load_corpus(reader, name, folder):
    """(documents, rules-only predictions): each document a dict with gold, others, candidates."""
    texts = os.path.join(folder, "texts")
    docs = {}
    for path in sorted(glob.glob(os.path.join(folder, "gold", "*.gold.json"))):
        gold = json.load(open(path, encoding="utf-8"))
        docs[os.path.basename(gold["file"])] = {"gold": gold["entities"], "others": gold.get("others", []), "candidates": []}
    for line in run_reader(reader, ["analyze", "--entity-features", texts]).splitlines():
        item = json.loads(line)
        name = os.path.basename(item["file"])
        if name in docs:
            docs[name]["candidates"] = item["candidates"]
    rules = json.loads(run_reader(reader, ["analyze", "--json", texts], env_off=True))
    return docs, {os.path.basename(d["file"]): d for d in rules}


def label(candidate, doc, external):
    """The class a candidate should get, or None to leave it out of training."""
    span = (candidate["start"], candidate["end"])
    if external and candidate["type"] == "NORP":
        return None  # GUM and wikigold mark peoples differently from GUIDELINES.md
    for e in doc["gold"]:
        if (e["start"], e["end"]) == span:
            return e["type"]
    best, most = None, 0
    for e in doc["gold"]:
        shared = min(e["end"], span[1]) - max(e["start"], span[0])
        if shared > most:
            best, most = e["type"], shared
    if best:
        return best
    return "NONE"


def instances(docs, external, default_only, external_none=True):
    out = []
    for doc in docs.values():
        for c in doc["candidates"]:
            if default_only and not c["byDefault"]:
                continue
            y = label(c, doc, external)
            if y == "NONE" and external and not external_none:
                continue
            if y is not None:
                out.append((c["features"], CLASSES.index(y)))
    return out


def train(data, epochs=12, seed=7):
    """Averaged perceptron: weights[feature] = per-class list."""
    weights, totals, stamps = {}, {}, {}
    step = 1
    rng = random.Random(seed)
    order = list(range(len(data)))

    def update(feature, cls, delta):
        w = weights.setdefault(feature, [0.0] * len(CLASSES))
        t = totals.setdefault(feature, [0.0] * len(CLASSES))
        s = stamps.setdefault(feature, [0] * len(CLASSES))
        t[cls] += (step - s[cls]) * w[cls]
        s[cls] = step
        w[cls] += delta

    for _ in range(epochs):
        rng.shuffle(order)
        for index in order:
            features, gold = data[index]
            scores = score(weights, features)
            guess = max(range(len(CLASSES)), key=lambda c: (scores[c], -c))
            if guess != gold:
                for f in features:
                    update(f, gold, 1.0)
                    update(f, guess, -1.0)
            step += 1
    averaged = {}
    for feature, w in weights.items():
        t, s = totals[feature], stamps[feature]
        averaged[feature] = [(t[c] + (step - s[c]) * w[c]) / step for c in range(len(CLASSES))]
    return averaged


def train_averaged(data, epochs=12, seeds=1):
    """`train` run with `seeds` orders of the data, the weights averaged: one order's weights move by
    about 0.01 of strict F1 on a new set, the average of several less."""
    runs = [train(data, epochs, seed=7 + k) for k in range(seeds)]
    if seeds == 1:
        return runs[0]
    averaged = {}
    for weights in runs:
        for feature, w in weights.items():
            total = averaged.setdefault(feature, [0.0] * len(CLASSES))
            for c in range(len(CLASSES)):
                total[c] += w[c] / seeds
    return averaged


def score(weights, features):
    sums = [0.0] * len(CLASSES)
    for f in features:
        w = weights.get(f)
        if w:
            for c in range(len(CLASSES)):
                sums[c] += w[c]
    return sums


def rounded(weights, margin=0.0, places=3, biases=None):
    """The weights as written to the Swift file (rounded, features weighing nothing dropped), with
    `margin` added to the ORG weight of the feature every default-typed span has: the model must
    beat the rules' default by that much per mention to change it; `biases` (class → amount) are
    added the same way to other classes (a negative bias asks more evidence for that class)."""
    weights = dict(weights)
    extra = dict(biases or {})
    if margin:
        extra["ORG"] = extra.get("ORG", 0.0) + margin
    if extra:
        w = list(weights.get("ty=ORG.def", [0.0] * len(CLASSES)))
        for name, amount in extra.items():
            w[CLASSES.index(name)] += amount
        weights["ty=ORG.def"] = w
    out = {}
    for feature, w in weights.items():
        r = [round(x, places) for x in w]
        if any(r):
            out[feature] = r
    return out


def apply(weights, docs, rules):
    """Predictions as the Swift `EntityModelTyper` makes them: the rules' entities with each default-typed
    span retyped by its name's summed scores over the document, or dropped for NONE."""
    preds = []
    for name, doc in docs.items():
        totals, keys = {}, {}
        flagged = {}
        for c in doc["candidates"]:
            if not c["byDefault"]:
                continue
            key = c["text_key"]
            s = score(weights, c["features"])
            totals[key] = [a + b for a, b in zip(totals[key], s)] if key in totals else s
            flagged[(c["start"], c["end"])] = key
        entities = []
        for e in rules.get(name, {}).get("entities", []):
            key = flagged.get((e["start"], e["end"]))
            if key is not None:
                s = totals[key]
                if any(x != s[0] for x in s):
                    allowed = [c for c in range(len(CLASSES)) if CLASSES[c] in ALLOWED]
                    best = max(allowed, key=lambda c: (s[c], -c))
                    if CLASSES[best] == "NONE":
                        continue
                    e = dict(e, type=CLASSES[best])
            entities.append(e)
        preds.append({"file": name, "entities": entities, "claims": []})
    return preds


def scored(scorer, gold_dir, preds, types):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump(preds, f)
        path = f.name
    args = [sys.executable, scorer, gold_dir, path, "--json"] + (["--types", types] if types else [])
    result = json.loads(subprocess.run(args, check=True, capture_output=True).stdout)
    os.unlink(path)
    return result


def add_text_keys(docs, folder):
    for name, doc in docs.items():
        text = open(os.path.join(folder, "texts", name), encoding="utf-8").read()
        for c in doc["candidates"]:
            c["text_key"] = text[c["start"]:c["end"]].lower()


def write_swift(weights, counts):
    lines = ["classes " + " ".join(CLASSES), "decides " + " ".join(c for c in CLASSES if c in ALLOWED)]
    for feature in sorted(weights):
        assert "\t" not in feature and "\n" not in feature and '"""#' not in feature
        lines.append(feature + "\t" + " ".join(repr(x) if x != int(x) else str(int(x)) for x in weights[feature]))
    body = "\n".join(lines)
    with open(WEIGHTS_SWIFT, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/typer/train.py; do not edit.\n")
        f.write(f"// Trained on {counts} (see scripts/typer/SOURCES.md).\n\n")
        f.write("extension EntityTypeModel {\n    static let trainedWeights = #\"\"\"\n")
        f.write(body)
        f.write("\n\"\"\"#\n}\n")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--reader", default=os.path.join(ROOT, ".build/release/reader"))
    parser.add_argument("--scorer", default=os.path.join(ROOT, "..", "shared", "eval", "score.py"))
    parser.add_argument("--cache", default=os.path.expanduser("~/.cache/reader-typer"))
    parser.add_argument("--gum-git")
    parser.add_argument("--wikigold-git")
    parser.add_argument("--loco", action="store_true", help="score each corpus left out")
    parser.add_argument("--all-spans", action="store_true", help="train on every span, not only default-typed ones")
    parser.add_argument("--epochs", type=int, default=12)
    parser.add_argument("--seeds", type=int, default=1, help="orders of the data trained on, weights averaged")
    parser.add_argument("--no-external-none", action="store_true",
                        help="train on no 'no entity' span of the external corpora (their schemes leave more unmarked)")
    parser.add_argument("--eval-weight", type=int, default=1, help="copies of each span of the project's sets")
    parser.add_argument("--margin", type=float, default=0.0, help="how much the model must beat the default ORG by")
    parser.add_argument("--bias", default="",
                        help="per-class amounts added to every default-typed span's score, e.g. PLACE=-1,NONE=0.5")
    parser.add_argument("--dev", default="",
                        help="comma-separated folders (texts/ + gold/) scored with the final model, never trained on")
    parser.add_argument("--no-write", action="store_true")
    parser.add_argument("--without", default="", help="comma-separated corpora to leave out of the final model")
    parser.add_argument("--skip", default="", help="comma-separated corpora to leave out of everything (also --loco)")
    parser.add_argument("--decides", default="ORG NONE",
                        help="the classes the model may choose (default: keep the default ORG or drop the span)")
    args = parser.parse_args()
    ALLOWED.clear()
    ALLOWED.update(args.decides.split())
    biases = {k: float(v) for k, v in (item.split("=") for item in filter(None, args.bias.split(",")))}

    folders = corpora.build(args.cache, args.gum_git, args.wikigold_git)
    for folder in sorted(glob.glob(os.path.join(ROOT, "eval", "*"))):
        if os.path.isdir(os.path.join(folder, "gold")):
            folders[os.path.basename(folder)] = folder
    for name in filter(None, args.skip.split(",")):
        folders.pop(name, None)
    loaded = {}
    for name, folder in folders.items():
        docs, rules = load_corpus(args.reader, name, folder)
        add_text_keys(docs, folder)
        loaded[name] = (docs, rules)
    default_only = not args.all_spans
    data = {name: instances(docs, name in EXTERNAL, default_only or name not in EXTERNAL, not args.no_external_none) * (1 if name in EXTERNAL else args.eval_weight)
            for name, (docs, _) in loaded.items()}
    for name in sorted(data):
        c = collections.Counter(CLASSES[y] for _, y in data[name])
        print(f"{name}: {len(data[name])} training spans {dict(c)}", file=sys.stderr)

    if args.loco:
        print("| left out | spans typed by default | rules strict F1 | rules+model strict F1 | ORG rules → model | PERSON | PLACE | NORP |")
        print("| --- | --- | --- | --- | --- | --- | --- | --- |")
        means = collections.defaultdict(list)
        for held in sorted(loaded):
            train_data = [x for name in data if name != held for x in data[name]]
            weights = rounded(train_averaged(train_data, args.epochs, args.seeds), args.margin, biases=biases)
            docs, rules = loaded[held]
            types = "PERSON,ORG,PLACE" if held in EXTERNAL else None
            base = scored(args.scorer, os.path.join(folders[held], "gold"), list(rules.values()), types)
            model = scored(args.scorer, os.path.join(folders[held], "gold"), apply(weights, docs, rules), types)
            flagged = sum(c["byDefault"] for d in docs.values() for c in d["candidates"])

            def pair(key):
                return f"{base.get(key, 0):.3f} → {model.get(key, 0):.3f}"
            print(f"| {held} | {flagged} | {base['entity_strict_f1']:.3f} | {model['entity_strict_f1']:.3f} | "
                  f"{pair('entity_ORG_strict_f1')} | {pair('entity_PERSON_strict_f1')} | {pair('entity_PLACE_strict_f1')} | "
                  f"{pair('entity_NORP_strict_f1')} |", flush=True)
            if held not in EXTERNAL:
                means["rules"].append(base["entity_strict_f1"])
                means["model"].append(model["entity_strict_f1"])
        n = len(means["rules"])
        print(f"| mean of the {n} project sets | | {sum(means['rules']) / n:.3f} | {sum(means['model']) / n:.3f} | | | | |")
    dev_folders = [f for f in args.dev.split(",") if f]
    if not args.no_write or dev_folders:
        left_out = set(filter(None, args.without.split(",")))
        names = [n for n in sorted(data) if n not in left_out]
        weights = rounded(train_averaged([x for n in names for x in data[n]], args.epochs, args.seeds), args.margin, biases=biases)
        for folder in dev_folders:
            docs, rules = load_corpus(args.reader, folder, folder)
            add_text_keys(docs, folder)
            base = scored(args.scorer, os.path.join(folder, "gold"), list(rules.values()), None)
            model = scored(args.scorer, os.path.join(folder, "gold"), apply(weights, docs, rules), None)
            print(f"dev {folder}: strict {base['entity_strict_f1']:.3f} → {model['entity_strict_f1']:.3f}; " +
                  "; ".join(f"{t} {base.get('entity_' + t + '_strict_f1', 0):.3f} → {model.get('entity_' + t + '_strict_f1', 0):.3f}"
                            for t in ("ORG", "PERSON", "PLACE", "NORP")), flush=True)
        if not args.no_write:
            write_swift(weights, ", ".join(names))
            print(f"wrote {len(weights)} features to {os.path.relpath(WEIGHTS_SWIFT, ROOT)}", file=sys.stderr)


if __name__ == "__main__":
    main()
