"""A record laid out for reading: its title block as label/value pairs, its
clauses in order with sub-items nested, and the extracted actors, dates and
references marked inside the clause text they were found in.

Marks are placed by span: an annotation's [start, end) and a clause's span
are offsets into the same cleaned text, so the difference is the offset in
the clause. Where the clause text does not hold the same characters there
(cleaning joined something), the annotation's words are looked for inside
the clause instead; failing that, they are not marked.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from urllib.parse import quote

from communique.models import Ask, Clause, Record, Span
from communique.web.highlight import Mark, Piece, pieces


@dataclass(frozen=True)
class ClauseView:
    kind: str
    seq: int  # reading order, sub-items counted: the anchor "c{seq}" and search hits' clause_seq
    label: str  # the printed number, else the order
    act: str | None
    text: tuple[Piece, ...]
    asks: tuple[str, ...]  # "urge → the Secretary-General: to report …"
    items: tuple[ClauseView, ...]


@dataclass(frozen=True)
class Section:
    key: str  # "title", "subject", "preambular", "operative", "paragraph", "closing"
    heading: str
    clauses: tuple[ClauseView, ...]


HEADINGS = {
    "title": "Title",
    "subject": "Subject",
    "preambular": "Preambular clauses",
    "operative": "Operative clauses",
    "paragraph": "Paragraphs",
    "closing": "Closing",
}


def _span_text(record: Record, span: Span) -> str:
    base = record.span.start
    return record.text[span.start - base : span.end - base]


def _marks(record: Record) -> list[tuple[Span, str, str | None, str | None]]:
    out: list[tuple[Span, str, str | None, str | None]] = []
    for a in record.actors:
        href = f"/actor/{quote(a.id, safe='')}" if a.id else None
        out.append((a.span, "actor", href, f"{a.kind}" + (f" · {a.id}" if a.id else "")))
    for r in record.references:
        note = " · ".join(x for x in (r.kind, r.symbol, r.date) if x)
        out.append((r.span, "reference", None, note or None))
    for d in record.dates_mentioned:
        note = d.start + (f" – {d.end}" if d.end else "")
        out.append((d.span, "date", None, note))
    return out


def _place(
    clause: Clause, record: Record, marks: list[tuple[Span, str, str | None, str | None]]
) -> list[Mark]:
    placed: list[Mark] = []
    text = clause.text
    for span, kind, href, note in marks:
        if not (clause.span.start <= span.start and span.end <= clause.span.end):
            continue
        words = _span_text(record, span)
        if not words:
            continue
        local = span.start - clause.span.start
        if text[local : local + len(words)] != words:
            local = text.find(words)
            if local < 0:
                continue
        placed.append(Mark(local, local + len(words), kind, href, note))
    return placed


def _owns(clause: Clause, pos: int) -> bool:
    """Whether ``pos`` falls in this clause and in none of its sub-items."""
    inside = clause.span.start <= pos < clause.span.end
    return inside and not any(i.span.start <= pos < i.span.end for i in clause.items)


def _ask_line(ask: Ask) -> str:
    due = f" (due: {ask.due})" if ask.due else ""
    return f"{ask.force} → {ask.addressee}: {ask.action}{due}"


def _views(
    clauses: tuple[Clause, ...],
    record: Record,
    marks: list[tuple[Span, str, str | None, str | None]],
    counter: Iterator[int],
) -> tuple[ClauseView, ...]:
    out = []
    for c in clauses:
        seq = next(counter)  # pre-order, as search.entries.flatten numbers them
        asks = tuple(_ask_line(a) for a in record.asks if _owns(c, a.span.start))
        text = tuple(pieces(c.text, _place(c, record, marks)))
        items = _views(c.items, record, marks, counter)
        out.append(ClauseView(c.kind, seq, c.number or str(c.order), c.act, text, asks, items))
    return tuple(out)


def sections(record: Record) -> tuple[Section, ...]:
    """The clauses grouped by kind, in order of first appearance."""
    marks = _marks(record)
    views = _views(record.clauses, record, marks, iter(range(1 << 30)))
    grouped: dict[str, list[ClauseView]] = {}
    for v in views:
        grouped.setdefault(v.kind, []).append(v)
    return tuple(Section(k, HEADINGS.get(k, k.title()), tuple(vs)) for k, vs in grouped.items())


def title_block(record: Record) -> list[tuple[str, str]]:
    """The title block as (label, value) pairs, for the values that are known."""
    rows: list[tuple[str, str | None]] = [
        ("Symbol", record.symbol),
        ("Also numbered", record.document_symbol),
        ("Type", record.doc_type.replace("_", " ")),
        ("Body", record.body),
        ("Issued by", record.issuer),
        ("Level", record.level),
    ]
    if record.session:
        s = record.session
        rows.append(("Session", " · ".join(x for x in (str(s.number or "") or None, s.name) if x)))
    if record.venue:
        rows.append(("Venue", ", ".join(x for x in (record.venue.city, record.venue.country) if x)))
    d = record.dates
    if d is not None and d.start:
        rows.append(("Dates", d.start + (f" – {d.end}" if d.end else "")))
        rows.append(("Hijri dates", d.hijri))
    else:
        rows.append(("Date", record.date))
    rows.append(("Chair", record.chair))
    if record.attendees:
        rows.append(("Attendees", ", ".join(record.attendees)))
    if record.adoption:
        a = record.adoption
        votes = [f"meeting {a.meeting}" if a.meeting else None]
        if a.unanimous:
            votes.append("unanimously")
        elif a.votes_for is not None:
            votes.append(
                f"{a.votes_for} for, {a.against or 0} against, {a.abstaining or 0} abstaining"
            )
        rows.append(("Adopted", "; ".join(v for v in votes if v)))
    rows.append(("Language", record.language))
    return [(k, v) for k, v in rows if v]


__all__ = ["HEADINGS", "ClauseView", "Section", "sections", "title_block"]
