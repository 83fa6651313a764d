"""Ingest throughput: read → extract → store, one process, over a folder of files.

    .venv/bin/python benchmarks/ingest_throughput.py [FOLDER] [--runs N]

Default folder: ../shared/corpus/unsc (902 UN Security Council resolutions).
Each run is a fresh process pinned to one CPU core (its threads too), so it
pays the one-time start-up costs (patterns compiled, word lists loaded) as a
real ``communique ingest`` does. Other work on the machine only ever adds time,
so the fastest of the runs (default 3) is the figure, as ``timeit`` reports
its best; every run's total and the median are printed beside it.

Prints documents/s and MB/s for the whole pipeline and for each stage, and the
resident memory before the first file and at each quarter of the run. Anonymous
memory rises over the first files as the word lists and gazetteers load and the
tantivy writer's arena fills (it is bounded by the writer's heap budget and
reused after each commit); over five copies of this corpus it stays flat after
about 1,200 files. File-backed memory is the index's mapped segment files.

Figures are CPU seconds, so other work on the machine skews them less than
wall-clock time would; the wall clock is printed beside. Each stage is the CPU
time of the main thread in it (``time.thread_time``); tantivy indexes in
threads of its own, whose CPU time is the "index threads" line, whenever it
was spent. The total is the CPU time of the whole process
(``time.process_time``): every thread, every stage.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from communique.extract import extract
from communique.ingest import iter_targets, read
from communique.store import open_store

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unsc"


def rss_mib() -> tuple[float, float]:
    """Current resident memory, anonymous (the heap: Python objects, the tantivy
    writer's arena) and file-backed (the search index's mapped segment files,
    which grow with the index and the kernel may drop), from /proc."""
    try:
        status = Path("/proc/self/status").read_text()
    except OSError:
        return float("nan"), float("nan")
    fields = dict(line.split(":", 1) for line in status.splitlines() if ":" in line)
    anon, mapped = (int(fields[k].split()[0]) / 1024 for k in ("RssAnon", "RssFile"))
    return anon, mapped


@dataclass(frozen=True)
class Run:
    folder: str
    files: int
    megabytes: float
    documents: int
    clauses: int
    timings: dict[str, float]  # CPU s by stage
    total: float  # CPU s of the process
    wall: float
    marks: list[tuple[int, tuple[float, float]]]  # (files done, (anonymous, file-backed MiB))
    peak: float  # MiB


def pin_to_one_core() -> None:
    """Run this process, and the threads it starts, on one CPU core."""
    if hasattr(os, "sched_setaffinity"):
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})


def run(folder: Path) -> Run:
    files = list(iter_targets([str(folder)]))
    if not files:
        sys.exit(f"no files under {folder}")
    timings = {"read": 0.0, "extract": 0.0, "store": 0.0, "index threads": 0.0}
    docs = clauses = nbytes = 0
    marks: list[tuple[int, tuple[float, float]]] = [(0, rss_mib())]
    quarter = max(1, len(files) // 4)
    clock = time.thread_time
    with tempfile.TemporaryDirectory() as tmp, open_store(Path(tmp) / "bench.db") as store:
        start, wall = time.process_time(), time.perf_counter()
        for i, path in enumerate(files, 1):
            t0 = clock()
            source = read(path)
            t1 = clock()
            records = extract(source)
            t2 = clock()
            store.put_file(source.origin, source.sha256, records)
            t3 = clock()
            timings["read"] += t1 - t0
            timings["extract"] += t2 - t1
            timings["store"] += t3 - t2
            docs += len(records)
            clauses += sum(len(r.clauses) for r in records)
            nbytes += source.size
            if i % quarter == 0 or i == len(files):
                marks.append((i, rss_mib()))
        t0 = clock()
        store.flush()
        timings["store"] += clock() - t0
        total, wall = time.process_time() - start, time.perf_counter() - wall
        timings["index threads"] = total - sum(timings.values())
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    mb = nbytes / 1024**2
    return Run(str(folder), len(files), mb, docs, clauses, timings, total, wall, marks, peak)


def report(best: Run, runs: list[Run]) -> None:
    docs, mb = best.documents, best.megabytes
    print(
        f"ingest throughput — {best.files} files from {best.folder} ({mb:.1f} MB),"
        f" one process on one core; the fastest of {len(runs)} runs"
    )
    print(f"  Python {platform.python_version()} at {sys.executable}")
    print(f"  {'stage':<14}{'CPU s':>9}{'docs/s':>10}{'MB/s':>8}")
    for stage, secs in (*best.timings.items(), ("total", best.total)):
        rates = f"{docs / secs:>10.0f}{mb / secs:>8.2f}" if secs > 0 else ""
        print(f"  {stage:<14}{secs:>9.2f}{rates}")
    print(f"  wall clock {best.wall:.2f} s ({docs / best.wall:.0f} docs/s)")
    totals = sorted(r.total for r in runs)
    print(
        f"  every run, total CPU s: {', '.join(f'{t:.2f}' for t in totals)}"
        f" (median {docs / statistics.median(totals):.0f} docs/s)"
    )
    print(f"  documents {docs}, clauses {best.clauses}")
    print(
        "  resident memory (anonymous + file-backed): "
        + ", ".join(f"{n} files {a:.0f} + {f:.0f} MiB" for n, (a, f) in best.marks)
    )
    print(f"  peak resident memory {best.peak:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=3, help="fresh processes; the fastest counts")
    parser.add_argument("--child", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:  # one run, its figures as JSON for the parent
        pin_to_one_core()
        print(json.dumps(asdict(run(args.folder))))
        return
    runs = []
    for _ in range(max(1, args.runs)):
        command = [sys.executable, __file__, str(args.folder), "--child"]
        out = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        runs.append(Run(**json.loads(out)))
    report(min(runs, key=lambda r: r.total), runs)


if __name__ == "__main__":
    main()
