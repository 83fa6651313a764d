"""Read-only views for browsing a store: counts for an overview, a page of
documents, what a search match is, and where an actor is mentioned.

Plain SQL over the tables of ``migrations/``; every value from a caller is a
bound parameter, never part of the SQL text.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass, field

from communique.store import rows
from communique.store.base import Summary


@dataclass(frozen=True)
class Overview:
    """What a store holds, counted for a home page."""

    files: int
    documents: int
    clauses: int
    problems: int  # problem rows, all records
    documents_with_problems: int
    by_type: dict[str, int] = field(default_factory=dict)
    by_year: dict[int, int] = field(default_factory=dict)  # documents with a year
    undated: int = 0  # documents without a year
    by_type_year: tuple[tuple[int, str, int], ...] = ()  # (year, doc_type, documents)
    bodies: dict[str, int] = field(default_factory=dict)  # documents whose body is known
    languages: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DocumentPage:
    """A page of documents under some filters, and how many there are in all."""

    total: int
    items: list[Summary]


@dataclass(frozen=True)
class MatchInfo:
    """What a search match is: its document's columns and its clause's."""

    record_id: str
    clause_seq: int
    doc_type: str
    year: int | None
    date: str | None
    body: str | None
    language: str
    title: str | None
    symbol: str | None
    clause_kind: str
    clause_number: str | None
    clause_order: int
    act: str | None


@dataclass(frozen=True)
class Mention:
    """A document that mentions an actor, with the wording it uses."""

    document: Summary
    names: tuple[str, ...]  # as printed, distinct, in order of first mention
    kind: str
    count: int


def overview(conn: sqlite3.Connection) -> Overview:
    def one(sql: str) -> int:
        return int(conn.execute(sql).fetchone()[0])

    def pairs(sql: str) -> list[tuple[object, int]]:
        return [(k, int(n)) for k, n in conn.execute(sql)]

    by_type_year = tuple(
        (int(y), str(t), int(n))
        for y, t, n in conn.execute(
            "SELECT year, doc_type, count(*) FROM documents WHERE year IS NOT NULL"
            " GROUP BY year, doc_type ORDER BY year, doc_type"
        )
    )
    by_year: dict[int, int] = {}
    for y, _, n in by_type_year:
        by_year[y] = by_year.get(y, 0) + n
    return Overview(
        files=one("SELECT count(*) FROM files"),
        documents=one("SELECT count(*) FROM documents"),
        clauses=one("SELECT count(*) FROM clauses"),
        problems=one("SELECT count(*) FROM problems"),
        documents_with_problems=one("SELECT count(DISTINCT document_id) FROM problems"),
        by_type={
            str(k): n
            for k, n in pairs(
                "SELECT doc_type, count(*) FROM documents GROUP BY doc_type ORDER BY 2 DESC, 1"
            )
        },
        by_year=by_year,
        undated=one("SELECT count(*) FROM documents WHERE year IS NULL"),
        by_type_year=by_type_year,
        bodies={
            str(k): n
            for k, n in pairs(
                "SELECT body, count(*) FROM documents WHERE body IS NOT NULL"
                " GROUP BY body ORDER BY 2 DESC, 1"
            )
        },
        languages={
            str(k): n
            for k, n in pairs(
                "SELECT language, count(*) FROM documents GROUP BY language ORDER BY 2 DESC, 1"
            )
        },
    )


def documents_page(
    conn: sqlite3.Connection,
    *,
    doc_type: str | None = None,
    year: int | None = None,
    body: str | None = None,
    offset: int = 0,
    limit: int = 50,
) -> DocumentPage:
    conditions: list[str] = []
    params: list[object] = []
    for column, value in (("doc_type", doc_type), ("year", year), ("body", body)):
        if value is not None:
            conditions.append(f"{column} = ?")  # column names are ours, values are bound
            params.append(value)
    where = ("WHERE " + " AND ".join(conditions)) if conditions else ""
    total = int(conn.execute(f"SELECT count(*) FROM documents {where}", params).fetchone()[0])
    cursor = conn.execute(
        f"SELECT {rows.SUMMARY_COLUMNS} FROM documents {where}"
        " ORDER BY year IS NULL, year, date, origin, position LIMIT ? OFFSET ?",
        (*params, limit, offset),
    )
    return DocumentPage(total, [Summary(*row) for row in cursor])


_CHUNK = 400  # (id, seq) pairs per statement: 800 parameters, well under SQLite's limit


def describe_matches(
    conn: sqlite3.Connection, keys: Sequence[tuple[str, int]]
) -> dict[tuple[str, int], MatchInfo]:
    """The document and clause columns of each (record id, clause seq)."""
    out: dict[tuple[str, int], MatchInfo] = {}
    for i in range(0, len(keys), _CHUNK):
        chunk = keys[i : i + _CHUNK]
        values = ", ".join("(?, ?)" for _ in chunk)
        sql = (
            f"WITH k (id, seq) AS (VALUES {values})"
            " SELECT d.id, c.seq, d.doc_type, d.year, d.date, d.body, d.language, d.title,"
            " d.symbol, c.kind, c.number, c.ord, c.act"
            " FROM k JOIN clauses c ON c.document_id = k.id AND c.seq = k.seq"
            " JOIN documents d ON d.id = k.id"
        )
        params = [v for key in chunk for v in key]
        for row in conn.execute(sql, params):
            info = MatchInfo(*row)
            out[(info.record_id, info.clause_seq)] = info
    return out


def actor_mentions(conn: sqlite3.Connection, actor_id: str, *, limit: int = 200) -> list[Mention]:
    """Documents whose extracted actors include ``actor_id``, oldest first.

    A scan of the records' JSON: fine for thousands of documents; an actors
    table will replace it when actors are linked across the dossier."""
    sql = (
        f"SELECT {', '.join('d.' + c.strip() for c in rows.SUMMARY_COLUMNS.split(','))},"
        " json_extract(a.value, '$.name'), json_extract(a.value, '$.kind')"
        " FROM documents d, json_each(d.json, '$.actors') a"
        " WHERE json_extract(a.value, '$.id') = ?"
        " ORDER BY d.year IS NULL, d.year, d.date, d.origin, d.position"
    )
    found: dict[str, tuple[Summary, list[str], str, int]] = {}
    for row in conn.execute(sql, (actor_id,)):
        summary, name, kind = Summary(*row[:9]), str(row[9]), str(row[10])
        if summary.id not in found:
            if len(found) >= limit:
                break
            found[summary.id] = (summary, [], kind, 0)
        doc, names, first_kind, n = found[summary.id]
        if name not in names:
            names.append(name)
        found[summary.id] = (doc, names, first_kind, n + 1)
    return [Mention(d, tuple(names), k, n) for d, names, k, n in found.values()]


__all__ = [
    "DocumentPage",
    "MatchInfo",
    "Mention",
    "Overview",
    "actor_mentions",
    "describe_matches",
    "documents_page",
    "overview",
]
