#!/usr/bin/env python3
"""Writes src/readout/lang/countries/table.rs: country and organisation names in the parser's
16 languages, from CLDR, each mapped to one English name.

Usage:
    mkdir -p /tmp/cldr && cd /tmp/cldr && npm pack cldr-localenames-modern@45.0.0 \
        && tar xzf cldr-localenames-modern-45.0.0.tgz
    python3 scripts/gen-country-names.py /tmp/cldr/package

The argument is the unpacked npm package (the directory holding package.json, LICENSE and
main/<locale>/territories.json). Standard library only; the output depends on nothing but the
package and this script, so running it twice writes the same file.

What goes in:
  * every two-letter territory of each locale's territories.json, with its "-alt-short" and
    "-alt-variant" forms, except the codes in SKIP (numeric regions such as "001" and "150" are
    never read);
  * a name "X (Y)" also as "X" alone ("Myanmar (Burma)" -> "Myanmar"; also with the
    full-width "（" of Chinese and Japanese);
  * the few widely used forms CLDR lacks, in EXTRA.

How names are stored (the Rust side folds its input the same way, see `fold` in
src/readout/lang/countries.rs): lower-cased, "ё" as "е", "’" as "'", without the combining dot
above that lower-casing "İ" leaves. Abbreviations (a name with capitals and no lower-case
letter: "US", "EE. UU.", "США") are stored as written, so that "us" or "ru" never match.

A name that two territories share after folding ("Congo" for both Congos, "Georgia" in a
language where it also names the US state's country of origin...) names neither: it is left out
and reported on stderr.
"""

import json
import os
import sys

LOCALES = "en zh ja ko ru uk de fr es it pt tr ar fa ur hi".split()

# Territory codes that are not countries or organisations a readout names as a party: CLDR's
# unknown and outlying regions, pseudo-locales, the eurozone, Antarctica, and islands CLDR lists
# apart from the country they belong to.
SKIP = {"ZZ", "QO", "XA", "XB", "EZ", "AQ", "AC", "CP", "DG", "EA", "IC", "TA"}

# The English name each territory maps to is CLDR's English name, except these: the answer keys
# and the hand-written list in src/readout/lexicon.rs use the older or shorter names.
ENGLISH_OVERRIDES = {
    "CZ": "Czech Republic",  # CLDR: Czechia
    "TR": "Turkey",  # CLDR: Türkiye
    "MM": "Myanmar",  # CLDR: Myanmar (Burma)
    "PS": "Palestine",  # CLDR: Palestinian Territories
    "HK": "Hong Kong",  # CLDR: Hong Kong SAR China
    "MO": "Macao",  # CLDR: Macao SAR China
    "CG": "Republic of the Congo",  # CLDR: Congo - Brazzaville
    "CD": "Democratic Republic of the Congo",  # CLDR: Congo - Kinshasa
}

# Widely used forms CLDR lacks, per language: abbreviations, the full official names readouts
# open with ("United States of America" and its translations), and the Chinese "X方" ("the X side") that stands for country X. Kept to forms any
# readout writer uses, whatever the readout is about.
EXTRA = {
    "en": {
        "US": ["U.S.", "USA", "U.S.A.", "United States of America"],
        "GB": ["U.K.", "Britain", "Great Britain"],
        "CN": ["PRC", "People's Republic of China"],
        "KR": ["ROK", "Republic of Korea"],
        "KP": ["DPRK", "Democratic People's Republic of Korea"],
        "AE": ["UAE"],
        "MM": ["Burma"],
        "RU": ["Russian Federation"],
        "EU": ["EU", "E.U."],
    },
    "zh": {
        "CN": ["中方", "中华人民共和国"],
        "US": ["美方"],
        "RU": ["俄方"],
        "FR": ["法方"],
        "JP": ["日方"],
        "KR": ["韩方"],
        "GB": ["英方"],
        "DE": ["德方"],
    },
    "ja": {
        "US": ["米国", "米"],
        "CN": ["中国"],
        "GB": ["英国"],
        "KR": ["韓国"],
        "RU": ["露"],
    },
    "ko": {
        "US": ["미국"],
        "CN": ["중국"],
        "KR": ["한국"],
    },
    "ru": {
        "RU": ["РФ", "Российская Федерация"],
        "CN": ["КНР"],
        "DE": ["ФРГ"],
        "US": ["США", "Соединённые Штаты Америки"],
    },
    "uk": {
        "RU": ["РФ"],
        "US": ["США", "Сполучені Штати Америки"],
        "CN": ["КНР"],
    },
    "de": {"US": ["Vereinigte Staaten von Amerika"]},
    "fr": {"US": ["États-Unis d'Amérique"]},
    "es": {"US": ["Estados Unidos de América"]},
    "it": {"US": ["Stati Uniti d'America"]},
    "pt": {"US": ["Estados Unidos da América"]},
}

# CJK, kana and Hangul: the scripts written without spaces between words, whose names the Rust
# side finds at the start or end of a run of text.
def unspaced(ch):
    c = ord(ch)
    return (
        0x1100 <= c <= 0x11FF
        or 0x2E80 <= c <= 0x9FFF
        or 0xAC00 <= c <= 0xD7AF
        or 0xF900 <= c <= 0xFAFF
        or 0xFF66 <= c <= 0xFF9F
        or c >= 0x20000
    )


def is_abbreviation(name):
    return any(c.isupper() for c in name) and not any(c.islower() for c in name)


def fold(name):
    if is_abbreviation(name):
        return name
    return name.lower().replace("ё", "е").replace("’", "'").replace("\u0307", "")


def territories(package, locale):
    path = os.path.join(package, "main", locale, "territories.json")
    with open(path, encoding="utf-8") as f:
        data = json.load(f)
    return data["main"][locale]["localeDisplayNames"]["territories"]


def code_of(key):
    code = key.split("-alt-")[0]
    if len(code) != 2 or not code.isalpha() or code in SKIP:
        return None
    alt = key[len(code):]
    if alt not in ("", "-alt-short", "-alt-variant"):
        return None
    return code


def rust_str(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main():
    package = sys.argv[1]
    with open(os.path.join(package, "package.json"), encoding="utf-8") as f:
        meta = json.load(f)
    version = meta["version"]

    english = {}
    for key, name in territories(package, "en").items():
        code = code_of(key)
        if code and key == code:
            english[code] = ENGLISH_OVERRIDES.get(code, name.replace(" & ", " and "))

    # folded name -> set of codes; per locale, the number of names it adds
    names = {}
    per_locale = {}
    for locale in LOCALES:
        forms = []
        for key, name in territories(package, locale).items():
            code = code_of(key)
            if code and code in english:
                forms.append((code, name))
                for paren in (" (", "（"):
                    if paren in name:
                        forms.append((code, name.split(paren)[0]))
        for code, extra in EXTRA.get(locale, {}).items():
            forms.extend((code, name) for name in extra)
        seen = set()
        for code, name in forms:
            key = fold(name.strip())
            names.setdefault(key, set()).add(code)
            seen.add(key)
        per_locale[locale] = len(seen)

    ambiguous = sorted(k for k, codes in names.items() if len(codes) > 1)
    for k in ambiguous:
        print(f"ambiguous, left out: {k} {sorted(names[k])}", file=sys.stderr)
    rows = sorted(
        ((k, next(iter(codes))) for k, codes in names.items() if len(codes) == 1),
        key=lambda r: r[0].encode("utf-8"),
    )

    used = sorted({english[code] for _, code in rows})
    index = {name: i for i, name in enumerate(used)}
    max_words = max(len(k.split(" ")) for k, _ in rows)
    max_bytes = max(len(k.encode("utf-8")) for k, _ in rows)
    max_unspaced = max(len(k) for k, _ in rows if all(unspaced(c) for c in k))

    out = []
    out.append("// @generated by scripts/gen-country-names.py from the npm package")
    out.append(f"// cldr-localenames-modern {version} (CLDR {version.split('.')[0]}):")
    out.append(f"//     python3 scripts/gen-country-names.py <unpacked cldr-localenames-modern-{version}>")
    out.append("// Do not edit by hand: change the script and run it again.")
    out.append("//")
    out.append("// Data from the Unicode Common Locale Data Repository, Copyright © 2004-2024")
    out.append("// Unicode, Inc., under the Unicode License v3 (SPDX: Unicode-3.0); the full notice,")
    out.append("// copied from the package's LICENSE file, is in src/readout/lang/COUNTRIES-LICENSE.")
    out.append("")
    out.append("/// The English names the table maps to, sorted.")
    out.append("pub(super) static ENGLISH: &[&str] = &[")
    for name in used:
        out.append(f"    {rust_str(name)},")
    out.append("];")
    out.append("")
    out.append("/// The most space-separated words in a name.")
    out.append(f"pub(super) const MAX_WORDS: usize = {max_words};")
    out.append("")
    out.append("/// The most bytes in a name.")
    out.append(f"pub(super) const MAX_BYTES: usize = {max_bytes};")
    out.append("")
    out.append("/// The most characters in a name written in Han, kana or Hangul alone.")
    out.append(f"pub(super) const MAX_UNSPACED_CHARS: usize = {max_unspaced};")
    out.append("")
    keys = "".join(k for k, _ in rows)
    ends = []
    end = 0
    for k, _ in rows:
        end += len(k.encode("utf-8"))
        ends.append(end)
    assert end <= 0xFFFF and len(used) <= 0xFF
    out.append("/// Every name, folded (see `fold`), sorted by bytes and written one after another: name")
    out.append("/// `i` ends at byte `ENDS[i]` and starts where name `i - 1` ends.")
    out.append("/// Names per language, before merging:")
    counts = [f"{l} {per_locale[l]}" for l in LOCALES]
    for i in range(0, len(counts), 8):
        out.append("/// " + ", ".join(counts[i : i + 8]) + ("," if i + 8 < len(counts) else ";"))
    out.append(f"/// {len(rows)} distinct names in all, {len(keys.encode('utf-8'))} bytes.")
    out.append("#[rustfmt::skip]")
    out.append("pub(super) static NAMES: &str = concat!(")
    for key, code in rows:
        out.append(f"    {rust_str(key)}, // {english[code]}")
    out.append(");")
    out.append("")
    out.append("/// Where each name of `NAMES` ends.")
    out.append("#[rustfmt::skip]")
    out.append("pub(super) static ENDS: &[u16] = &[")
    for i in range(0, len(ends), 12):
        out.append("    " + " ".join(f"{e}," for e in ends[i : i + 12]))
    out.append("];")
    out.append("")
    out.append("/// The index into `ENGLISH` of each name of `NAMES`.")
    out.append("#[rustfmt::skip]")
    out.append("pub(super) static COUNTRY: &[u8] = &[")
    idx = [index[english[code]] for _, code in rows]
    for i in range(0, len(idx), 20):
        out.append("    " + " ".join(f"{e}," for e in idx[i : i + 20]))
    out.append("];")
    out.append("")

    target = os.path.join(
        os.path.dirname(os.path.abspath(__file__)), "..", "src", "readout", "lang", "countries", "table.rs"
    )
    os.makedirs(os.path.dirname(target), exist_ok=True)
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(out))
    license_target = os.path.join(os.path.dirname(target), "..", "COUNTRIES-LICENSE")
    with open(os.path.join(package, "LICENSE"), encoding="utf-8") as f:
        license_text = f.read()
    with open(license_target, "w", encoding="utf-8", newline="\n") as f:
        f.write(
            f"The tables in src/readout/lang/countries/table.rs are generated from the npm package\n"
            f"cldr-localenames-modern {version}, Unicode CLDR data, under this licence (the\n"
            f"package's LICENSE file, copied unchanged below).\n\n"
        )
        f.write(license_text)
    print(f"{len(rows)} rows, {len(used)} English names, {len(ambiguous)} ambiguous left out", file=sys.stderr)


if __name__ == "__main__":
    main()
