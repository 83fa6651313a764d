"""Asks in UN Security Council resolutions: how many, and whose addressee is unresolved.

    .venv/bin/python benchmarks/unsc_asks.py [FOLDER] [--show N]

Default folder: ../shared/corpus/unsc. Prints how many resolutions hold asks,
how many asks were found, how many have no addressee id (neither the
organisations gazetteer nor the country names resolve them), every
unresolved addressee by frequency (for review: grow
``extract/data/organisations.yaml`` until the list is mostly states as
printed and OCR slips), and the CPU time that family_of + find_asks add on
top of extract.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

from communique.errors import CommuniqueError
from communique.extract import extract
from communique.extract.asks import family_of, find_asks
from communique.ingest import read
from communique.normalise import clean

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unsc"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--show", type=int, default=0, help="list only the N most frequent")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 1
    with_asks = asks = unresolved = 0
    forces: Counter[str] = Counter()
    names: Counter[str] = Counter()
    spent = 0.0
    for path in files:
        try:
            source = read(path)
        except CommuniqueError as err:
            print(f"{path.name}: {err}", file=sys.stderr)
            continue
        text = clean(source)
        found = 0
        for rec in extract(source):
            t0 = time.process_time()
            result = find_asks(rec.clauses, text, family=family_of(rec.text, rec.symbol))
            spent += time.process_time() - t0
            found += len(result)
            for ask in result:
                forces[ask.force] += 1
                if ask.addressee_id is None:
                    unresolved += 1
                    names[ask.addressee] += 1
        asks += found
        with_asks += found > 0
    print(f"resolutions: {len(files)}; with asks: {with_asks} ({with_asks / len(files):.0%})")
    print(f"asks: {asks}; by force: " + ", ".join(f"{f} {n}" for f, n in forces.most_common()))
    share = unresolved / asks if asks else 0.0
    print(f"addressee not resolved: {unresolved} ({share:.0%}); distinct: {len(names)}")
    print(f"find_asks + family_of: {spent:.3f} s CPU ({spent / len(files) * 1000:.2f} ms/file)")
    print("\nunresolved addressees, most frequent first:")
    for name, n in names.most_common(args.show or None):
        print(f"{n:5}  {name}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
