#!/usr/bin/env python3
"""Scores `reader claims` against a hand-labelled claim ledger set.

Usage: scripts/score-ledger.py GOLD.json TEXTDIR [--reader PATH]

GOLD.json is in the format of eval/ledger/ (see eval/ledger/README.md): `groups` of claims
({file, start, text}) that count or measure the same thing, and `attributions` ({file, start, text,
sources}). TEXTDIR holds the labelled articles. The script runs the built reader
(`reader claims --group --all --json` for the groups, `reader claims --json` for the sources) and
prints pairwise precision and recall over the labelled claims and attribution accuracy over the
claims that have a source, computed exactly as Tests/AnnotationsTests/LedgerEvalScorer.swift does.
Exit status 2 on bad input, 1 when reader fails, 0 otherwise.
"""

import json
import os
import subprocess
import sys


def usage(message):
    script = os.path.basename(sys.argv[0]) or "score-ledger.py"
    sys.stderr.write(f"{script}: {message}\n")
    sys.stderr.write(f"usage: scripts/{script} GOLD.json TEXTDIR [--reader PATH]\n")
    sys.exit(2)


def default_reader():
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    for configuration in ("release", "debug"):
        candidate = os.path.join(root, ".build", configuration, "reader")
        if os.access(candidate, os.X_OK):
            return candidate
    return None


def run_reader(reader, arguments):
    process = subprocess.run([reader, *arguments], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    # reader exits 1 when some file could not be read but still prints what it could.
    if process.returncode not in (0, 1) or not process.stdout.strip():
        sys.stderr.write(process.stderr.decode("utf-8", "replace"))
        sys.stderr.write(f"score-ledger: {reader} {' '.join(arguments)} failed (exit {process.returncode})\n")
        sys.exit(1)
    if process.stderr:
        sys.stderr.write(process.stderr.decode("utf-8", "replace"))
    return json.loads(process.stdout)


def key(path, start):
    """A claim as the gold names it: file name and start offset."""
    return f"{os.path.basename(path)}@{start}"


def pairs(groups):
    result = set()
    for group in groups:
        members = sorted(group)
        for first in range(len(members)):
            for second in range(first + 1, len(members)):
                result.add((members[first], members[second]))
    return result


def score_groups(gold, predicted_groups, found):
    missing = []
    labelled = set()
    gold_groups = []
    for group in gold["groups"]:
        members = []
        for claim in group["claims"]:
            claim_key = f"{claim['file']}@{claim['start']}"
            if claim_key in found:
                members.append(claim_key)
                labelled.add(claim_key)
            else:
                missing.append(claim)
        gold_groups.append(members)
    predicted = [[member for member in group if member in labelled] for group in predicted_groups]
    gold_pairs = pairs(gold_groups)
    predicted_pairs = pairs(predicted)
    true_pairs = len(gold_pairs & predicted_pairs)
    precision = 1.0 if not predicted_pairs else true_pairs / len(predicted_pairs)
    recall = 1.0 if not gold_pairs else true_pairs / len(gold_pairs)
    return precision, recall, true_pairs, len(predicted_pairs), len(gold_pairs), missing


def normalized(text):
    return text.lower().replace("\u2019", "'")


def score_attributions(gold, source_of):
    correct = attributed = spurious = 0
    wrong = []
    for item in gold["attributions"]:
        predicted = source_of.get(f"{item['file']}@{item['start']}")
        if not item["sources"]:
            if predicted is not None:
                spurious += 1
            continue
        attributed += 1
        if predicted is not None and any(normalized(name) in normalized(predicted) for name in item["sources"]):
            correct += 1
        else:
            wrong.append(f"{item['file']}@{item['start']} \"{item['text']}\": expected {item['sources'][0]}, got {predicted or 'none'}")
    return correct, attributed, spurious, wrong


def parse_arguments(arguments):
    """GOLD.json TEXTDIR [--reader PATH] as (gold path, text folder, reader or None); usage() on anything else."""
    reader = None
    positional = []
    index = 0
    while index < len(arguments):
        if arguments[index] == "--reader":
            if index + 1 >= len(arguments):
                usage("--reader needs a path")
            reader = arguments[index + 1]
            index += 2
        else:
            positional.append(arguments[index])
            index += 1
    if len(positional) != 2:
        usage("give a gold file and the folder of its texts")
    return positional[0], positional[1], reader


def main(arguments):
    gold_path, text_dir, reader = parse_arguments(arguments)
    try:
        with open(gold_path, encoding="utf-8") as handle:
            gold = json.load(handle)
    except (OSError, ValueError) as error:
        usage(f"cannot read {gold_path}: {error}")
    if not isinstance(gold, dict) or not isinstance(gold.get("groups"), list) or not isinstance(gold.get("attributions"), list):
        usage(f"{gold_path} has no `groups` and `attributions` lists (see eval/ledger/README.md)")
    if not os.path.isdir(text_dir):
        usage(f"{text_dir} is not a folder")
    reader = reader or default_reader()
    if reader is None or not os.access(reader, os.X_OK):
        usage("no built reader found; run `swift build` or pass --reader PATH")

    claims = run_reader(reader, ["claims", "--json", text_dir])
    groups = run_reader(reader, ["claims", "--group", "--all", "--json", text_dir])
    found = {key(claim["file"], claim["start"]) for claim in claims}
    source_of = {key(claim["file"], claim["start"]): claim.get("source") for claim in claims}
    predicted_groups = [[key(claim["file"], claim["start"]) for claim in group["claims"]] for group in groups]

    precision, recall, true_pairs, predicted_pairs, gold_pairs, missing = score_groups(gold, predicted_groups, found)
    correct, attributed, spurious, wrong = score_attributions(gold, source_of)
    accuracy = 0.0 if attributed == 0 else correct / attributed
    print(f"pairwise precision {precision:.3f} ({true_pairs}/{predicted_pairs}), "
          f"recall {recall:.3f} ({true_pairs}/{gold_pairs}); "
          f"attribution accuracy {accuracy:.3f} ({correct}/{attributed}), spurious {spurious}")
    for claim in missing:
        print(f"  not found by the recogniser: {claim['file']}@{claim['start']} \"{claim['text']}\"")
    for line in wrong:
        print(f"  attribution: {line}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
