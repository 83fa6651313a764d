"""Ingest throughput: read → extract → store, one process, over a folder of files.

    .venv/bin/python benchmarks/ingest_throughput.py [FOLDER]

Default folder: ../shared/corpus/unsc (902 UN Security Council resolutions).
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
import resource
import sys
import tempfile
import time
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


def run(folder: Path) -> None:
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
    print(f"ingest throughput — {len(files)} files from {folder} ({mb:.1f} MB), one process")
    print(f"  {'stage':<14}{'CPU s':>9}{'docs/s':>10}{'MB/s':>8}")
    for stage, secs in (*timings.items(), ("total", total)):
        rates = f"{docs / secs:>10.0f}{mb / secs:>8.2f}" if secs > 0 else ""
        print(f"  {stage:<14}{secs:>9.2f}{rates}")
    print(f"  wall clock {wall:.2f} s ({docs / wall:.0f} docs/s)")
    print(f"  documents {docs}, clauses {clauses}")
    print(
        "  resident memory (anonymous + file-backed): "
        + ", ".join(f"{n} files {a:.0f} + {f:.0f} MiB" for n, (a, f) in marks)
    )
    print(f"  peak resident memory {peak:.0f} MiB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    run(args.folder)


if __name__ == "__main__":
    main()
