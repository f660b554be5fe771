#!/usr/bin/env python3
"""Writes N synthetic articles of 2-6 KB for the corpus benchmarks, made only of the texts already in
the repository (seeds/ and the eval texts): each article takes a real title and paragraphs drawn
from the whole pool, so the words, names and numbers are those of real news.

    scripts/generate-corpus.py OUT [--count N] [--layout nested|flat] [--seed S]

nested: OUT/00/000/00000042.txt, a hundred files a folder; flat: every file in OUT.
The output is generated data: never commit it (write it outside the repository or under /tmp).
"""
import argparse
import os
import random
import sys


def source_texts(root):
    folders = [os.path.join(root, "seeds")]
    eval_root = os.path.join(root, "eval")
    for name in sorted(os.listdir(eval_root)):
        texts = os.path.join(eval_root, name, "texts")
        if os.path.isdir(texts):
            folders.append(texts)
    for folder in folders:
        for name in sorted(os.listdir(folder)):
            if name.endswith(".txt"):
                with open(os.path.join(folder, name), encoding="utf-8", errors="replace") as handle:
                    yield handle.read()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--layout", choices=["nested", "flat"], default="nested")
    parser.add_argument("--seed", type=int, default=12)
    args = parser.parse_args()

    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    titles, paragraphs = [], []
    for text in source_texts(root):
        blocks = [block.strip() for block in text.split("\n\n") if block.strip()]
        if not blocks:
            continue
        first, *rest = blocks
        title, _, lead = first.partition("\n")
        titles.append(title.strip())
        if lead.strip():
            paragraphs.append(lead.strip())
        paragraphs.extend(block for block in rest if len(block.encode()) < 1500)
    if not titles or not paragraphs:
        sys.exit("no source texts found under seeds/ and eval/*/texts")

    rng = random.Random(args.seed)
    total = 0
    for number in range(args.count):
        target = rng.randint(2048, 6144)
        parts = [rng.choice(titles)]
        size = len(parts[0].encode()) + 2
        while True:
            paragraph = rng.choice(paragraphs)
            grown = size + len(paragraph.encode()) + 2
            if grown > target and size >= 2048:
                break
            if grown > 6144:
                continue
            parts.append(paragraph)
            size = grown
        body = "\n\n".join(parts) + "\n"
        if args.layout == "nested":
            folder = os.path.join(args.out, "%02d" % (number // 100_000), "%03d" % (number // 100 % 1000))
        else:
            folder = args.out
        os.makedirs(folder, exist_ok=True)
        with open(os.path.join(folder, "%08d.txt" % number), "w", encoding="utf-8") as handle:
            handle.write(body)
        total += len(body.encode())
    print("wrote %d articles (%.1f MB) to %s" % (args.count, total / 1e6, args.out))


if __name__ == "__main__":
    main()
