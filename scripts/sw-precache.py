#!/usr/bin/env python3
"""Tells the service worker which files make up this build.

Run by Trunk after each build (a post_build hook in Trunk.toml), after csp-hash.py has
finished index.html. Trunk gives the wasm, JS and CSS hashed names that change with every
build, so the list of files to cache for offline use is written into the staged sw.js, with
a cache version derived from the files' contents: a new build gets a new sw.js, which the
browser installs next to the old one and which then drops the old cache. Debug builds
(`trunk serve`) get a worker that disables itself.

Standard library only. Usage: sw-precache.py [DIST_DIR]; without an argument it edits
$TRUNK_STAGING_DIR/sw.js, with URLs under $TRUNK_PUBLIC_URL.
"""

import hashlib
import json
import os
import re
import sys

WORKER = "sw.js"
VERSION_LINE = re.compile(r"^const VERSION = .*;$", re.MULTILINE)
PRECACHE_LINE = re.compile(r"^const PRECACHE = .*;$", re.MULTILINE)
ENABLED_LINE = re.compile(r"^const ENABLED = .*;$", re.MULTILINE)


def build_files(root: str) -> list[str]:
    """Every file of the build except the worker itself, as sorted '/'-separated paths."""
    files = []
    for directory, _, names in os.walk(root):
        for name in names:
            path = os.path.relpath(os.path.join(directory, name), root).replace(os.sep, "/")
            if path != WORKER:
                files.append(path)
    return sorted(files)


def main() -> None:
    root = sys.argv[1] if len(sys.argv) > 1 else os.environ.get("TRUNK_STAGING_DIR")
    if not root:
        raise SystemExit("sw-precache: give a directory or run as a Trunk hook (TRUNK_STAGING_DIR)")
    public_url = os.environ.get("TRUNK_PUBLIC_URL", "/")
    if not public_url.endswith("/"):
        public_url += "/"

    files = build_files(root)
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.encode("utf-8") + b"\0")
        with open(os.path.join(root, path), "rb") as f:
            digest.update(f.read())
    version = digest.hexdigest()[:16]
    # The page is opened as the directory as well as by its file name.
    urls = [public_url] + [public_url + path for path in files]

    worker = os.path.join(root, WORKER)
    with open(worker, encoding="utf-8") as f:
        source = f.read()
    if not all(line.search(source) for line in (VERSION_LINE, PRECACHE_LINE, ENABLED_LINE)):
        raise SystemExit(f"sw-precache: {worker} lacks a 'const VERSION/PRECACHE/ENABLED = ...;' line")
    # Debug builds (trunk serve) change on every save: caching them would show stale pages.
    enabled = os.environ.get("TRUNK_PROFILE", "release") == "release"
    source = VERSION_LINE.sub(lambda _: f"const VERSION = {json.dumps(version)};", source, count=1)
    source = PRECACHE_LINE.sub(lambda _: f"const PRECACHE = {json.dumps(urls)};", source, count=1)
    source = ENABLED_LINE.sub(lambda _: f"const ENABLED = {json.dumps(enabled)};", source, count=1)
    with open(worker, "w", encoding="utf-8", newline="") as f:
        f.write(source)
    state = "" if enabled else " (disabled: debug build)"
    print(f"sw-precache: {len(urls)} URLs, cache version {version}{state}")


if __name__ == "__main__":
    main()
