"""Where extraction spends its time: cProfile over extract() of a folder.

    .venv/bin/python benchmarks/profile_extract.py [FOLDER] [--sort tottime|cumulative] [--top N]

Default folder: ../shared/corpus/unsc. Files are read first (not profiled);
one warm-up pass loads the data files and compiles the patterns; then the plain
CPU time of a second pass is printed, and a third pass runs under the profiler
(profiled times are about twice the plain ones).
"""

from __future__ import annotations

import argparse
import cProfile
import pstats
import time
from pathlib import Path

from communique.extract import extract
from communique.ingest import iter_targets, read

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unsc"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--sort", default="tottime", choices=["tottime", "cumulative"])
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args()
    sources = [read(p) for p in iter_targets([str(args.folder)])]
    for s in sources:  # warm-up: data files and patterns
        extract(s)
    start = time.process_time()
    for s in sources:
        extract(s)
    seconds = time.process_time() - start
    print(f"{len(sources)} files: extract {seconds:.2f} CPU s ({len(sources) / seconds:.0f}/s)")
    profile = cProfile.Profile()
    profile.enable()
    for s in sources:
        extract(s)
    profile.disable()
    pstats.Stats(profile).sort_stats(args.sort).print_stats(args.top)


if __name__ == "__main__":
    main()
