#!/usr/bin/env python3
"""Throughput of `readout parse --jsonl` and `readout convert --to parquet` on generated corpora.

Usage: scripts/bench-corpus.py READOUT [SIZES...]   (run by `make bench-corpus`)

Builds corpora of SIZES readouts (1,000 and 10,000 by default) from the keyed corpus and the
seeds (tests/corpus/*.txt, seeds/*.txt): readout k is source k mod N with a last line that
makes its text, and so its document id, unique. Each is parsed on one core
(RAYON_NUM_THREADS=1) and on all, and the JSONL converted to Parquet; the best of three runs
is reported as files per second and MB per second of input, with the peak resident memory of
the process (from /usr/bin/time -v where there is one, else from wait4's rusage, the same
figure). Standard library only.
"""

import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUNS = 3


def sources():
    files = sorted((ROOT / "tests" / "corpus").glob("*.txt")) + sorted((ROOT / "seeds").glob("*.txt"))
    return [f.read_bytes() for f in files]


def generate(directory, count, texts):
    """Writes `count` readouts into directory/NNNNN.txt (a tenth per subdirectory, to walk)."""
    if directory.exists() and len(list(directory.rglob("*.txt"))) == count:
        return
    shutil.rmtree(directory, ignore_errors=True)
    for k in range(count):
        sub = directory / f"{k // 1000:02d}"
        sub.mkdir(parents=True, exist_ok=True)
        text = texts[k % len(texts)].rstrip(b"\n") + f"\n\nReference {k:05d}.\n".encode()
        (sub / f"{k:05d}.txt").write_bytes(text)


def run(argv, env, stdout):
    """Runs argv once: (seconds, peak resident kB, exit status)."""
    timed = ["/usr/bin/time", "-v"] if os.path.exists("/usr/bin/time") else []
    start = time.perf_counter()
    if timed:
        done = subprocess.run(timed + argv, env=env, stdout=stdout, stderr=subprocess.PIPE)
        seconds = time.perf_counter() - start
        match = re.search(rb"Maximum resident set size \(kbytes\): (\d+)", done.stderr)
        return seconds, int(match.group(1)) if match else -1, done.returncode
    pid = os.fork()
    if pid == 0:
        os.dup2(stdout.fileno(), 1)
        os.execvpe(argv[0], argv, env)
    _, status, usage = os.wait4(pid, 0)
    return time.perf_counter() - start, usage.ru_maxrss, os.waitstatus_to_exitcode(status)


def best(argv, threads, out_path=None):
    env = dict(os.environ, SOURCE_DATE_EPOCH="1764283260")
    if threads:
        env["RAYON_NUM_THREADS"] = threads
    else:
        env.pop("RAYON_NUM_THREADS", None)
    times, peaks = [], []
    for _ in range(RUNS):
        with open(out_path or os.devnull, "wb") as out:
            seconds, peak, status = run(argv, env, out)
        if status != 0:
            sys.exit(f"{' '.join(argv)} exited {status}")
        times.append(seconds)
        peaks.append(peak)
    return min(times), max(peaks)


def main():
    if len(sys.argv) < 2:
        sys.exit(__doc__)
    readout = str(Path(sys.argv[1]).resolve())
    sizes = [int(s) for s in sys.argv[2:]] or [1000, 10000]
    texts = sources()
    work = Path(os.environ.get("BENCH_DIR", Path(tempfile.gettempdir()) / "readout-bench-corpus"))
    cores = os.cpu_count()
    print(f"{len(texts)} source readouts, {cores} cores, best of {RUNS} runs\n")
    header = f"{'readouts':>9} {'MB in':>7} {'step':<24} {'threads':>7} {'seconds':>8} {'files/s':>8} {'MB/s':>6} {'peak MB':>8}"
    print(header)
    print("-" * len(header))
    results = {}
    for count in sizes:
        corpus = work / f"corpus-{count}"
        generate(corpus, count, texts)
        mb = sum(f.stat().st_size for f in corpus.rglob("*.txt")) / 1e6
        jsonl = work / f"corpus-{count}.jsonl"
        for label, threads in (("1", "1"), (f"all ({cores})", None)):
            seconds, peak = best([readout, "parse", "--jsonl", str(corpus)], threads, jsonl)
            results[(count, "parse", label)] = (seconds, peak)
            print(f"{count:>9,} {mb:>7.1f} {'parse --jsonl':<24} {label:>7} {seconds:>8.2f} "
                  f"{count / seconds:>8.0f} {mb / seconds:>6.2f} {peak / 1024:>8.1f}")
        out_mb = jsonl.stat().st_size / 1e6
        tables = work / f"tables-{count}"
        seconds, peak = best([readout, "convert", "--to", "parquet", str(jsonl), "-o", str(tables)], None)
        parquet_mb = sum(f.stat().st_size for f in tables.glob("*.parquet")) / 1e6
        results[(count, "convert", "")] = (seconds, peak)
        print(f"{count:>9,} {out_mb:>7.1f} {'convert --to parquet':<24} {'1':>7} {seconds:>8.2f} "
              f"{count / seconds:>8.0f} {out_mb / seconds:>6.2f} {peak / 1024:>8.1f}"
              f"   ({out_mb:.1f} MB JSONL -> {parquet_mb:.1f} MB Parquet)")
    if len(sizes) >= 2:
        small, large = sizes[0], sizes[-1]
        print(f"\nGrowth from {small:,} to {large:,} readouts ({large / small:.0f}x the files):")
        for step, label in (("parse", "1"), ("parse", f"all ({cores})"), ("convert", "")):
            (t0, m0), (t1, m1) = results[(small, step, label)], results[(large, step, label)]
            name = f"{step} {label}".strip()
            print(f"  {name:<20} time x{t1 / t0:.2f}, peak memory x{m1 / m0:.2f}")


if __name__ == "__main__":
    main()
