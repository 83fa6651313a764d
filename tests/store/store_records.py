"""Records built by hand for the store tests (no extractor involved)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from communique.models import Clause, Furniture, Problem, Record, Span

MakeRecord = Callable[..., Record]


def sha(char: str) -> str:
    return char * 64


def clause(kind: str, text: str, order: int = 1, number: str | None = None, **kw: Any) -> Clause:
    return Clause(kind, order, text, Span(0, len(text), 0, len(text)), number, **kw)  # type: ignore[arg-type]


def record(
    content: str = sha("a"),
    position: int = 1,
    *,
    origin: str = "/docs/a.txt",
    doc_type: str = "resolution",
    year: int | None = 2001,
    title: str | None = "Resolution on the matter",
    clauses: tuple[Clause, ...] | None = None,
    problems: tuple[Problem, ...] = (),
) -> Record:
    if clauses is None:
        clauses = (
            clause("title", title or "Untitled"),
            clause("preambular", "Recalling its earlier resolutions,"),
            clause("operative", "Decides to remain seized of the matter.", number="1"),
        )
    text = "\n".join(c.text for c in clauses)
    return Record(
        id=f"{content[:16]}-{position}",
        origin=origin,
        sha256=content,
        position=position,
        media_type="text/plain",
        doc_type=doc_type,
        text=text,
        span=Span(0, len(text), 0, len(text)),
        title=title,
        symbol=f"S/RES/{position}",
        date=f"{year}-05-01" if year else None,
        year=year,
        clauses=clauses,
        problems=problems,
        furniture=(Furniture("page_number", "3", 10, 11),),
    )
