#!/usr/bin/env python3
"""Pins the page's inline scripts in its Content-Security-Policy.

Run by Trunk after each build (a post_build hook in Trunk.toml). Trunk injects an inline
module script that starts the wasm, and its text changes with every build (it names the
hashed file names), so the policy cannot list it by hand. This computes the sha256 of every
inline <script> in the staged index.html and writes the hashes where index.html's CSP says
INLINE_SCRIPT_HASHES, so script-src never needs 'unsafe-inline'.

Standard library only. Usage: csp-hash.py [INDEX_HTML]; without an argument it edits
$TRUNK_STAGING_DIR/index.html.
"""

import base64
import hashlib
import os
import re
import sys

PLACEHOLDER = "INLINE_SCRIPT_HASHES"

# An inline script: a <script> start tag without a src attribute, and its text. The HTML
# parser ends a script's text at the first "</script", so the non-greedy match is exact.
SCRIPT = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.IGNORECASE | re.DOTALL)
HAS_SRC = re.compile(r"\bsrc\s*=", re.IGNORECASE)
CSP_META = re.compile(
    r"<meta\b[^>]*http-equiv\s*=\s*[\"']Content-Security-Policy[\"'][^>]*>", re.IGNORECASE
)


def inline_script_hashes(html: str) -> list[str]:
    """The CSP source expression of each distinct inline script, in document order."""
    hashes = []
    for match in SCRIPT.finditer(html):
        attributes, text = match.group(1), match.group(2)
        if HAS_SRC.search(attributes):
            continue
        # Browsers hash the script text exactly as it stands, encoded as UTF-8.
        digest = hashlib.sha256(text.encode("utf-8")).digest()
        source = "'sha256-%s'" % base64.b64encode(digest).decode("ascii")
        if source not in hashes:
            hashes.append(source)
    return hashes


def pin(html: str) -> str:
    metas = CSP_META.findall(html)
    if len(metas) != 1:
        raise SystemExit(f"csp-hash: expected one CSP <meta>, found {len(metas)}")
    meta = metas[0]
    if PLACEHOLDER not in meta:
        raise SystemExit(f"csp-hash: the CSP <meta> has no {PLACEHOLDER} placeholder")
    pinned = meta.replace(PLACEHOLDER, " ".join(inline_script_hashes(html)))
    # Tidy the space the placeholder leaves when there is no inline script at all.
    pinned = re.sub(r" +;", ";", pinned)
    if re.search(r"script-src[^;]*'unsafe-inline'", pinned):
        raise SystemExit("csp-hash: script-src must not allow 'unsafe-inline'")
    return html.replace(meta, pinned)


def main() -> None:
    if len(sys.argv) > 1:
        path = sys.argv[1]
    else:
        staging = os.environ.get("TRUNK_STAGING_DIR")
        if not staging:
            raise SystemExit("csp-hash: give a path or run as a Trunk hook (TRUNK_STAGING_DIR)")
        path = os.path.join(staging, "index.html")
    with open(path, encoding="utf-8") as f:
        html = f.read()
    pinned = pin(html)
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(pinned)
    print(f"csp-hash: pinned {len(inline_script_hashes(html))} inline script(s) in {path}")


if __name__ == "__main__":
    main()
