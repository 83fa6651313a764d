"""Lineage: for each clause, its closest ancestor in earlier documents of the
same body or series, found by text reuse.

The rule:

- **Time**: records are ordered by date (or year), then by the number in their
  symbol; a clause's ancestors are clauses of records strictly before it.
  Records with neither date nor year take no part (no ancestor, no heirs).
- **Series**: a record's series is its ``body`` when known, else its
  ``doc_type`` and symbol family (the symbol with its numbers blanked:
  ``201 (1965)`` → ``# (#)``, ``2/34-P`` → ``#/#-P``). Clauses are only
  linked within a series.
- **Candidates**: each clause's word 3-grams (lower case, punctuation and
  footnote markers left out) go into an inverted index of its series. A
  posting list keeps the latest ``RECENT`` clauses only, so a shingle that
  every document repeats costs no more than a rare one, and the recent past —
  where the closest ancestor lies — is always seen. Of the clauses sharing at
  least ``POOL`` × the most shingles any clause shares, the ``CANDIDATES``
  sharing most and the ``CANDIDATES`` latest are the candidates; nothing is
  compared with everything.
- **Ancestor**: the exact word similarity (``difflib`` ratio over words) is
  computed for the candidates only. Among those at least ``ANCESTOR_MIN``
  similar and within ``MARGIN`` of the best, the latest wins: near-verbatim
  renewals make the previous renewal the ancestor, not an older text that
  happens to share a date.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, replace
from difflib import SequenceMatcher
from itertools import chain

from communique.link.compare import COMPARED, PREFIX, Force, force_change
from communique.link.words import word_diff, word_keys
from communique.models import Clause, ClauseKind, Record

RECENT = 48
CANDIDATES = 4
POOL = 0.6
ANCESTOR_MIN = 0.5
MARGIN = 0.1
SHINGLE = 3


@dataclass(frozen=True)
class Ancestry:
    """One clause and its closest ancestor (all ``ancestor_*`` None when none)."""

    record: str  # record id
    symbol: str | None
    date: str | None  # the record's date, else its year
    clause: str  # "O5", "P2", "O3.a"
    kind: ClauseKind
    text: str
    ancestor_record: str | None = None
    ancestor_symbol: str | None = None
    ancestor_date: str | None = None
    ancestor_clause: str | None = None
    similarity: float = 0.0  # word-level, 0..1
    removed: tuple[str, ...] = ()  # runs of words the ancestor had and this clause lacks
    added: tuple[str, ...] = ()  # runs of words new in this clause
    force: Force | None = None  # "hardened" / "softened" against the ancestor


@dataclass(frozen=True)
class _Unit:
    record: int  # index into the ordered records
    name: str
    clause: Clause
    keys: tuple[str, ...]
    shingles: frozenset[int]


def lineage(records: Sequence[Record]) -> tuple[Ancestry, ...]:
    """Every compared clause of every record with its closest ancestor, in
    time order (the order the records are sorted into)."""
    ordered = sorted((r for r in records if _when(r)), key=_order)
    undated = [r for r in records if not _when(r)]
    index: dict[tuple[str, ...], dict[int, list[int]]] = defaultdict(lambda: defaultdict(list))
    units: list[_Unit] = []
    out: list[Ancestry] = []
    for ri, record in enumerate(ordered):
        postings = index[series(record)]
        mine = [_unit(ri, name, clause) for name, clause in clause_names(record)]
        for unit in mine:
            best = _ancestor(unit, postings, units)
            out.append(_ancestry(record, unit, best, ordered))
        for unit in mine:
            uid = len(units)
            units.append(unit)
            for s in unit.shingles:
                lst = postings[s]
                lst.append(uid)
                if len(lst) > 2 * RECENT:
                    del lst[:-RECENT]
    for record in undated:
        out += [_ancestry(record, _unit(-1, n, c), None, ordered) for n, c in clause_names(record)]
    return tuple(out)


def clause_names(record: Record) -> Iterator[tuple[str, Clause]]:
    """The compared clauses of a record and their names, sub-items after their clause."""
    for kind in COMPARED:
        for k, clause in enumerate(record.of_kind(kind), 1):
            name = f"{PREFIX[kind]}{k}"
            yield name, clause
            for m, item in enumerate(clause.items, 1):
                yield f"{name}.{(item.number or str(m)).strip('().')}", item


def series(record: Record) -> tuple[str, ...]:
    if record.body:
        return ("body", record.body)
    return ("type", record.doc_type, re.sub(r"\d+", "#", record.symbol or ""))


def _when(record: Record) -> str:
    return record.date or (str(record.year) if record.year else "")


def _order(record: Record) -> tuple[str, int, str, int]:
    m = re.search(r"\d+", record.symbol or "")
    return _when(record), int(m.group()) if m else 0, record.origin, record.position


def _unit(ri: int, name: str, clause: Clause) -> _Unit:
    keys = word_keys(clause.text)
    if len(keys) < SHINGLE:
        grams = {hash(keys)} if keys else set()
    else:
        grams = {hash(keys[i : i + SHINGLE]) for i in range(len(keys) - SHINGLE + 1)}
    return _Unit(ri, name, clause, keys, frozenset(grams))


def _ancestor(unit: _Unit, postings: dict[int, list[int]], units: list[_Unit]) -> _Unit | None:
    if not unit.shingles:
        return None
    lists = (postings[s][-RECENT:] for s in unit.shingles if s in postings)
    shared = Counter(chain.from_iterable(lists))
    if not shared:
        return None
    floor = POOL * max(shared.values())
    pool = [uid for uid, n in shared.items() if n >= floor]
    by_count = sorted(pool, key=lambda u: (-shared[u], -u))[:CANDIDATES]
    latest = sorted(pool, reverse=True)[:CANDIDATES]
    scored: list[tuple[float, int]] = []
    for uid in dict.fromkeys(by_count + latest):
        other = units[uid]
        if 2 * shared[uid] / (len(unit.shingles) + len(other.shingles)) < ANCESTOR_MIN / 2:
            continue
        ratio = SequenceMatcher(None, other.keys, unit.keys, False).ratio()
        if ratio >= ANCESTOR_MIN:
            scored.append((ratio, uid))
    if not scored:
        return None
    top = max(r for r, _ in scored)
    _, uid = max((units[u].record, r, u) for r, u in scored if r >= top - MARGIN)[1:]
    return units[uid]


def _ancestry(
    record: Record, unit: _Unit, ancestor: _Unit | None, ordered: list[Record]
) -> Ancestry:
    base = Ancestry(
        record.id,
        record.symbol,
        _when(record) or None,
        unit.name,
        unit.clause.kind,
        unit.clause.text,
    )
    if ancestor is None:
        return base
    older = ordered[ancestor.record]
    diff = word_diff(ancestor.clause.text, unit.clause.text)
    return replace(
        base,
        ancestor_record=older.id,
        ancestor_symbol=older.symbol,
        ancestor_date=_when(older) or None,
        ancestor_clause=ancestor.name,
        similarity=diff.similarity,
        removed=diff.removed,
        added=diff.added,
        force=force_change(ancestor.clause.act, unit.clause.act),
    )


__all__ = ["ANCESTOR_MIN", "Ancestry", "clause_names", "lineage", "series"]
