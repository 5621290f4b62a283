#!/usr/bin/env python3
"""Rebuilds countries.tsv and provinces.tsv from their authoritative sources.

Sources (see ../SOURCES.md):
  - Debian's iso-codes package (LGPL-2.1+): /usr/share/iso-codes/json/iso_3166-1.json and iso_3166-2.json
      apt-get install -y iso-codes
  - npm i18n-iso-countries (MIT) for English country names, and npm iso3166-2-db (MIT) for English
    subdivision names; `npm ci` in this folder installs the exact versions in package-lock.json.
  - country-extras.tsv in this folder: GeoGraph's own demonyms and extra names (CC0-1.0).
  - province-extras.tsv in this folder: subdivisions newer than the iso-codes release and extra English
    names (CC0-1.0).
  - /usr/share/dict/words (Debian's wamerican, SCOWL word list) only to flag subdivision names that
    are also common English words, so the matcher asks for more context before taking them.

Usage: python3 build-gazetteer.py            (writes ../countries.tsv and ../provinces.tsv)
Only the Python standard library is used; the output is sorted so that a rebuild is byte-stable.
"""
import difflib
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
ISO = "/usr/share/iso-codes/json"
MODULES = os.path.join(HERE, "node_modules")
WORDS = "/usr/share/dict/words"

TYPE_WORDS = ("province", "governorate", "state", "region", "district", "department", "prefecture",
              "oblast", "county", "municipality", "division", "territory", "emirate", "canton",
              "voivodeship", "voivodship", "republic", "krai", "kray", "okrug", "parish", "zone",
              "capital territory", "federal territory", "autonomous region", "autonomous community",
              "administrative region", "special region", "special administrative region", "city",
              "metropolitan city", "federal district", "capital district", "capital city",
              "autonomous province", "autonomous republic", "rayon", "atoll", "island", "islands",
              "area", "regional state", "commune", "land", "wilaya", "muhafazah", "velayat", "sheng", "zizhiqu",
              "uygur zizhiqu", "zhuangzu zizhiqu", "huizu zizhiqu", "shi")
ARTICLES = ("al-", "al ", "ad-", "ad ", "an-", "an ", "ar-", "ar ", "as-", "as ", "ash-", "ash ",
            "at-", "at ", "az-", "az ", "ath-", "adh-", "el-", "el ")


# Subdivisions named after a region that spans several countries ("the Sahel"): the matcher wants their type word.
REGION_WORDS = {"sahel", "maghreb", "levant", "sahara"}


def load(path):
    with open(path, encoding="utf-8") as f:
        return json.load(f)


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c))
    table = {"ʻ": "'", "ʼ": "'", "’": "'", "‘": "'", "`": "'", "ı": "i", "ł": "l", "Ł": "L",
             "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss", "ǝ": "e", "Ə": "E", "ə": "e", "æ": "ae"}
    return "".join(table.get(c, c) for c in s)


def strip_type(name):
    low = name.lower()
    for w in sorted(TYPE_WORDS, key=len, reverse=True):
        if low.endswith(" " + w) and len(name) > len(w) + 2:
            return name[: -len(w) - 1].strip()
        if low.startswith(w + " of ") and len(name) > len(w) + 5:
            return name[len(w) + 4:].strip()
    return name


def variants(name):
    """The name, its ASCII fold, the name without its type word and without a leading Arabic article, and
    "A and B" hyphenated."""
    out = []
    for part in re.split(r"\s*[;\[\]]\s*|\s+/\s+", name):
        part = part.strip()
        if not part or ", " in part or re.fullmatch(r"[A-Z]{2}-[A-Z0-9]+", part):
            continue
        for v in (part, strip_type(part)):
            for w in (v, fold(v)):
                out.append(w)
                low = w.lower()
                for a in ARTICLES:
                    if low.startswith(a) and len(w) > len(a) + 3:
                        out.append(w[len(a):])
                if low.endswith("iya") or low.endswith("iyah"):
                    out.append(re.sub(r"iyah?$", "ia", w))
                if low.count(" and ") == 1:
                    out.append(w.replace(" and ", "-"))  # news writes "Sistan-Baluchestan"
    seen, result = set(), []
    for v in out:
        v = re.sub(r"\s+", " ", v).strip(" -'")
        if len(v) >= 3 and v.lower() not in seen:
            seen.add(v.lower())
            result.append(v)
    return result


def common_words():
    words = set()
    if os.path.exists(WORDS):
        with open(WORDS, encoding="utf-8") as f:
            for line in f:
                w = line.strip()
                if w and w == w.lower() and "'" not in w:
                    words.add(w)
    else:
        sys.exit(f"{WORDS} is missing: apt-get install -y wamerican")
    return words


def read_extras():
    extras = {}
    with open(os.path.join(HERE, "country-extras.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            cols = line.rstrip("\n").split("\t") + ["", "", "", ""]
            extras[cols[0]] = (cols[1], [x for x in cols[2].split("|") if x], [x for x in cols[3].split("|") if x])
    return extras


def build_countries(extras):
    iso = load(os.path.join(ISO, "iso_3166-1.json"))["3166-1"]
    i18n = load(os.path.join(MODULES, "i18n-iso-countries", "langs", "en.json"))["countries"]
    rows = []
    names = {}
    for c in iso:
        code = c["alpha_2"]
        preferred, extra_names, demonyms = extras.get(code, ("", [], []))
        short = c.get("common_name") or c["name"]
        name = preferred or (short if ", " not in short else fold(short.split(", ")[0]))
        english = i18n.get(code, [])
        english = english if isinstance(english, list) else [english]
        aliases = [c["name"], short, c.get("official_name", ""), *english, *extra_names]
        aliases = [a for a in dict.fromkeys(x for v in aliases if v for x in (v, fold(v)))
                   if a != name and ", " not in a and "(" not in a]
        names[code] = name
        rows.append((code, c["alpha_3"], name, "|".join(aliases), "|".join(demonyms)))
    if "XK" in extras and "XK" not in names:
        preferred, extra_names, demonyms = extras["XK"]
        names["XK"] = preferred
        rows.append(("XK", "XKX", preferred, "|".join(extra_names), "|".join(demonyms)))
    rows.sort()
    with open(os.path.join(OUT, "countries.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# Countries: ISO 3166-1 codes and names from Debian iso-codes (LGPL-2.1+), English names from npm\n")
        f.write("# i18n-iso-countries (MIT), demonyms and extra names from tools/country-extras.tsv (CC0-1.0).\n")
        f.write("# Generated by tools/build-gazetteer.py; do not edit by hand.\n")
        f.write("# iso2\tiso3\tname\taliases\tdemonyms\n")
        for r in rows:
            f.write("\t".join(r) + "\n")
    return names


def is_common(name, words):
    """An everyday word or phrase ("Plateau", "Far North"), a two-letter name, or a region spanning countries."""
    return all(t in words for t in re.split(r"[\s'-]+", name.lower()) if t) or len(name) <= 2 or name.lower() in REGION_WORDS


def read_province_extras():
    extras = {}
    with open(os.path.join(HERE, "province-extras.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            code, name, kind, others = line.rstrip("\n").split("\t")
            extras[code] = (name, kind, [x for x in others.split("|") if x])
    return extras


def merge_province_extras(rows, country_names, country_words, words):
    """Adds the names of province-extras.tsv to listed codes as aliases, and its new codes as rows."""
    extras = read_province_extras()
    merged = []
    for code, cc, canonical, kind, aliases, flags in rows:
        if code in extras:
            name, _, others = extras.pop(code)
            known = [a for a in aliases.split("|") if a]
            # The curated name wins: the current spelling ("Kyiv Oblast"), or the typed name of a subdivision named
            # like its country ("State of Mexico").
            if name.lower() != canonical.lower():
                canonical, known = name, [canonical] + [a for a in known if a.lower() != name.lower()]
            # The curated names are taken as written; the derived ones ("South" of "South Governorate") only when no everyday word.
            derived = [n for n in variants(name) if not is_common(n, words)]
            added = [n for n in derived + others if n.lower() != canonical.lower() and n not in known]
            aliases = "|".join(list(dict.fromkeys(known + added)))
        merged.append((code, cc, canonical, kind, aliases, flags))
    for code, (name, kind, others) in extras.items():
        cc = code.split("-")[0]
        if cc not in country_names:
            continue
        aliases = [n for n in dict.fromkeys(variants(name) + others) if n.lower() != name.lower()]
        flags = []
        if all(t in words for t in re.split(r"[\s'-]+", name.lower()) if t):
            flags.append("common-word")
        if name.lower() in country_words:
            flags.append("country-name")
        merged.append((code, cc, name, kind, "|".join(aliases), ",".join(flags)))
    return merged


def name_key(name):
    return re.sub(r"[^a-z]", "", fold(strip_type(name)).lower())


def english_keys(region):
    keys = {name_key(region["name"])}
    wiki = (region.get("reference") or {}).get("wikipedia") or ""
    if wiki.startswith("en:"):
        keys.add(name_key(wiki[3:].replace("_", " ")))
    return keys


def likeness(key, region):
    return max(difflib.SequenceMatcher(None, key, k).ratio() for k in english_keys(region))


def english_entry(code, iso_name, by_code, regions):
    """The iso3166-2-db entry for an iso-codes subdivision. The npm list keeps some superseded codes (Iran's
    provinces were renumbered in 2018), so a code that is missing, or whose English names look nothing like the
    iso-codes name, is paired by name instead: with the one region of the country named alike (nearly alike for
    a renumbered code, whose transliteration may differ). Local names such as "Bayern" differ from their English
    ones too, so a poor likeness alone changes nothing."""
    entry = by_code.get(code)
    key = name_key(iso_name)
    if entry is not None and likeness(key, entry) >= 0.6:
        return entry
    least = 1.0 if entry is None else 0.9
    alike = [r for r in regions if likeness(key, r) >= least]
    return alike[0] if len(alike) == 1 else entry


def build_provinces(country_names, words):
    iso = load(os.path.join(ISO, "iso_3166-2.json"))["3166-2"]
    english = load(os.path.join(MODULES, "iso3166-2-db", "i18n", "en.json"))
    by_code = {}
    for cc, c in english.items():
        for r in c.get("regions", []):
            by_code[f"{cc}-{r['iso']}"] = r
    country_words = {n.lower() for n in country_names.values()}
    rows = []
    for s in iso:
        # First-level units, plus the provinces and governorates of countries whose list has two coded tiers
        # (Philippine regions and their provinces, Iraq's Kurdistan Region and its governorates).
        if "parent" in s and s["type"] not in ("Province", "Governorate", "State"):
            continue
        code = s["code"]
        cc = code.split("-")[0]
        if cc not in country_names:
            continue
        names = variants(s["name"])
        extra = english_entry(code, s["name"], by_code, english.get(cc, {}).get("regions", []))
        if extra:
            english_name = extra["name"]
            names += variants(english_name)
            wiki = (extra.get("reference") or {}).get("wikipedia") or ""
            if wiki.startswith("en:"):
                names += variants(wiki[3:].replace("_", " "))
        names = list(dict.fromkeys(names))
        if not names:
            continue
        names = [n for n in names if "(" not in n]
        if not names:
            continue

        canonical = strip_type(english_name) if extra else strip_type(names[0])
        if is_common(canonical, words) and extra:
            canonical = english_name
        canonical = fold(canonical) if canonical not in names[:1] and fold(canonical) in names else canonical
        aliases = [n for n in names if n.lower() != canonical.lower() and not is_common(n, words)]
        flags = []
        if is_common(canonical, words):
            flags.append("common-word")
        if canonical.lower() in country_words:
            flags.append("country-name")
        rows.append((code, cc, canonical, s["type"], "|".join(aliases), ",".join(flags)))
    rows = merge_province_extras(rows, country_names, country_words, words)
    rows.sort()
    with open(os.path.join(OUT, "provinces.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("# First-level subdivisions (ISO 3166-2 entries without a parent, and second-tier provinces, governorates\n# and states) from Debian iso-codes (LGPL-2.1+),\n")
        f.write("# English names from npm iso3166-2-db (MIT); ASCII folds and variants derived by tools/build-gazetteer.py.\n")
        f.write("# flags: common-word = the name is also an everyday English word (wamerican list), so the matcher\n")
        f.write("# wants a type word (\"X Province\") next to it; country-name = the name is also a country's.\n")
        f.write("# Generated; do not edit by hand.\n")
        f.write("# code\tcountry\tname\ttype\taliases\tflags\n")
        for r in rows:
            f.write("\t".join(r) + "\n")


def main():
    extras = read_extras()
    names = build_countries(extras)
    build_provinces(names, common_words())
    print("wrote countries.tsv and provinces.tsv")


if __name__ == "__main__":
    main()
