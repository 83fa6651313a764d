"""Lineage over the UN Security Council corpus: how long, how many clauses
have an ancestor, and the Cyprus renewals as a chain.

Extraction is timed apart; the figure that matters is ``lineage`` itself
(target: well under 60 s on one core for ~900 resolutions).

    python benchmarks/lineage_unsc.py
    python benchmarks/lineage_unsc.py --corpus ../shared/corpus/unsc --limit 300
"""

from __future__ import annotations

import argparse
import re
import time
from pathlib import Path

from communique import extract, read
from communique.link import Ancestry, lineage
from communique.models import Record

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unsc"
# "in" allows for OCR slips such as "stationing m Cyprus" (593)
CYPRUS = re.compile(r"^Extends\b.*\bstationing \w{1,2} Cyprus", re.IGNORECASE)


def load(folder: Path, limit: int | None) -> list[Record]:
    records: list[Record] = []
    for path in sorted(folder.glob("S_RES_*.txt"))[:limit]:
        records += extract(read(str(path)))
    return records


def number(symbol: str | None) -> str:
    m = re.match(r"\s*(\d+)", symbol or "")
    return m.group(1) if m else "?"


def cyprus_chain(found: tuple[Ancestry, ...]) -> list[Ancestry]:
    """The operative clauses that extend the stationing of the force in Cyprus."""
    return [a for a in found if a.kind == "operative" and CYPRUS.search(a.text)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N files.")
    args = parser.parse_args()

    t0 = time.perf_counter()
    records = load(args.corpus, args.limit)
    t1 = time.perf_counter()
    found = lineage(records)
    t2 = time.perf_counter()

    with_ancestor = sum(1 for a in found if a.ancestor_record)
    print(f"records          {len(records)}")
    print(f"clauses          {len(found)}")
    print(f"extract          {t1 - t0:.1f} s (not part of lineage)")
    print(f"lineage          {t2 - t1:.2f} s")
    print(f"with an ancestor {with_ancestor} ({with_ancestor / max(len(found), 1):.0%})")
    print()
    print("Cyprus: 'Extends the stationing in Cyprus …' clause ← its ancestor")
    for a in cyprus_chain(found):
        parent = (
            f"{number(a.ancestor_symbol)} {a.ancestor_clause}  similarity {a.similarity:.3f}"
            if a.ancestor_record
            else "—"
        )
        print(f"  {number(a.symbol):>4} {a.clause:<4} ← {parent}")


if __name__ == "__main__":
    main()
