#!/usr/bin/env python3
"""Writes tests/fixtures/pysbd/cases.json: pySBD's per-language sentence boundary test cases
for the languages the parser supports, read by tests/pysbd_rules.rs.

Usage:
    git clone https://github.com/nipunsadvilkar/pySBD /tmp/pysbd
    python3 scripts/gen-pysbd-cases.py /tmp/pysbd > tests/fixtures/pysbd/cases.json

The argument is a checkout of pySBD (MIT licence, see tests/fixtures/pysbd/LICENSE). The
test modules are read with `ast`, never imported, so pytest and pySBD need not be installed.
Standard library only; the output depends on nothing but the checkout and this script.

What goes in: every module-level list named *_TEST_CASES (or *_CASE) in the modules of
LANGUAGES, as (text, expected sentences) pairs, in file order; `pytest.param(text, expected,
...)` entries count like plain tuples (pySBD marks a case xfail where it fails itself, which
says nothing about this splitter). Lists whose name holds CLEAN or PDF are left out: they run
pySBD's text cleaner first (joining hard-wrapped lines, dropping page furniture), so their
expected output is the cleaner's, not a splitter's.

Exclusions are not made here: tests/fixtures/pysbd/exclusions.json lists them, each with its
reason, so that regenerating the cases never drops one silently.
"""

import ast
import json
import pathlib
import subprocess
import sys

# pySBD test module -> the parser's language code.
LANGUAGES = {
    "test_english.py": "en",
    "test_chinese.py": "zh",
    "test_japanese.py": "ja",
    "test_russian.py": "ru",
    "test_deutsch.py": "de",
    "test_french.py": "fr",
    "test_spanish.py": "es",
    "test_italian.py": "it",
    "test_arabic.py": "ar",
    "test_persian.py": "fa",
    "test_hindi.py": "hi",
    "test_marathi.py": "mr",
    "test_urdu.py": "ur",
    "test_greek.py": "el",
}


def case_of(node):
    """(text, expected) from a tuple or a pytest.param call, or None."""
    if isinstance(node, ast.Call):
        args = node.args
    elif isinstance(node, ast.Tuple):
        args = node.elts
    else:
        return None
    if len(args) < 2:
        return None
    text, expected = ast.literal_eval(args[0]), ast.literal_eval(args[1])
    if not isinstance(text, str) or not isinstance(expected, list):
        return None
    return text, expected


def cases(path):
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for stmt in tree.body:
        if not isinstance(stmt, ast.Assign) or len(stmt.targets) != 1:
            continue
        target = stmt.targets[0]
        if not isinstance(target, ast.Name) or not isinstance(stmt.value, ast.List):
            continue
        name = target.id
        if not (name.endswith("_TEST_CASES") or name.endswith("_CASE")):
            continue
        if "CLEAN" in name or "PDF" in name:
            continue
        for index, node in enumerate(stmt.value.elts):
            case = case_of(node)
            if case is None:
                raise SystemExit(f"{path.name}: {name}[{index}] is not a (text, expected) pair")
            yield name, index, case


def main():
    root = pathlib.Path(sys.argv[1])
    commit = subprocess.run(
        ["git", "-C", str(root), "rev-parse", "HEAD"], capture_output=True, text=True, check=True
    ).stdout.strip()
    out = []
    for module, lang in LANGUAGES.items():
        for name, index, (text, expected) in cases(root / "tests" / "lang" / module):
            out.append(
                {
                    "id": f"{module[:-3]}::{name}[{index}]",
                    "lang": lang,
                    "golden": name.startswith("GOLDEN_"),
                    "text": text,
                    "expected": expected,
                }
            )
    doc = {"source": "https://github.com/nipunsadvilkar/pySBD", "commit": commit, "cases": out}
    json.dump(doc, sys.stdout, ensure_ascii=False, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
