"""What the search index holds of a record: one entry per searchable clause.

Clauses are numbered in reading order with sub-items after their parent
(``seq``); the store numbers its clause rows the same way, so a hit's
``clause_seq`` finds the clause row.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import NamedTuple

from communique.models import Clause, Record
from communique.vocab import SEARCHABLE_KINDS


class Entry(NamedTuple):  # one per clause stored: a tuple is cheaper to make than a dataclass
    record_id: str
    sha256: str  # of the file the record came from: entries are deleted by it
    doc_type: str
    year: int | None
    title: str | None
    symbol: str | None
    kind: str
    number: str | None
    order: int
    seq: int
    text: str


def flatten(clauses: Sequence[Clause]) -> Iterator[tuple[int, int | None, Clause]]:
    """(seq, parent seq, clause) for every clause and sub-item, in reading order."""
    seq = 0
    stack: list[tuple[int | None, Iterator[Clause]]] = [(None, iter(clauses))]
    while stack:
        parent, remaining = stack[-1]
        clause = next(remaining, None)
        if clause is None:
            stack.pop()
            continue
        yield seq, parent, clause
        if clause.items:
            stack.append((seq, iter(clause.items)))
        seq += 1


def entries(record: Record) -> Iterator[Entry]:
    """The index entries of one record: its searchable clauses with text."""
    for seq, _, clause in flatten(record.clauses):
        if clause.kind in SEARCHABLE_KINDS and clause.text.strip():
            yield Entry(
                record_id=record.id,
                sha256=record.sha256,
                doc_type=record.doc_type,
                year=record.year,
                title=record.title,
                symbol=record.symbol,
                kind=clause.kind,
                number=clause.number,
                order=clause.order,
                seq=seq,
                text=clause.text,
            )


__all__ = ["Entry", "entries", "flatten"]
