"""Small hand-built records for the link tests (no extraction involved)."""

from __future__ import annotations

from communique.models import Clause, ClauseKind, Record, Span

NOWHERE = Span(0, 0, 0, 0)


def clause(kind: ClauseKind, order: int, text: str, act: str | None = None) -> Clause:
    return Clause(kind, order, text, NOWHERE, number=str(order), act=act)


def record(
    rid: str,
    preamble: list[str] = [],  # noqa: B006 - read only
    operative: list[str | tuple[str, str]] = [],  # noqa: B006 - text, or (text, act)
    *,
    date: str | None = None,
    symbol: str | None = None,
    body: str | None = None,
) -> Record:
    clauses = [clause("preambular", k, t) for k, t in enumerate(preamble, 1)]
    for k, item in enumerate(operative, 1):
        text, act = (item, None) if isinstance(item, str) else item
        clauses.append(clause("operative", k, text, act))
    return Record(
        id=rid,
        origin=f"/invented/{rid}.txt",
        sha256=rid,
        position=1,
        media_type="text/plain",
        doc_type="resolution",
        text="\n".join(c.text for c in clauses),
        span=NOWHERE,
        symbol=symbol,
        body=body,
        date=date,
        year=int(date[:4]) if date else None,
        clauses=tuple(clauses),
    )
