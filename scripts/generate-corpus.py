#!/usr/bin/env python3
"""Writes N synthetic articles of 2-6 KB for the corpus benchmarks, made only of the texts already in
the repository (seeds/ and the eval texts): each article takes a real title and paragraphs drawn
from the whole pool, so the words, names and numbers are those of real news.

    scripts/generate-corpus.py OUT [--count N] [--layout nested|flat] [--seed S] [--items-per-file K --format jsonl|rss]

nested: OUT/00/000/00000042.txt, a hundred files a folder; flat: every file in OUT.
--items-per-file K: the N articles go K to a file, as the lines of a JSON Lines file (id, title,
date, text) or the items of an RSS feed (guid, title, pubDate, description), each with its own date.
The output is generated data: never commit it (write it outside the repository or under /tmp).
"""
import argparse
import datetime
import json
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
    parser.add_argument("--items-per-file", type=int, default=1)
    parser.add_argument("--format", choices=["txt", "jsonl", "rss"], default="txt")
    args = parser.parse_args()
    if args.items_per_file > 1 and args.format == "txt":
        sys.exit("--items-per-file needs --format jsonl or rss")

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
    items = []
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
        if args.format != "txt":
            date = datetime.datetime(2016, 1, 1, tzinfo=datetime.timezone.utc) + datetime.timedelta(minutes=rng.randint(0, 525_600))
            items.append((number, parts[0], "\n\n".join(parts[1:]), date))
            if len(items) == args.items_per_file or number == args.count - 1:
                total += write_container(args, items)
                items = []
            continue
        folder = folder_of(args, number)
        with open(os.path.join(folder, "%08d.txt" % number), "w", encoding="utf-8") as handle:
            handle.write(body)
        total += len(body.encode())
    print("wrote %d articles (%.1f MB) to %s" % (args.count, total / 1e6, args.out))


def folder_of(args, number):
    if args.layout == "nested":
        folder = os.path.join(args.out, "%02d" % (number // 100_000), "%03d" % (number // 100 % 1000))
    else:
        folder = args.out
    os.makedirs(folder, exist_ok=True)
    return folder


def write_container(args, items):
    """One JSON Lines file or RSS feed holding `items` (number, title, text, date); returns its size."""
    first = items[0][0]
    if args.format == "jsonl":
        body = "".join(json.dumps({"id": "n%d" % number, "title": title, "date": date.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                   "text": text}) + "\n" for number, title, text, date in items)
    else:
        def escaped(text):
            return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
        body = '<?xml version="1.0" encoding="utf-8"?>\n<rss version="2.0"><channel><title>Generated wire</title>\n'
        for number, title, text, date in items:
            html = "".join("<p>%s</p>" % escaped(paragraph) for paragraph in text.split("\n\n"))
            body += ('<item><title>%s</title><guid isPermaLink="false">n%d</guid><pubDate>%s</pubDate>'
                     "<description>%s</description></item>\n") % (
                escaped(title), number, date.strftime("%a, %d %b %Y %H:%M:%S GMT"), escaped(html))
        body += "</channel></rss>\n"
    with open(os.path.join(folder_of(args, first), "%08d.%s" % (first, args.format)), "w", encoding="utf-8") as handle:
        handle.write(body)
    return len(body.encode())


if __name__ == "__main__":
    main()
