#!/usr/bin/env python3
"""Measures `reader`'s numeric claims against Microsoft's Recognizers-Text and quantulum3 on one gold set.

usage: compare.py GOLD_DIR TEXTS_DIR --reader BINARY [--score SCORE_PY] [--only SYSTEMS] [--json] [--save FILE] [--diff]
       compare.py --self-test

GOLD_DIR holds `*.gold.json` files in the format read by the project's eval scorer (`score.py`, in
`shared/eval/` beside the checkout; pass --score or set READER_SCORE_PY when it is elsewhere).
TEXTS_DIR holds the texts they label. Each extractor runs over every text; its results are mapped to
the prediction shape of `reader analyze --json` (see README.md beside this script for the mapping) and
scored by score.py itself, so the three systems are measured by one scorer. Entities are not compared:
the two extractors find numbers only.

Prints one table: claim detection F1 (overlap), claim strict F1, claim kind F1, value accuracy (on
found claims), value recall (missed claims count as wrong), money found as money (share of gold money
claims overlapped by a predicted money claim) and CPU seconds per MB of text. --diff adds, per gold
kind, the claims one extractor finds (or values right) that `reader` misses, and the reverse: counts
only, so the output carries no article text. Exit status 2 on bad input, 1 when a system fails.
"""

import argparse
import datetime
import glob
import importlib.util
import json
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
import warnings

SYSTEMS = ("reader", "recognizers-text", "quantulum3")
CLAIM_KINDS = ("count", "date", "duration", "money", "percent", "measure", "ordinal", "time", "fraction")

# Recognizers-Text resolves relative dates ("yesterday") against a reference moment; a fixed one keeps
# its output the same from run to run (no relative date changes a score: such values are not numbers).
REFERENCE_MOMENT = datetime.datetime(2000, 1, 1)

# When results of several Recognizers-Text models overlap, the longest span wins; on equal length the
# model earlier in this list wins ("40 pounds" is both currency and dimension; see README.md).
RT_MODEL_ORDER = ("currency", "percentage", "dimension", "temperature", "age", "datetime", "ordinal", "number")

FRACTION_WORD = re.compile(r"\b(half|halves|quarters?|thirds?|fifths?|sixths?|sevenths?|eighths?|ninths?|tenths?)\b|\d\s*/\s*\d",
                           re.IGNORECASE)
MONTH_NAME = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\b", re.IGNORECASE)
CLOCK_TIMEX = re.compile(r"T\d")
SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z\"\u201c(])")


def fail(message, status=2):
    sys.stderr.write(f"compare: {message}\n")
    sys.exit(status)


def printable(text):
    """Text for a terminal: control characters become spaces."""
    return "".join(" " if (ord(ch) < 32 or 127 <= ord(ch) < 160) else ch for ch in str(text))


# ---------------------------------------------------------------------------------------------------
# The mapping, as pure functions over plain tuples so --self-test can check them without the libraries.

def claim(start, end, kind, value, text):
    return {"start": start, "end": end, "kind": kind, "value": value, "text": text}


def number_or_string(value):
    """A numeric resolution as an int or float (as `reader` writes it); anything else as given."""
    if value is None:
        return None
    text = str(value).strip().rstrip("%").replace(",", "")
    try:
        number = float(text)
    except ValueError:
        return str(value)
    return int(number) if number.is_integer() and abs(number) < 1e15 else number


def kind_of_plain_number(text, value):
    """A bare number from a number model is a count, a fraction when its words say so."""
    number = number_or_string(value)
    if isinstance(number, (int, float)) and 0 < number < 1 and FRACTION_WORD.search(text):
        return "fraction"
    if FRACTION_WORD.search(text) and not re.search(r"\d", text):
        return "fraction"
    return "count"


def date_value_from_timex(timex):
    """'2028-05-20' stays; 'XXXX-02-14' → '02-14'; '2018' → '2018'; a range '(2010-01-01,2015-01-01,P5Y)'
    gives its start, shortened to the year or month when the range is whole years or months."""
    if timex.startswith("(") and timex.endswith(")"):
        parts = timex[1:-1].split(",")
        start = parts[0]
        end = parts[1] if len(parts) > 1 else ""
        if re.fullmatch(r"\d{4}-01-01", start) and re.fullmatch(r"\d{4}-01-01", end):
            return start[:4]
        if re.fullmatch(r"\d{4}-\d{2}-01", start) and re.fullmatch(r"\d{4}-\d{2}-01", end):
            return start[:7]
        timex = start
    timex = timex.split("T")[0]
    if timex.startswith("XXXX-"):
        timex = timex[5:]
    return timex


def time_value_from_timex(timex):
    """'T14' → '14:00', 'T09:30' → '09:30', a range gives its start."""
    if timex.startswith("("):
        timex = timex[1:-1].split(",")[0]
    match = re.search(r"T(\d{1,2})(?::(\d{2}))?", timex)
    if not match:
        return timex
    return f"{int(match.group(1)):02d}:{match.group(2) or '00'}"


def duration_value_from_timex(timex):
    """'P23Y' → 23, 'PT6H' → 6, 'P1.5Y' → 1.5: the number as written, in the text's own unit."""
    match = re.match(r"PT?(\d+(?:\.\d+)?)", timex)
    return number_or_string(match.group(1)) if match else None


def map_datetime(text, type_name, timex, has_number):
    """A Recognizers-Text datetimeV2 result as a claim kind and value, or None when it is no claim:
    recurrences ('every week'), and expressions with no number and no clock time ('yesterday',
    'Monday', 'last week'), which the guidelines do not mark."""
    subtype = type_name.split(".")[-1]
    if subtype == "set":
        return None
    clock = bool(CLOCK_TIMEX.search(timex)) and subtype in ("time", "timerange", "datetime", "datetimerange")
    if not has_number and not clock:
        return None
    if subtype == "duration":
        return "duration", duration_value_from_timex(timex)
    if subtype in ("time", "timerange"):
        return "time", time_value_from_timex(timex)
    if subtype in ("datetime", "datetimerange"):
        names_a_day = bool(MONTH_NAME.search(text)) or bool(re.search(r"\d{4}|\d[/-]\d", text))
        if not names_a_day:
            return "time", time_value_from_timex(timex)
    return "date", number_or_string(date_value_from_timex(timex))


def map_recognizers_result(model, text, type_name, resolution, has_number):
    """One Recognizers-Text result as (kind, value), or None when it is no claim."""
    resolution = resolution or {}
    if model == "datetime":
        values = resolution.get("values") or [{}]
        return map_datetime(text, type_name, values[0].get("timex", ""), has_number)
    value = number_or_string(resolution.get("value"))
    if model == "ordinal":
        # 'last' resolves to 0 in this version: a relative ordinal, not a stated number
        if not isinstance(value, int) or value <= 0:
            return None
        return "ordinal", value
    if model == "number":
        return kind_of_plain_number(text, value), value
    kinds = {"currency": "money", "percentage": "percent", "dimension": "measure", "temperature": "measure",
             "age": "duration"}
    return kinds[model], value


def map_quantulum(unit_name, entity_name, surface, value):
    """One quantulum3 quantity as (kind, value)."""
    value = number_or_string(value)
    if entity_name == "currency":
        return "money", value
    if unit_name in ("percentage", "percent"):
        return "percent", value
    if entity_name == "time":
        return "duration", value
    if entity_name == "dimensionless" or unit_name == "dimensionless":
        return kind_of_plain_number(surface, value), value
    return "measure", value


def merge_longest_first(candidates, order):
    """Keeps the longest of overlapping candidates (start, end, model, ...); ties go to the model
    earlier in `order`, then to the earlier start. Returns the kept ones sorted by start."""
    rank = {model: index for index, model in enumerate(order)}
    kept = []
    for candidate in sorted(candidates, key=lambda c: (-(c[1] - c[0]), rank.get(c[2], len(order)), c[0])):
        if all(candidate[1] <= other[0] or other[1] <= candidate[0] for other in kept):
            kept.append(candidate)
    return sorted(kept, key=lambda c: (c[0], c[1]))


def aligned_span(content, start, end, text):
    """The span of `text` at or near (start, end) in `content`: both libraries normalise text before
    matching, and a span that does not read `text` is looked for close by. None when it is not found."""
    if content[start:end].lower() == text.lower():
        return start, end
    window_start = max(0, start - 40)
    found = content.lower().find(text.lower(), window_start, end + 40 + len(text))
    if found >= 0:
        return found, found + len(text)
    return None


# ---------------------------------------------------------------------------------------------------
# The extractors.

class RecognizersText:
    name = "recognizers-text"

    def __init__(self):
        import recognizers_suite as suite
        self.suite = suite
        from recognizers_date_time import DateTimeOptions
        self.split_date_and_time = DateTimeOptions.SPLIT_DATE_AND_TIME
        self.models = {
            "number": suite.recognize_number, "ordinal": suite.recognize_ordinal,
            "percentage": suite.recognize_percentage, "currency": suite.recognize_currency,
            "dimension": suite.recognize_dimension, "age": suite.recognize_age,
            "temperature": suite.recognize_temperature, "datetime": suite.recognize_datetime,
        }
        self.objects = {model: self.model_object(model) for model in self.models}
        self.checking_seconds = 0.0  # CPU spent by `raises`, which is not the library's own work
        self.failed_paragraphs = 0
        self.extract("warm up: 3 people paid $5 on May 3, 2020 at 2 p.m.")  # builds the models once

    def model_object(self, model):
        """The library's model behind a recognize_… function (its factory caches them: the same object)."""
        from recognizers_number import NumberRecognizer
        from recognizers_number_with_unit import NumberWithUnitRecognizer
        from recognizers_date_time import DateTimeRecognizer
        english = self.suite.Culture.English
        if model == "datetime":
            return DateTimeRecognizer(english, self.split_date_and_time).get_datetime_model(english)
        if model in ("number", "ordinal", "percentage"):
            return getattr(NumberRecognizer(english), f"get_{model}_model")(english)
        return getattr(NumberWithUnitRecognizer(english), f"get_{model}_model")(english)

    def raises(self, model, content):
        """Whether the model's work on `content` raises: the models' own parse swallows it and returns nothing.
        The same steps as the library's parse, without its `except Exception: pass`."""
        from recognizers_text.utilities import QueryProcessor
        started = time.process_time()
        instance = self.objects[model]
        try:
            if model == "datetime":
                query = QueryProcessor.preprocess(content)
                for result in instance.extractor.extract(query, REFERENCE_MOMENT):
                    instance.parser.parse(result, REFERENCE_MOMENT)
            elif model in ("number", "ordinal", "percentage"):
                query = QueryProcessor.preprocess(content, True)
                for result in instance.extractor.extract(query):
                    instance.parser.parse(result)
            else:
                query = QueryProcessor.preprocess(content, True)
                for item in instance.extractor_parser:
                    for result in item.extractor.extract(query):
                        item.parser.parse(result)
        except Exception:
            return True
        finally:
            self.checking_seconds += time.process_time() - started
        return False

    def run_model_robustly(self, model, content):
        """The model's results as (start, end exclusive, text, type, resolution). When its work on the
        paragraph raises, sentence by sentence, so one bad expression loses only its own sentence."""
        results = self.run_model(model, content)
        if results or not self.raises(model, content):
            return [(r.start, r.end + 1, r.text, r.type_name, r.resolution) for r in results]
        self.failed_paragraphs += 1
        spans, offset = [], 0
        for piece in SENTENCE_END.split(content):
            found = content.find(piece, offset)
            offset = found + len(piece)
            spans += [(r.start + found, r.end + 1 + found, r.text, r.type_name, r.resolution)
                      for r in self.run_model(model, piece)]
        return spans

    def run_model(self, model, content):
        function = self.models[model]
        if model == "datetime":
            # the gold marks "May 20 at 2 p.m." as a date and a time: Recognizers-Text's own option for that
            return function(content, self.suite.Culture.English, self.split_date_and_time, reference=REFERENCE_MOMENT)
        return function(content, self.suite.Culture.English)

    def extract(self, content):
        # Paragraph by paragraph: a model of this version that raises on one expression (a fraction
        # dividing by zero, say) swallows the error and returns nothing for its whole input, which lost
        # every number of 5 of the 213 project and blind articles when they were passed whole.
        candidates = []
        offset = 0
        for paragraph in content.split("\n"):
            if paragraph.strip():
                candidates += [(start + offset, end + offset, *rest) for start, end, *rest in self.candidates(paragraph)]
            offset += len(paragraph) + 1
        return [claim(c[0], c[1], c[3], c[4], c[5]) for c in merge_longest_first(candidates, RT_MODEL_ORDER)]

    def candidates(self, content):
        raw = {model: self.run_model_robustly(model, content) for model in self.models}
        numbers = [(r[0], r[1]) for model in ("number", "ordinal") for r in raw[model]]
        candidates = []
        for model, results in raw.items():
            for result_start, result_end, result_text, type_name, resolution in results:
                span = aligned_span(content, result_start, result_end, result_text)
                if span is None:
                    continue
                start, end = span
                text = content[start:end]
                has_number = bool(re.search(r"\d", text)) or any(start <= a and b <= end for a, b in numbers)
                mapped = map_recognizers_result(model, text, type_name, resolution, has_number)
                if mapped is not None:
                    candidates.append((start, end, model, mapped[0], mapped[1], text))
        return candidates


class Quantulum:
    name = "quantulum3"

    def __init__(self):
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            from quantulum3 import parser
        self.parser = parser
        self.extract("warm up: 3 people paid $5 for 2 km")

    def extract(self, content):
        candidates = []
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            quantities = self.parser.parse(content)
        for quantity in quantities:
            span = aligned_span(content, quantity.span[0], quantity.span[1], quantity.surface)
            if span is None:
                continue
            start, end = span
            kind, value = map_quantulum(quantity.unit.name, quantity.unit.entity.name, quantity.surface, quantity.value)
            candidates.append((start, end, "quantity", kind, value, content[start:end]))
        return [claim(c[0], c[1], c[3], c[4], c[5]) for c in merge_longest_first(candidates, ("quantity",))]


def run_reader(binary, texts_dir):
    """`reader analyze --json TEXTS_DIR`, its claims only, with CPU and wall seconds."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    wall = time.monotonic()
    process = subprocess.run([binary, "analyze", "--json", texts_dir], stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    wall = time.monotonic() - wall
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    # reader exits 1 when some file could not be read but still prints what it could
    if process.returncode not in (0, 1) or not process.stdout.strip():
        sys.stderr.write(printable(process.stderr.decode("utf-8", "replace")))
        fail(f"{binary} analyze --json {texts_dir} failed (exit {process.returncode})", 1)
    cpu = (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)
    articles = json.loads(process.stdout)
    predictions = [{"file": os.path.basename(a["file"]), "claims": a.get("claims", [])} for a in articles]
    return predictions, cpu, wall


def reader_startup_cpu(binary):
    """CPU seconds of `reader analyze --json` on one invented sentence: its start-up (word lists and
    tables), which dominates its time on a set of a few dozen kB."""
    with tempfile.TemporaryDirectory() as folder:
        with open(os.path.join(folder, "one.txt"), "w", encoding="utf-8") as handle:
            handle.write("Three people paid $5 on May 3.\n")
        return run_reader(binary, folder)[1]


def run_extractor(extractor, texts):
    predictions, cpu, wall = [], 0.0, 0.0
    checking = getattr(extractor, "checking_seconds", 0.0)
    for name, content in texts:
        cpu_start, wall_start = time.process_time(), time.monotonic()
        claims = extractor.extract(content)
        cpu += time.process_time() - cpu_start
        wall += time.monotonic() - wall_start
        predictions.append({"file": name, "claims": claims})
    cpu -= getattr(extractor, "checking_seconds", 0.0) - checking
    return predictions, cpu, wall


# ---------------------------------------------------------------------------------------------------
# Scoring: score.py for the shared figures, the same overlap rule for the rest.

def find_scorer(explicit):
    here = os.path.dirname(os.path.abspath(__file__))
    candidates = [explicit, os.environ.get("READER_SCORE_PY"),
                  os.path.join(here, "..", "..", "..", "shared", "eval", "score.py"),
                  os.path.join(here, "..", "..", "..", "..", "shared", "eval", "score.py")]
    for candidate in candidates:
        if candidate and os.path.isfile(candidate):
            return os.path.abspath(candidate)
    fail("score.py not found: pass --score PATH or set READER_SCORE_PY")


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("eval_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def score_with(scorer_path, gold_dir, predictions):
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False, encoding="utf-8") as handle:
        json.dump(predictions, handle)
        path = handle.name
    try:
        process = subprocess.run([sys.executable, scorer_path, gold_dir, path, "--json"],
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    finally:
        os.unlink(path)
    if process.returncode != 0:
        sys.stderr.write(printable(process.stderr.decode("utf-8", "replace")))
        fail("score.py failed", 1)
    return json.loads(process.stdout)


def load_gold(gold_dir):
    gold = {}
    for path in sorted(glob.glob(os.path.join(gold_dir, "*.gold.json"))):
        with open(path, encoding="utf-8") as handle:
            document = json.load(handle)
        gold[os.path.basename(document["file"])] = document.get("claims", [])
    return gold


def money_as_money(gold, predictions, overlap):
    """Share of gold money claims overlapped by a predicted money claim; (found, total)."""
    by_file = {p["file"]: p["claims"] for p in predictions}
    found = total = 0
    for name, claims in gold.items():
        predicted = [(c["start"], c["end"]) for c in by_file.get(name, []) if (c.get("kind") or "").lower() == "money"]
        for g in claims:
            if g.get("kind") != "money":
                continue
            total += 1
            if any(overlap((g["start"], g["end"]), p) for p in predicted):
                found += 1
    return found, total


def per_claim_outcomes(gold, predictions, scorer):
    """For every gold claim: (file, start, kind) → (found by overlap, value right as score.py judges it)."""
    by_file = {p["file"]: p["claims"] for p in predictions}
    outcomes = {}
    for name, claims in gold.items():
        predicted = by_file.get(name, [])
        for g in claims:
            span = (g["start"], g["end"])
            hit = next((p for p in predicted if scorer.overlap(span, (p["start"], p["end"]))), None)
            gold_value = scorer.num(g.get("number"))
            value_right = None
            if gold_value is not None:
                predicted_value = scorer.num(hit.get("value")) if hit is not None else None
                value_right = predicted_value is not None and abs(predicted_value - gold_value) <= 1e-6 * max(1.0, abs(gold_value))
            outcomes[(name, g["start"], g.get("kind"))] = (hit is not None, value_right)
    return outcomes


def differences(gold, results, scorer):
    """Per extractor and gold kind: found by it and missed by reader, and the reverse; value right by
    it and wrong or missed by reader, and the reverse."""
    reader = per_claim_outcomes(gold, results["reader"]["predictions"], scorer)
    table = {}
    for system in SYSTEMS[1:]:
        if system not in results:
            continue
        other = per_claim_outcomes(gold, results[system]["predictions"], scorer)
        rows = {}
        for key, (reader_found, reader_value) in reader.items():
            other_found, other_value = other[key]
            row = rows.setdefault(key[2], {"gold": 0, "it_finds_reader_misses": 0, "reader_finds_it_misses": 0,
                                           "it_value_right_reader_not": 0, "reader_value_right_it_not": 0})
            row["gold"] += 1
            row["it_finds_reader_misses"] += other_found and not reader_found
            row["reader_finds_it_misses"] += reader_found and not other_found
            row["it_value_right_reader_not"] += bool(other_value) and not reader_value
            row["reader_value_right_it_not"] += bool(reader_value) and not other_value
        table[system] = rows
    return table


def spurious(gold, predictions, overlap):
    """Per predicted kind: predicted claims that overlap no gold claim (the precision side)."""
    by_file = {p["file"]: p["claims"] for p in predictions}
    counts = {}
    for name, claims in gold.items():
        spans = [(g["start"], g["end"]) for g in claims]
        for p in by_file.get(name, []):
            if not any(overlap((p["start"], p["end"]), span) for span in spans):
                kind = (p.get("kind") or "").lower()
                counts[kind] = counts.get(kind, 0) + 1
    return counts


def measure(gold_dir, texts_dir, reader_binary, scorer_path, systems):
    scorer = load_scorer(scorer_path)
    gold = load_gold(gold_dir)
    if not gold:
        fail(f"no *.gold.json in {gold_dir}")
    texts = []
    for path in sorted(glob.glob(os.path.join(texts_dir, "*"))):
        if os.path.isfile(path) and path.endswith((".txt", ".md")):
            with open(path, encoding="utf-8") as handle:
                texts.append((os.path.basename(path), handle.read()))
    if not texts:
        fail(f"no .txt or .md texts in {texts_dir}")
    megabytes = sum(len(content.encode("utf-8")) for _, content in texts) / 1e6
    results = {}
    for system in systems:
        startup = None
        if system == "reader":
            predictions, cpu, wall = run_reader(reader_binary, texts_dir)
            startup = reader_startup_cpu(reader_binary)
        else:
            extractor = RecognizersText() if system == "recognizers-text" else Quantulum()
            predictions, cpu, wall = run_extractor(extractor, texts)
        scores = score_with(scorer_path, gold_dir, predictions)
        found, total = money_as_money(gold, predictions, scorer.overlap)
        results[system] = {
            "claim_detect_f1": scores["claim_detect_f1"], "claim_strict_f1": scores["claim_strict_f1"],
            "claim_kind_f1": scores["claim_kind_f1"], "claim_value_accuracy": scores["claim_value_accuracy"],
            "claim_value_recall": scores["claim_value_recall"],
            "money_as_money": found / total if total else None, "money_found": found, "money_gold": total,
            "claims_predicted": scores["counts"]["claim"].get("pred", 0),
            "claims_gold": scores["counts"]["claim"].get("gold", 0),
            "cpu_seconds": cpu, "wall_seconds": wall, "cpu_seconds_per_mb": cpu / megabytes,
            "startup_cpu_seconds": startup,
            "spurious_by_kind": spurious(gold, predictions, scorer.overlap),
            "missing_files": scores["missing_files"], "predictions": predictions,
        }
    report = {"gold_dir": gold_dir, "texts": len(texts), "megabytes": megabytes, "gold_files": len(gold),
              "load_average": os.getloadavg()[0], "systems": results}
    if "reader" in results:
        report["differences"] = differences(gold, results, scorer)
    return report


def print_table(report, with_diff):
    systems = report["systems"]
    first = next(iter(systems.values()))
    print(f"{report['gold_dir']}: {report['gold_files']} gold files, {first['claims_gold']} gold claims, "
          f"{report['megabytes'] * 1000:.1f} kB of text, load average {report['load_average']:.1f}")
    header = f"{'system':18s} {'detect F1':>9s} {'strict F1':>9s} {'kind F1':>8s} {'value acc':>9s} {'value rec':>9s} {'money':>11s} {'CPU s/MB':>9s}"
    print(header)
    for system, r in systems.items():
        money = f"{r['money_as_money']:.3f} {r['money_found']}/{r['money_gold']}" if r["money_gold"] else "-"
        print(f"{system:18s} {r['claim_detect_f1']:9.3f} {r['claim_strict_f1']:9.3f} {r['claim_kind_f1']:8.3f} "
              f"{r['claim_value_accuracy']:9.3f} {r['claim_value_recall']:9.3f} {money:>11s} {r['cpu_seconds_per_mb']:9.2f}")
        if r["startup_cpu_seconds"] is not None:
            rest = max(0.0, r["cpu_seconds"] - r["startup_cpu_seconds"]) / report["megabytes"]
            print(f"  {system}: {r['startup_cpu_seconds']:.2f} CPU s of start-up included; without it {rest:.2f} CPU s/MB")
        if r["missing_files"]:
            print(f"  {system}: no prediction for {len(r['missing_files'])} gold files")
    if with_diff and "differences" in report:
        for system, rows in report["differences"].items():
            print(f"\n{system} against reader, by gold kind (found = overlapped; value = right value, missed counts as wrong)")
            print(f"{'kind':10s} {'gold':>5s} {'it finds, reader misses':>24s} {'reader finds, it misses':>24s} "
                  f"{'its value right, reader not':>28s} {'reader value right, it not':>27s}")
            for kind in sorted(rows, key=lambda k: -rows[k]["gold"]):
                row = rows[kind]
                print(f"{printable(kind):10s} {row['gold']:5d} {row['it_finds_reader_misses']:24d} {row['reader_finds_it_misses']:24d} "
                      f"{row['it_value_right_reader_not']:28d} {row['reader_value_right_it_not']:27d}")
        print("\npredicted claims overlapping no gold claim, by predicted kind")
        for system, r in systems.items():
            counts = r["spurious_by_kind"]
            listed = ", ".join(f"{printable(k)} {v}" for k, v in sorted(counts.items(), key=lambda kv: -kv[1]))
            print(f"{system:18s} {sum(counts.values()):4d}  {listed}")


# ---------------------------------------------------------------------------------------------------
# --self-test: the mapping on invented sentences.

def self_test():
    # pure mapping
    assert number_or_string("13480") == 13480 and number_or_string("3.4%") == 3.4 and number_or_string("0.5") == 0.5
    assert kind_of_plain_number("half", "0.5") == "fraction"
    assert kind_of_plain_number("a third", "0.333333333333333") == "fraction"
    assert kind_of_plain_number("3.4", "3.4") == "count"
    assert kind_of_plain_number("0.8", "0.8") == "count"
    assert date_value_from_timex("XXXX-02-14") == "02-14"
    assert date_value_from_timex("2028-05-20T14") == "2028-05-20"
    assert date_value_from_timex("(2010-01-01,2016-01-01,P6Y)") == "2010"
    assert date_value_from_timex("(2020-05-01,2020-06-01,P1M)") == "2020-05"
    assert time_value_from_timex("T14") == "14:00" and time_value_from_timex("(T09:30,T11,PT1H30M)") == "09:30"
    assert duration_value_from_timex("P23Y") == 23 and duration_value_from_timex("PT6H") == 6
    assert duration_value_from_timex("P1.5Y") == 1.5
    assert map_datetime("every two weeks", "datetimeV2.set", "P2W", True) is None
    assert map_datetime("yesterday", "datetimeV2.date", "1999-12-31", False) is None
    assert map_datetime("midnight", "datetimeV2.time", "T00", False) == ("time", "00:00")
    assert map_datetime("May 20, 2028 at 2 p.m.", "datetimeV2.datetime", "2028-05-20T14", True) == ("date", "2028-05-20")
    assert map_datetime("today at 2 p.m.", "datetimeV2.datetime", "1999-12-31T14", True) == ("time", "14:00")
    assert map_datetime("2018", "datetimeV2.daterange", "2018", True) == ("date", 2018)
    assert map_datetime("six hours", "datetimeV2.duration", "PT6H", True) == ("duration", 6)
    assert map_recognizers_result("ordinal", "last", "ordinal", {"value": "0"}, False) is None
    assert map_recognizers_result("ordinal", "second", "ordinal", {"value": "2"}, True) == ("ordinal", 2)
    assert map_recognizers_result("currency", "$13,480", "currency", {"value": "13480", "unit": "Dollar"}, True) == ("money", 13480)
    assert map_recognizers_result("percentage", "76 percent", "percentage", {"value": "76%"}, True) == ("percent", 76)
    assert map_recognizers_result("age", "23-year-old", "age", {"value": "23", "unit": "Year"}, True) == ("duration", 23)
    assert map_recognizers_result("temperature", "40 degrees", "temperature", {"value": "40"}, True) == ("measure", 40)
    assert map_quantulum("dollar", "currency", "$5 million", 5e6) == ("money", 5000000)
    assert map_quantulum("percentage", "dimensionless", "76 percent", 76.0) == ("percent", 76)
    assert map_quantulum("year", "time", "five years", 5.0) == ("duration", 5)
    assert map_quantulum("kilometre", "length", "15 km", 15.0) == ("measure", 15)
    assert map_quantulum("dimensionless", "dimensionless", "22", 22.0) == ("count", 22)
    merged = merge_longest_first([(0, 9, "number", "count"), (0, 16, "currency", "money"), (0, 16, "dimension", "measure"),
                                  (20, 24, "number", "count")], RT_MODEL_ORDER)
    assert [(c[0], c[1], c[2]) for c in merged] == [(0, 16, "currency"), (20, 24, "number")], merged
    assert aligned_span("Paid $5 now", 5, 7, "$5") == (5, 7)
    assert aligned_span("Paid $5 now", 4, 6, "$5") == (5, 7)
    assert aligned_span("Paid $5 now", 0, 2, "£9") is None

    # the libraries on invented sentences
    def kinds(extractor, sentence):
        return [(sentence[c["start"]:c["end"]], c["kind"], c["value"]) for c in extractor.extract(sentence)]

    recognizers = RecognizersText()
    found = kinds(recognizers, "The firm paid $13,480 to 22 workers on May 20, 2028, a rise of 76 percent.")
    assert ("$13,480", "money", 13480) in found, found
    assert ("22", "count", 22) in found, found
    assert ("76 percent", "percent", 76) in found, found
    assert any(kind == "date" and value == "2028-05-20" for _, kind, value in found), found
    assert not any(text == "13,480" for text, _, _ in found), found  # the number inside the money is merged away
    found = kinds(recognizers, "They met on May 20 at 2 p.m. and again at midnight.")
    assert ("May 20", "date", "05-20") in found, found
    assert ("2 p.m.", "time", "14:00") in found, found
    assert ("midnight", "time", "00:00") in found, found
    found = kinds(recognizers, "A 23-year-old man waited six hours, the second time this year, and left yesterday.")
    assert ("23-year-old", "duration", 23) in found, found
    assert ("six hours", "duration", 6) in found, found
    assert ("second", "ordinal", 2) in found, found
    assert not any(text.lower() == "yesterday" for text, _, _ in found), found
    # the library returns nothing for a text with one expression it raises on; the script keeps the rest
    failing = "It was one in zero people."
    assert recognizers.suite.recognize_number(failing + " Then 22 people came.", recognizers.suite.Culture.English) == []
    assert recognizers.raises("number", failing) and not recognizers.raises("number", "Then 22 people came.")
    found = kinds(recognizers, failing + "\n22 people came.")  # another paragraph
    assert ("22", "count", 22) in found, found
    failures = recognizers.failed_paragraphs
    found = kinds(recognizers, failing + " Then 22 people came.")  # another sentence of the same paragraph
    assert ("22", "count", 22) in found, found
    assert recognizers.failed_paragraphs == failures + 1
    found = kinds(recognizers, "Half of the 1,200 voters came in 2018.")
    assert ("Half", "fraction", 0.5) in found, found
    assert ("2018", "date", 2018) in found, found

    quantulum = Quantulum()
    found = kinds(quantulum, "The firm paid $5 million for 15 km of road, and 76 percent of 22 workers agreed.")
    assert any(kind == "money" and value == 5000000 for _, kind, value in found), found
    assert any(kind == "measure" and value == 15 for _, kind, value in found), found
    assert any(kind == "percent" and value == 76 for _, kind, value in found), found
    assert ("22", "count", 22) in found, found

    # money found as money, with score.py's overlap rule
    gold = {"a.txt": [{"start": 0, "end": 3, "kind": "money", "number": "5"},
                      {"start": 10, "end": 14, "kind": "money", "number": "40"},
                      {"start": 20, "end": 22, "kind": "count", "number": "22"}]}
    predictions = [{"file": "a.txt", "claims": [{"start": 1, "end": 3, "kind": "money", "value": 5},
                                                {"start": 10, "end": 14, "kind": "measure", "value": 40},
                                                {"start": 20, "end": 22, "kind": "money", "value": 22}]}]
    assert money_as_money(gold, predictions, lambda a, b: a[0] < b[1] and b[0] < a[1]) == (1, 2)
    print("self-test passed")


def main():
    arguments = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    arguments.add_argument("gold_dir", nargs="?")
    arguments.add_argument("texts_dir", nargs="?")
    arguments.add_argument("--reader", help="the reader binary")
    arguments.add_argument("--score", help="score.py (default: shared/eval/score.py beside the checkout, or READER_SCORE_PY)")
    arguments.add_argument("--only", help="comma-separated systems among " + ",".join(SYSTEMS))
    arguments.add_argument("--json", action="store_true", help="print the figures as JSON")
    arguments.add_argument("--save", help="also write the figures as JSON to this file")
    arguments.add_argument("--diff", action="store_true", help="per gold kind, what each extractor finds that reader misses")
    arguments.add_argument("--self-test", action="store_true", help="check the mapping on invented sentences")
    options = arguments.parse_args()
    if options.self_test:
        self_test()
        return
    if not options.gold_dir or not options.texts_dir:
        arguments.print_usage(sys.stderr)
        fail("GOLD_DIR and TEXTS_DIR are required")
    for folder in (options.gold_dir, options.texts_dir):
        if not os.path.isdir(folder):
            fail(f"not a folder: {folder}")
    systems = options.only.split(",") if options.only else list(SYSTEMS)
    unknown = [s for s in systems if s not in SYSTEMS]
    if unknown:
        fail(f"unknown system {unknown[0]}; choose among {', '.join(SYSTEMS)}")
    if "reader" in systems and not (options.reader and os.access(options.reader, os.X_OK)):
        fail("--reader BINARY (an executable reader) is required")
    report = measure(options.gold_dir, options.texts_dir, options.reader, find_scorer(options.score), systems)
    for result in report["systems"].values():
        del result["predictions"]
    if options.save:
        with open(options.save, "w", encoding="utf-8") as handle:
            json.dump(report, handle, indent=1)
    if options.json:
        print(json.dumps(report, indent=1))
    else:
        print_table(report, options.diff)


if __name__ == "__main__":
    main()
