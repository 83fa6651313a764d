"""References in UN Security Council resolutions: how many, of which kind, and
how many cite a resolution held in the corpus.

    .venv/bin/python benchmarks/unsc_references.py [FOLDER] [--show N]

Default folder: ../shared/corpus/unsc. Prints references by kind; the
resolutions cited as "NNN (YYYY)" and how many of those have their file
``S_RES_NNNN_YYYY_EN_GOLD.txt`` in the folder (the targets a link step must
resolve, at least 95% of them); the references that look unparsed (a
resolution symbol that is not "NNN (YYYY)", a document reference with neither
symbol nor date) for review; and the CPU time find_references adds on top of
extract.
"""

from __future__ import annotations

import argparse
import re
import time
from collections import Counter
from pathlib import Path

from communique.extract import extract
from communique.extract.asks import family_of
from communique.extract.references import find_references
from communique.ingest import read
from communique.models import Reference
from communique.normalise import clean

DEFAULT = Path(__file__).resolve().parents[1].parent / "shared" / "corpus" / "unsc"
_SC = re.compile(r"(\d{1,4}) \((\d{4})\)")


def _odd(r: Reference) -> bool:
    if r.kind != "document":
        return False
    if r.symbol is None:
        return r.date is None
    return (
        bool(re.match(r"\d", r.symbol))
        and r.body == "un.security_council"
        and not _SC.fullmatch(r.symbol)
    )


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("folder", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--show", type=int, default=40)
    args = ap.parse_args()
    files = sorted(args.folder.glob("*.txt"))
    held = {p.name for p in files}
    kinds: Counter[str] = Counter()
    cited = in_corpus = 0
    missing: Counter[str] = Counter()
    odd: Counter[str] = Counter()
    spent = 0.0
    for path in files:
        src = read(path)
        text = clean(src)
        for rec in extract(src):
            t0 = time.process_time()
            refs = find_references(
                text, rec.span.start, rec.span.end, family=family_of(rec.text, rec.symbol)
            )
            spent += time.process_time() - t0
            for r in refs:
                kinds[r.kind] += 1
                if _odd(r):
                    odd[f"{r.kind}: {r.text!r}"] += 1
                m = _SC.fullmatch(r.symbol or "") if r.body == "un.security_council" else None
                if m:
                    cited += 1
                    name = f"S_RES_{int(m.group(1)):04d}_{m.group(2)}_EN_GOLD.txt"
                    if name in held:
                        in_corpus += 1
                    else:
                        missing[r.symbol or ""] += 1
    print(f"{len(files)} files; references by kind: {dict(kinds.most_common())}")
    share = in_corpus / cited if cited else 0.0
    print(
        f"resolutions cited as NNN (YYYY): {cited}; "
        f"target file in the corpus: {in_corpus} ({share:.1%})"
    )
    print(f"cited resolutions not in the corpus (top): {missing.most_common(10)}")
    print(
        f"find_references CPU time: {spent:.3f} s "
        f"({1000 * spent / max(1, len(files)):.2f} ms a file)"
    )
    print(f"\nunparsed-looking references ({sum(odd.values())}), most frequent first:")
    for k, n in odd.most_common(args.show):
        print(f"  {n:4d}  {k}")


if __name__ == "__main__":
    main()
