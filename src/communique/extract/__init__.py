"""Extraction: Source → Records, one per document in the file.

    clean (normalise) → split (documents) → segment (clauses) → basic metadata

``extract`` never raises on odd text: what is odd becomes a ``Problem`` on
the record. IDs are deterministic: the file's content hash and the
document's 1-based position in it.
"""

from __future__ import annotations

from communique.extract import doctype, meta
from communique.extract.segment import segment
from communique.extract.split import RULE, paragraphs, split
from communique.models import Clause, Furniture, Problem, Record, Source, Span, Text
from communique.normalise import clean
from communique.normalise.offsets import furniture_at


def record_id(sha256: str, position: int) -> str:
    """Deterministic record id: the first 16 hex digits of the file hash and the position."""
    return f"{sha256[:16]}-{position}"


def _rules(text: Text, source: str) -> list[Furniture]:
    s = text.text
    return [
        furniture_at(text, source, "rule", a, b) for a, b in paragraphs(s) if RULE.fullmatch(s[a:b])
    ]


def _problems(doc_type: str, clauses: tuple[Clause, ...], span: Span) -> list[Problem]:
    kinds = {c.kind for c in clauses}
    out = []
    if not clauses:
        out.append(Problem("empty_document", "no text left after cleaning", "warning", span))
    elif doc_type == "resolution" and "operative" not in kinds:
        out.append(
            Problem(
                "no_operative_clauses", "a resolution without operative clauses", "warning", span
            )
        )
    for c in clauses:
        if c.kind in ("preambular", "operative") and c.act is None:
            out.append(
                Problem(
                    "unknown_act",
                    f"{c.kind} clause {c.number or c.order} opens with no known verb: "
                    f"{c.text[:40]!r}",
                    "info",
                    c.span,
                )
            )
    return out


def document(source: Source, text: Text, position: int, start: int, end: int) -> Record:
    """The record of the document at text.text[start:end]."""
    clauses = segment(text, start, end)
    body = text.text[start:end]
    span = text.span(start, end)
    titles = [c.text for c in clauses if c.kind == "title"]
    doc_type = doctype.classify(clauses, body)
    sym = meta.symbol(titles)
    found = meta.date(clauses)
    iso, year = found if found else (None, meta.year_of(sym))
    return Record(
        id=record_id(source.sha256, position),
        origin=source.origin,
        sha256=source.sha256,
        position=position,
        media_type=source.media_type,
        doc_type=doc_type,
        text=body,
        span=span,
        title=meta.title(titles, sym),
        symbol=sym,
        date=iso,
        year=year,
        language=meta.language(body),
        clauses=clauses,
        problems=tuple(_problems(doc_type, clauses, span)),
    )


def extract(source: Source) -> tuple[Record, ...]:
    """One record per document in the source, in order; never raises on odd text."""
    text = clean(source)
    parts = split(text)
    furniture = tuple(text.furniture) + tuple(_rules(text, source.text))
    records = []
    for position, (start, end) in enumerate(parts, 1):
        rec = document(source, text, position, start, end)
        lo = rec.span.src_start if position > 1 else -1
        hi = parts[position][0] if position < len(parts) else None
        hi_src = text.span(hi, hi).src_start if hi is not None else None
        mine = tuple(
            f
            for f in furniture
            if (f.src_start == -1 and position == 1)
            or (f.src_start >= lo and (hi_src is None or f.src_start < hi_src))
        )
        problems = text.problems if position == 1 else ()
        records.append(
            Record(
                **{
                    **{k: getattr(rec, k) for k in rec.__dataclass_fields__},
                    "furniture": mine,
                    "problems": problems + rec.problems,
                }
            )
        )
    return tuple(records)


__all__ = ["extract", "record_id", "segment", "split"]
