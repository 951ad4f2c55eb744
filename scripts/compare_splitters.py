#!/usr/bin/env python3
"""Throughput of pySBD next to `readout split` on the same ~1 MB of readouts.

The text is the seeds concatenated with blank lines and repeated to at least 1 MB, as in
benches/parse.rs. pySBD is superlinear on long inputs, so it is given one seed at a time
(its best case); `readout split` gets the whole text on stdin, process start included.

Usage: pip install pysbd && cargo build --release --bin readout &&
       python3 scripts/compare_splitters.py [path/to/readout]
"""

import json
import pathlib
import subprocess
import sys
import time

ROOT = pathlib.Path(__file__).resolve().parent.parent
SIZE = 1 << 20


def seeds():
    return [p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))]


def corpus(texts):
    one = "\n\n".join(texts)
    out = []
    total = 0
    while total < SIZE:
        out.append(one)
        total += len((one + "\n\n").encode("utf-8"))
    return "\n\n".join(out) + "\n\n"


def main():
    texts = seeds()
    text = corpus(texts)
    size_mb = len(text.encode("utf-8")) / 1e6
    print(f"text: {size_mb:.2f} MB")

    binary = sys.argv[1] if len(sys.argv) > 1 else str(ROOT / "target/release/readout")
    if pathlib.Path(binary).exists():
        best = None
        for _ in range(5):
            t0 = time.perf_counter()
            out = subprocess.run([binary, "split"], input=text.encode("utf-8"), capture_output=True, check=True)
            dt = time.perf_counter() - t0
            best = dt if best is None else min(best, dt)
        n = len(json.loads(out.stdout))
        print(f"readout split: {size_mb / best:8.1f} MB/s ({n} sentences, process start included)")
    else:
        print(f"readout split: skipped, no binary at {binary}")

    try:
        import pysbd
    except ImportError:
        print("pysbd: not installed (pip install pysbd)")
        return
    seg = pysbd.Segmenter(language="en", clean=False)
    repeats = max(1, round(SIZE / sum(len(t.encode("utf-8")) for t in texts)))
    t0 = time.perf_counter()
    n = 0
    for _ in range(repeats):
        for t in texts:
            n += len(seg.segment(t))
    dt = time.perf_counter() - t0
    done_mb = repeats * sum(len(t.encode("utf-8")) for t in texts) / 1e6
    print(f"pysbd (per seed): {done_mb / dt:8.3f} MB/s ({n} sentences)")

    # Growth: pySBD on one long input of increasing size.
    for kb in (16, 64, 256):
        chunk = text.encode("utf-8")[: kb * 1024].decode("utf-8", "ignore")
        t0 = time.perf_counter()
        seg.segment(chunk)
        dt = time.perf_counter() - t0
        print(f"pysbd (one {kb} KB input): {len(chunk.encode('utf-8')) / 1e6 / dt:8.3f} MB/s")


if __name__ == "__main__":
    main()
