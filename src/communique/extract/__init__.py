"""Extraction: Source → Records, one per document in the file.

    clean (normalise) → split (documents) → segment (clauses) → title block

``extract`` never raises on odd text: what is odd becomes a ``Problem`` on
the record. IDs are deterministic: the file's content hash and the
document's 1-based position in it.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import NamedTuple

from communique.extract import doctype, meta
from communique.extract.actors import find_actors
from communique.extract.asks import family_of, find_asks
from communique.extract.mentions import find_date_mentions, unresolved
from communique.extract.positions import find_positions
from communique.extract.quotes import find_quotes
from communique.extract.references import find_references
from communique.extract.segment import segment
from communique.extract.split import RULE, paragraphs, split
from communique.extract.titleblock import title_block
from communique.models import (
    Actor,
    Ask,
    Clause,
    DateMention,
    Furniture,
    Position,
    Problem,
    Quote,
    Record,
    Reference,
    Source,
    Span,
    Text,
)
from communique.normalise import clean
from communique.normalise.offsets import begin, furniture_at


def record_id(sha256: str, position: int) -> str:
    """Deterministic record id: the first 16 hex digits of the file hash and the position."""
    return f"{sha256[:16]}-{position}"


def _rules(text: Text, source: str, paras: list[tuple[int, int]]) -> list[Furniture]:
    s = text.text
    return [furniture_at(text, source, "rule", a, b) for a, b in paras if RULE.fullmatch(s, a, b)]


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
    kinds_in_order = [c.kind for c in clauses if c.kind in ("preambular", "operative")]
    if "operative" in kinds_in_order:
        first_op = kinds_in_order.index("operative")
        if "preambular" in kinds_in_order[first_op:]:
            out.append(
                Problem(
                    "clauses_out_of_order",
                    "a preambular clause after an operative one",
                    "warning",
                    span,
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


class _Facts(NamedTuple):
    """Who, when, and what was asked in a document, and the problems found on the way."""

    actors: tuple[Actor, ...] = ()
    quotes: tuple[Quote, ...] = ()
    positions: tuple[Position, ...] = ()
    asks: tuple[Ask, ...] = ()
    references: tuple[Reference, ...] = ()
    dates_mentioned: tuple[DateMention, ...] = ()
    problems: tuple[Problem, ...] = ()


def _facts(
    text: Text,
    start: int,
    end: int,
    symbol: str | None,
    date: str | None,
    clauses: tuple[Clause, ...],
) -> _Facts:
    """Actors, quotes, positions, asks, references and dates of the document at
    text.text[start:end] (its ``symbol``, ``date`` and ``clauses`` as read before)."""
    try:
        family = family_of(text.text[start:end], symbol)
        actors = find_actors(text, start, end, family=family)
        persons = tuple(a for a in actors if a.kind == "person")
        mentions = find_date_mentions(text, start, end, document_date=date)
        return _Facts(
            actors=actors,
            quotes=find_quotes(text, start, end, persons),
            positions=find_positions(text, start, end, author=None),
            asks=find_asks(clauses, text, family=family),
            references=find_references(text, start, end, family=family),
            dates_mentioned=mentions,
            problems=unresolved(mentions),  # relative dates with no anchor
        )
    except Exception as err:  # a bug must not stop a batch: record it
        problem = Problem("extract_failed", f"facts: {type(err).__name__}: {err}", "error")
        return _Facts(problems=(problem,))


def document(
    source: Source,
    text: Text,
    position: int,
    start: int,
    end: int,
    paras: list[tuple[int, int]] | None = None,
    furniture: tuple[Furniture, ...] = (),
    problems: tuple[Problem, ...] = (),
) -> Record:
    """The record of the document at text.text[start:end], with its facts (``paras``,
    when given, its paragraphs; ``furniture`` and ``problems`` from the file set on it,
    the problems before its own). The record is made once, with every field: a copy of
    a Record (``dataclasses.replace``) walks all its fields."""
    clauses = segment(text, start, end, paras)
    body = text.text[start:end]
    span = text.span(start, end)
    doc_type = doctype.classify(clauses, body)
    tb = title_block(text, start, end, clauses, doc_type)
    facts = _facts(text, start, end, tb.symbol, tb.date, clauses)
    return Record(
        id=record_id(source.sha256, position),
        origin=source.origin,
        sha256=source.sha256,
        position=position,
        media_type=source.media_type,
        doc_type=doc_type,
        text=body,
        span=span,
        title=tb.title,
        symbol=tb.symbol,
        body=tb.body,
        date=tb.date,
        year=tb.year,
        language=meta.language(body),
        issuer=tb.issuer,
        level=tb.level,
        session=tb.session,
        venue=tb.venue,
        dates=tb.dates,
        chair=tb.chair,
        attendees=tb.attendees,
        document_symbol=tb.document_symbol,
        adoption=tb.adoption,
        evidence=tb.evidence,
        clauses=clauses,
        problems=(
            *problems,
            *_problems(doc_type, clauses, span),
            *tb.problems,
            *facts.problems,
        ),
        furniture=furniture,
        quotes=facts.quotes,
        actors=facts.actors,
        dates_mentioned=facts.dates_mentioned,
        asks=facts.asks,
        references=facts.references,
        positions=facts.positions,
    )


def _failed(
    source: Source,
    text: Text,
    position: int,
    start: int,
    end: int,
    err: Exception,
    furniture: tuple[Furniture, ...],
    problems: tuple[Problem, ...],
) -> Record:
    """A bare record for a document whose extraction hit a bug, with the facts that
    need no clauses nor title block: the batch goes on."""
    span = text.span(start, end)
    problem = Problem("extract_failed", f"{type(err).__name__}: {err}", "error", span)
    facts = _facts(text, start, end, None, None, ())
    return Record(
        id=record_id(source.sha256, position),
        origin=source.origin,
        sha256=source.sha256,
        position=position,
        media_type=source.media_type,
        doc_type="document",
        text=text.text[start:end],
        span=span,
        problems=(*problems, problem, *facts.problems),
        furniture=furniture,
        quotes=facts.quotes,
        actors=facts.actors,
        dates_mentioned=facts.dates_mentioned,
        asks=facts.asks,
        references=facts.references,
        positions=facts.positions,
    )


def _owned(
    furniture: tuple[Furniture, ...], bounds: list[int], position: int
) -> tuple[Furniture, ...]:
    """The furniture that stood in this document's stretch of the source.

    ``bounds`` are source offsets where documents 2, 3, … begin; furniture the
    reader dropped (no offsets) goes with the first document."""
    lo = bounds[position - 2] if position > 1 else None
    hi = bounds[position - 1] if position - 1 < len(bounds) else None
    return tuple(
        f
        for f in furniture
        if (f.src_start < 0 and position == 1)
        or (
            f.src_start >= 0
            and (lo is None or f.src_start >= lo)
            and (hi is None or f.src_start < hi)
        )
    )


def extract(source: Source) -> tuple[Record, ...]:
    """One record per document in the source, in order; never raises on odd text."""
    try:
        text = clean(source)
    except Exception as err:  # a cleaning bug: go on with the raw text, say so
        problem = Problem("clean_failed", f"{type(err).__name__}: {err}", "error")
        text = replace(begin(source.text), furniture=source.furniture, problems=(problem,))
    # the paragraphs read once, for the split, the rules and each document's clauses
    paras = paragraphs(text.text)
    parts = split(text, paras)
    furniture = tuple(
        sorted(text.furniture + tuple(_rules(text, source.text, paras)), key=lambda f: f.src_start)
    )
    bounds = [text.span(a, a).src_start for a, _ in parts[1:]]
    para_starts = [a for a, _ in paras]
    records = []
    for position, (start, end) in enumerate(parts, 1):
        # a document starts and ends on paragraph bounds: its paragraphs are a slice
        mine = paras[bisect_left(para_starts, start) : bisect_left(para_starts, end)]
        owned = _owned(furniture, bounds, position)
        problems = text.problems if position == 1 else ()
        try:
            rec = document(source, text, position, start, end, mine, owned, problems)
        except Exception as err:  # a bug must not stop a batch: record it
            rec = _failed(source, text, position, start, end, err, owned, problems)
        records.append(rec)
    return tuple(records)


__all__ = ["extract", "record_id", "segment", "split"]
