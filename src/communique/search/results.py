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


@dataclass(frozen=True)
class Match:
    """One matching clause, without a snippet: what facets and pages are
    computed from before snippets are made for the few hits shown."""

    record_id: str
    clause_seq: int
    score: float
    text: str  # the clause text as indexed


@dataclass(frozen=True)
class Matches:
    """Every match up to a cap, best first; ``complete`` is False when the
    cap cut the list. ``phrases`` are the analysed query phrases, for
    ``snippets.make_snippet``."""

    query: str
    phrases: tuple[tuple[str, ...], ...]
    matches: list[Match]
    complete: bool


__all__ = ["Hit", "Match", "Matches", "SearchResult"]
