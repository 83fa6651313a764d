"""Reference resolution over the UN Security Council corpus: the rate and the failures.

What is counted: every place where a resolution's text reads "resolution NNN
(YYYY)" (or "resolutions NNN (YYYY)", the first of a list) naming another
resolution whose file (``S_RES_NNNN_YYYY_…``) is in the folder. Each pair of
citing resolution and cited resolution counts once. It is *resolved* when
``resolve_references`` links the citing record to the record(s) of the cited
file. The truth comes from the file names, not from the extractor, so a
symbol the title block misreads or a reference the extractor misses is a
failure too. Target: at least 95%.

    python benchmarks/resolve_unsc.py
    python benchmarks/resolve_unsc.py --corpus ../shared/corpus/unsc --limit 300 --show 50
"""

from __future__ import annotations

import argparse
import re
import time
from dataclasses import dataclass
from pathlib import Path

from communique import extract, read
from communique.link.resolve import resolve_references
from communique.models import Record

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "unsc"
FILE = re.compile(r"S_RES_(\d{4})_(\d{4})_")
FORM = re.compile(r"\bresolutions?\s+(\d{1,4})\s*\((\d{4})\)", re.IGNORECASE)


@dataclass(frozen=True)
class Rate:
    resolved: int
    in_corpus: int
    references: int  # links computed, all kinds
    open: int  # of those, open specs
    seconds: float  # extraction and resolution together
    failures: list[str]

    @property
    def rate(self) -> float:
        return self.resolved / self.in_corpus if self.in_corpus else 0.0


def load(folder: Path, limit: int | None = None) -> tuple[list[Record], dict[str, set[str]]]:
    """The records of every file, and the ids of each file's records by "NNN(YYYY)"."""
    records: list[Record] = []
    by_symbol: dict[str, set[str]] = {}
    for path in sorted(folder.glob("S_RES_*.txt"))[:limit]:
        found = extract(read(str(path)))
        records += found
        if m := FILE.match(path.name):
            by_symbol[f"{int(m.group(1))}({m.group(2)})"] = {r.id for r in found}
    return records, by_symbol


def measure(folder: Path = CORPUS, limit: int | None = None) -> Rate:
    t0 = time.perf_counter()
    records, by_symbol = load(folder, limit)
    links = resolve_references(records)
    seconds = time.perf_counter() - t0
    linked: dict[str, set[str]] = {}
    for link in links:
        linked.setdefault(link.source, set()).update(link.targets)
    resolved = in_corpus = 0
    failures: list[str] = []
    for r in records:
        seen: set[str] = set()
        for m in FORM.finditer(r.text):
            key = f"{int(m.group(1))}({m.group(2)})"
            targets = by_symbol.get(key, set())
            if not targets or r.id in targets or key in seen:
                continue
            seen.add(key)
            in_corpus += 1
            if targets & linked.get(r.id, set()):
                resolved += 1
            else:
                failures.append(_failure(r, key, m, targets))
    opened = sum(1 for x in links if x.status == "open")
    return Rate(resolved, in_corpus, len(links), opened, seconds, failures)


def _failure(r: Record, key: str, m: re.Match[str], targets: set[str]) -> str:
    at = r.span.start + m.start()
    near = [x for x in r.references if x.span.start <= at + 40 and x.span.end >= at]
    what = f"extracted as {near[0].symbol or near[0].text!r}" if near else "no reference extracted"
    context = " ".join(r.text[max(0, m.start() - 30) : m.end() + 10].split())
    return f"{r.symbol or r.id} → {key} ({', '.join(sorted(targets))}): {what} — …{context}…"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--limit", type=int, default=None, help="Only the first N files.")
    parser.add_argument("--show", type=int, default=30, help="Failures to list (default 30).")
    args = parser.parse_args()
    rate = measure(args.corpus, args.limit)
    print(f"references computed: {rate.references} ({rate.open} open specs)")
    print(
        f'"resolution NNN (YYYY)" with the target in the corpus: {rate.in_corpus};'
        f" resolved {rate.resolved} = {rate.rate:.1%} (target ≥ 95%)"
    )
    print(f"extract + resolve: {rate.seconds:.1f} s")
    if rate.failures:
        print(f"\nfailures ({len(rate.failures)}, first {min(args.show, len(rate.failures))}):")
        for line in rate.failures[: args.show]:
            print(f"  {line}")


if __name__ == "__main__":
    main()
