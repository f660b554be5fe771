#!/usr/bin/env python3
"""Lists what `reader claims` gets wrong against a hand-labelled claim ledger set.

Usage: scripts/ledger-errors.py GOLD.json TEXTDIR [--reader PATH]

Prints, for the labelled claims the recogniser finds: the gold pairs the ledger keeps apart
(missed), the pairs it joins that the gold keeps apart (spurious, with the predicted group's label),
and the wrong or spurious sources. Same inputs and scoring as scripts/score-ledger.py.
"""

import importlib.util
import os
import sys

here = os.path.dirname(os.path.abspath(__file__))
spec = importlib.util.spec_from_file_location("score_ledger", os.path.join(here, "score-ledger.py"))
score_ledger = importlib.util.module_from_spec(spec)
spec.loader.exec_module(score_ledger)


def main(arguments):
    gold_path, text_dir, reader = score_ledger.parse_arguments(arguments)
    import json
    with open(gold_path, encoding="utf-8") as handle:
        gold = json.load(handle)
    reader = reader or score_ledger.default_reader()
    claims = score_ledger.run_reader(reader, ["claims", "--json", text_dir])
    groups = score_ledger.run_reader(reader, ["claims", "--group", "--all", "--json", text_dir])
    text_of = {}
    source_of = {}
    for claim in claims:
        claim_key = score_ledger.key(claim["file"], claim["start"])
        text_of[claim_key] = claim.get("text", "")
        source_of[claim_key] = claim.get("source")
    gold_group_of = {}
    for number, group in enumerate(gold["groups"]):
        for claim in group["claims"]:
            claim_key = score_ledger.key(claim['file'], claim['start'])
            if claim_key in text_of:
                gold_group_of[claim_key] = (number, group.get("label", ""))
    predicted_group_of = {}
    for number, group in enumerate(groups):
        for claim in group["claims"]:
            claim_key = score_ledger.key(claim["file"], claim["start"])
            if claim_key in gold_group_of:
                predicted_group_of[claim_key] = (number, group.get("label", ""))
    labelled = sorted(gold_group_of)

    def show(claim_key):
        return f"{claim_key} \"{text_of.get(claim_key, '')}\""

    def pairs():
        """Every pair of labelled claims, with whether the gold and the ledger put them together."""
        for first_index, first in enumerate(labelled):
            for second in labelled[first_index + 1:]:
                same_gold = gold_group_of[first][0] == gold_group_of[second][0]
                same_predicted = first in predicted_group_of and second in predicted_group_of and \
                    predicted_group_of[first][0] == predicted_group_of[second][0]
                yield first, second, same_gold, same_predicted

    print("missed pairs (gold group; predicted labels):")
    for first, second, same_gold, same_predicted in pairs():
        if same_gold and not same_predicted:
            print(f"  [{gold_group_of[first][1]}] {show(first)} | {show(second)}"
                  f"  <- {predicted_group_of.get(first, (0, '?'))[1]} / {predicted_group_of.get(second, (0, '?'))[1]}")
    print("spurious pairs (predicted label; gold labels):")
    for first, second, same_gold, same_predicted in pairs():
        if same_predicted and not same_gold:
            print(f"  [{predicted_group_of[first][1]}] {show(first)} | {show(second)}"
                  f"  <- {gold_group_of[first][1]} / {gold_group_of[second][1]}")
    print("sources:")
    for item in gold["attributions"]:
        claim_key = score_ledger.key(item['file'], item['start'])
        predicted = source_of.get(claim_key)
        if not item["sources"]:
            if predicted is not None:
                print(f"  spurious {claim_key} \"{item['text']}\": got {predicted}")
            continue
        wanted = [score_ledger.normalized(name) for name in item["sources"]]
        if predicted is None or not any(name in score_ledger.normalized(predicted) for name in wanted):
            print(f"  wrong {claim_key} \"{item['text']}\": expected {item['sources']}, got {predicted or 'none'}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
