"""States, places and asks in UN Security Council resolutions.

    .venv/bin/python benchmarks/unsc_states.py [FOLDER] [--top N] [--show N] [--no-asks]

Default folder: ../shared/corpus/unsc. Prints how many resolutions name at least one
state, the N states named in most resolutions (default 20) with how often a state was
named only through an adjective ("the Portuguese Government"), the places named most
often, and the dates mentioned; then the asks report of ``benchmarks/unsc_asks.py``
(how many asks, how many with no resolved addressee, and every unresolved addressee
for review), run on the same folder.
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

import unsc_asks

from communique.errors import CommuniqueError
from communique.extract import extract
from communique.extract.places import country_code
from communique.ingest import read


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", nargs="?", type=Path, default=unsc_asks.DEFAULT)
    parser.add_argument("--top", type=int, default=20, help="states and places to list")
    parser.add_argument("--show", type=int, default=0, help="unresolved addressees to list")
    parser.add_argument("--no-asks", action="store_true", help="skip the asks report")
    args = parser.parse_args(argv)
    files = sorted(args.folder.glob("*.txt"))
    if not files:
        print(f"no .txt files in {args.folder}", file=sys.stderr)
        return 1
    naming = 0
    states: Counter[str] = Counter()  # resolutions naming each state
    by_adjective: Counter[str] = Counter()  # resolutions naming it only through an adjective
    places: Counter[str] = Counter()
    mentions = days = relative = 0
    for path in files:
        try:
            records = extract(read(path))
        except CommuniqueError as err:
            print(f"{path.name}: {err}", file=sys.stderr)
            continue
        named: dict[str, bool] = {}  # state → named by a name (not only an adjective)
        for rec in records:
            for actor in rec.actors:
                if actor.kind == "state" and actor.id:
                    by_name = country_code(actor.name) is not None
                    named[actor.id] = named.get(actor.id, False) or by_name
                elif actor.kind == "place" and actor.id:
                    places[actor.id] += 1
            mentions += len(rec.dates_mentioned)
            days += sum(1 for m in rec.dates_mentioned if m.precision == "day")
            relative += sum(1 for m in rec.dates_mentioned if m.relative)
        naming += bool(named)
        states.update(named)
        by_adjective.update(code for code, by_name in named.items() if not by_name)
    print(f"resolutions: {len(files)}; naming a state: {naming} ({naming / len(files):.0%})")
    print(f"distinct states: {len(states)}; state–resolution pairs: {sum(states.values())}")
    print("\nstates named in most resolutions (of which only through an adjective):")
    for code, n in states.most_common(args.top):
        print(f"{n:5}  {code}" + (f"  ({by_adjective[code]})" if by_adjective[code] else ""))
    print(f"\nplaces (gazetteer name: mentions), top {args.top}:")
    print(", ".join(f"{name}: {n}" for name, n in places.most_common(args.top)))
    print(f"\ndate mentions: {mentions} ({days} days, {relative} relative)")
    if args.no_asks:
        return 0
    print("\nasks (benchmarks/unsc_asks.py):")
    return unsc_asks.main([str(args.folder)] + (["--show", str(args.show)] if args.show else []))


if __name__ == "__main__":
    raise SystemExit(main())
