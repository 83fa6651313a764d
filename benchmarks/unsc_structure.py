"""Structure of UN Security Council resolutions: what extract gets right at scale.

    .venv/bin/python benchmarks/unsc_structure.py [FOLDER]

Default folder: ../shared/corpus/unsc (902 texts named S_RES_NNNN_YYYY_EN_GOLD.txt).
The file name is the truth for the resolution's number and year; the extractor
never sees it (extract reads the text; the name is only compared afterwards).
Prints, over the files:

- the share whose extracted symbol ("201 (1965)") gives the file's number and year;
- the share with an adoption date (Record.date or Record.dates.start);
- the share with clauses out of order (a preambular clause after an operative
  one, or a problem saying so) and the share with no operative clause;
- the first 20 failures of each kind, by file name, and documents/s.

It only measures: the figures move as the title-block extraction improves.
"""

from __future__ import annotations

import argparse
import re
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from communique.errors import CommuniqueError
from communique.extract import extract
from communique.ingest import read
from communique.models import Record

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unsc"
NAME = re.compile(r"S_RES_(\d+)_(\d{4})", re.IGNORECASE)
SYMBOL = re.compile(r"(\d+)\s*\(\s*(\d{4})\s*\)")
SHOW = 20


@dataclass(frozen=True)
class Outcome:
    """What one file gave, as the checks need it."""

    name: str
    documents: int
    symbol: str | None = None
    date: str | None = None
    kinds: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()
    error: str | None = None


def truth(name: str) -> tuple[int, int] | None:
    m = NAME.search(name)
    return (int(m.group(1)), int(m.group(2))) if m else None


def parsed(symbol: str | None) -> tuple[int, int] | None:
    """Number and year from an extracted symbol such as "201 (1965)"."""
    m = SYMBOL.search(symbol or "")
    return (int(m.group(1)), int(m.group(2))) if m else None


def outcome(path: Path) -> Outcome:
    try:
        records = extract(read(str(path)))
    except CommuniqueError as exc:
        return Outcome(path.name, 0, error=str(exc))
    if not records:
        return Outcome(path.name, 0)
    first: Record = records[0]
    date = first.date or (first.dates.start if first.dates else None)
    return Outcome(
        path.name,
        len(records),
        symbol=first.symbol,
        date=date,
        kinds=tuple(c.kind for c in first.clauses),
        problems=tuple(p.code for p in first.problems),
    )


def symbol_agrees(o: Outcome) -> bool:
    return o.error is None and parsed(o.symbol) == truth(o.name)


def has_date(o: Outcome) -> bool:
    return o.date is not None


def in_order(o: Outcome) -> bool:
    """No preambular clause after an operative one, and no problem about clause order."""
    first_operative = next((i for i, k in enumerate(o.kinds) if k == "operative"), None)
    late = first_operative is not None and "preambular" in o.kinds[first_operative:]
    return not late and not any("order" in p for p in o.problems)


def has_operative(o: Outcome) -> bool:
    return "operative" in o.kinds and "no_operative_clauses" not in o.problems


def one_document(o: Outcome) -> bool:
    return o.error is None and o.documents == 1


CHECKS: tuple[tuple[str, Callable[[Outcome], bool], Callable[[Outcome], str]], ...] = (
    ("symbol gives the file's number and year", symbol_agrees, lambda o: f"symbol {o.symbol!r}"),
    ("adoption date found", has_date, lambda o: "no date"),
    ("clauses in order", in_order, lambda o: "preambular after operative"),
    ("an operative clause", has_operative, lambda o: "no operative clause"),
    ("one document per file", one_document, lambda o: o.error or f"{o.documents} documents"),
)


def run(folder: Path) -> None:
    files = sorted(p for p in folder.glob("*.txt") if p.is_file())
    if not files:
        sys.exit(f"no .txt files under {folder}")
    start = time.perf_counter()
    outcomes = [outcome(p) for p in files]
    seconds = time.perf_counter() - start
    documents = sum(o.documents for o in outcomes)
    n = len(outcomes)
    print(f"unsc structure — {n} files from {folder}")
    for label, check, _ in CHECKS:
        ok = sum(1 for o in outcomes if check(o))
        print(f"  {label:<42}{ok:>5}/{n}  {100 * ok / n:6.1f}%")
    print(f"  {documents} documents in {seconds:.2f} s: {documents / seconds:.0f} documents/s")
    for label, check, why in CHECKS:
        failed = [o for o in outcomes if not check(o)]
        if not failed:
            continue
        print(f"\nnot {label}: {len(failed)} (first {min(SHOW, len(failed))})")
        for o in failed[:SHOW]:
            print(f"  {o.name}: {why(o)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    args = parser.parse_args()
    run(args.folder)


if __name__ == "__main__":
    main()
