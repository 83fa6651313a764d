"""Records as table rows, and back.

A record is stored twice over: as columns a query can filter on (documents,
clauses, problems) and as its full JSON, which is what reads return, so a
record comes back exactly as it was put.
"""

from __future__ import annotations

import json
from typing import Any

import orjson

from communique.models import Record, from_json
from communique.search.entries import flatten

DOCUMENT_COLUMNS = (
    "id, sha256, origin, position, media_type, doc_type, title, symbol, body, date, year, "
    "language, n_clauses, json"
)
SUMMARY_COLUMNS = "id, doc_type, title, symbol, date, year, origin, position, n_clauses"

Row = tuple[Any, ...]


def record_json(record: Record) -> str:
    """``json.dumps(models.to_json(record), ensure_ascii=False, separators=(",", ":"))``,
    byte for byte: orjson writes dataclasses (fields in order) and tuples itself,
    about ten times faster than the standard encoder walking them in Python."""
    return orjson.dumps(record).decode()  # raises a TypeError on a value it cannot write


def record_from_json(text: str) -> Record:
    return from_json(Record, json.loads(text))


def document_row(record: Record, as_json: str) -> Row:
    return (
        record.id,
        record.sha256,
        record.origin,
        record.position,
        record.media_type,
        record.doc_type,
        record.title,
        record.symbol,
        record.body,
        record.date,
        record.year,
        record.language,
        len(record.clauses),
        as_json,
    )


def clause_rows(record: Record) -> list[Row]:
    return [
        (
            record.id,
            seq,
            parent,
            c.kind,
            c.order,
            c.number,
            c.act,
            c.text,
            c.span.start,
            c.span.end,
            c.span.src_start,
            c.span.src_end,
        )
        for seq, parent, c in flatten(record.clauses)
    ]


def problem_rows(record: Record) -> list[Row]:
    return [
        (
            record.id,
            seq,
            p.code,
            p.message,
            p.severity,
            p.span.start if p.span else None,
            p.span.end if p.span else None,
        )
        for seq, p in enumerate(record.problems)
    ]


__all__ = [
    "DOCUMENT_COLUMNS",
    "SUMMARY_COLUMNS",
    "clause_rows",
    "document_row",
    "problem_rows",
    "record_from_json",
    "record_json",
]
