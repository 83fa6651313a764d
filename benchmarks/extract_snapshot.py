"""A fingerprint of what extraction makes of each file, to show that a change
meant to leave the output alone (a speed-up, a refactoring) did.

    .venv/bin/python benchmarks/extract_snapshot.py BEFORE.json            # on main
    .venv/bin/python benchmarks/extract_snapshot.py AFTER.json --against BEFORE.json

Default folders: the shared corpus's unsc/ and seeds/, and examples/. Each
file's records are written as JSON (keys sorted) and hashed; a record's origin
is made relative to the repository's parent folder first, so two checkouts of
the same code (git worktrees) give the same fingerprints. With ``--against``
the files whose output differs are listed and the exit status is 1.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import sys
from dataclasses import replace
from pathlib import Path

from communique.errors import CommuniqueError
from communique.extract import extract
from communique.ingest import iter_targets, read
from communique.models import to_json

ROOT = Path(__file__).resolve().parents[1]
FOLDERS = [ROOT.parent / "shared" / "corpus" / "unsc", ROOT.parent / "shared" / "corpus" / "seeds"]
FOLDERS.append(ROOT / "examples")


def fingerprints(folders: list[Path]) -> dict[str, str]:
    out = {}
    for folder in folders:
        for path in iter_targets([str(folder)]):
            key = Path(path).resolve().relative_to(folder.parent.resolve()).as_posix()
            try:
                records = [replace(r, origin=key) for r in extract(read(path))]
            except CommuniqueError as exc:
                out[key] = f"error: {exc}"
                continue
            dump = json.dumps([to_json(r) for r in records], sort_keys=True, ensure_ascii=False)
            out[key] = hashlib.sha256(dump.encode()).hexdigest()
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path, help="where to write the fingerprints (JSON)")
    parser.add_argument("--against", type=Path, help="fingerprints to compare with")
    parser.add_argument("folders", nargs="*", type=Path, default=FOLDERS)
    args = parser.parse_args()
    now = fingerprints(args.folders)
    args.out.write_text(json.dumps(now, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(now)} files fingerprinted → {args.out}")
    if args.against is None:
        return
    before = json.loads(args.against.read_text(encoding="utf-8"))
    changed = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    for key in changed:
        print(f"  differs: {key}")
    print(f"{len(changed)} of {len(before.keys() | now.keys())} files differ")
    sys.exit(1 if changed else 0)


if __name__ == "__main__":
    main()
