"""What a search returns."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Hit:
    """One matching clause, with the document it belongs to."""

    record_id: str
    doc_type: str
    year: int | None
    title: str | None
    symbol: str | None
    clause_kind: str
    clause_number: str | None
    clause_order: int
    clause_seq: int  # position of the clause in the document, sub-items counted (0-based)
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]  # [start, end) offsets into ``snippet``


@dataclass(frozen=True)
class SearchResult:
    """The best hits, best first; ``total`` is the number of matching clauses
    when it is known without scoring every match, else None."""

    query: str
    hits: list[Hit]
    total: int | None


__all__ = ["Hit", "SearchResult"]
