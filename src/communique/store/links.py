"""Meetings and links in the store: rebuilt from the records, then read.

``relink(conn)`` reads every stored record, runs the link stage
(``assemble_meetings``, ``resolve_references``) and replaces the tables of
``migrations/0002_links.sql`` in one transaction: derived data, always
rebuildable, so a reference left open by one ingest is resolved by the relink
after the ingest that brings its target. ``meta.links_generation`` records
the store generation the links were computed at.

The reads (``meetings``, ``meeting_view``, ``citation_graph``,
``document_links``) are plain SQL with bound parameters.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass

import orjson

from communique.errors import NotInStoreError, StoreError
from communique.extract import organisations
from communique.link.bodies import body_key
from communique.link.graph import Edge, Graph, Node
from communique.link.meetings import Meeting, assemble_meetings
from communique.link.resolve import ResolvedLink, resolve_references
from communique.models import Record, Span, from_json
from communique.store import rows
from communique.store.base import Summary

MIN_PREFIX = 4
_UNREAD = ("clauses", "quotes", "actors", "asks", "positions", "dates_mentioned", "furniture")


@dataclass(frozen=True)
class RelinkResult:
    """What a relink computed."""

    documents: int
    meetings: int
    by_reference_only: int  # meetings no stored document records
    disagreements: int  # meetings whose sources disagree on some field
    references: int
    resolved: int
    ambiguous: int
    open: int


@dataclass(frozen=True)
class MeetingRow:
    """One line of a meeting listing."""

    id: str
    start: str | None
    end: str | None
    body: str  # body key
    body_name: str | None
    venue: str | None
    session: str | None
    sources: int
    by_reference_only: bool
    disagreements: tuple[str, ...]  # the fields that disagree


@dataclass(frozen=True)
class MeetingView:
    """A meeting with a summary of each document that records or mentions it."""

    meeting: Meeting
    sources: tuple[Summary, ...]


@dataclass(frozen=True)
class DocumentLink:
    """A reference of a document, or a reference to it, as stored."""

    document_id: str
    reference: int
    kind: str
    text: str
    spec: str
    status: str
    target_id: str | None
    meeting_id: str | None
    how: str | None


def relink(conn: sqlite3.Connection) -> RelinkResult:
    """Recompute meetings and links from every stored record (one transaction)."""
    records = [
        _linkable(j)
        for (j,) in conn.execute("SELECT json FROM documents ORDER BY date IS NULL, date, id")
    ]
    meetings = assemble_meetings(records)
    links = resolve_references(records, meetings)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for table in ("meetings", "meeting_claims", "document_meetings", "links"):
            conn.execute(f"DELETE FROM {table}")
        conn.executemany(_INSERT_MEETING, [_meeting_row(m) for m in meetings])
        conn.executemany(_INSERT_CLAIM, [r for m in meetings for r in _claim_rows(m)])
        conn.executemany(_INSERT_DOC, [r for m in meetings for r in _document_rows(m)])
        conn.executemany(_INSERT_LINK, [r for x in links for r in _link_rows(x)])
        conn.execute(
            "INSERT INTO meta (key, value) SELECT 'links_generation', value FROM meta"
            " WHERE key = 'generation' ON CONFLICT (key) DO UPDATE SET value = excluded.value"
        )
        conn.execute("COMMIT")
    except BaseException as exc:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        if isinstance(exc, sqlite3.Error):
            raise StoreError(f"cannot store the links: {exc}") from exc
        raise
    statuses = [x.status for x in links]
    return RelinkResult(
        documents=len(records),
        meetings=len(meetings),
        by_reference_only=sum(m.known_only_by_reference for m in meetings),
        disagreements=sum(bool(m.disagreements) for m in meetings),
        references=len(links),
        resolved=statuses.count("resolved"),
        ambiguous=statuses.count("ambiguous"),
        open=statuses.count("open"),
    )


def _linkable(text: str) -> Record:
    """A stored record without the parts the link stage does not read (clauses,
    actors, quotes, …): rebuilding those is most of the cost of reading."""
    data = json.loads(text)
    for key in _UNREAD:
        data.pop(key, None)
    return from_json(Record, data)


def links_behind(conn: sqlite3.Connection) -> bool:
    """Whether records were written since the last relink."""
    got = dict(conn.execute("SELECT key, value FROM meta WHERE key LIKE '%generation'"))
    return bool(got.get("generation", "0") != got.get("links_generation", "0"))


def meetings(
    conn: sqlite3.Connection,
    *,
    body: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
) -> list[MeetingRow]:
    """Meetings by date; ``body`` is a gazetteer id, a name, or words of one."""
    where: list[str] = ["1"]
    params: list[object] = []
    if body is not None:
        where.append("(body = ? OR body = ? OR body_name LIKE ? OR body LIKE ?)")
        params += [body, body_key(body) or body, f"%{body}%", f"%{body}%"]
    if year_from is not None:
        where.append("year >= ?")
        params.append(year_from)
    if year_to is not None:
        where.append("year <= ?")
        params.append(year_to)
    sql = (
        "SELECT id, start, end, body, body_name, venue, session, n_sources, by_reference_only,"
        f" disagreements FROM meetings WHERE {' AND '.join(where)}"
        " ORDER BY start IS NULL, start, body, id"
    )
    out = []
    for i, start, end, key, name, venue, session, n, by_ref, differ in conn.execute(sql, params):
        fields = tuple(differ.split(", ")) if differ else ()
        out.append(MeetingRow(i, start, end, key, name, venue, session, n, bool(by_ref), fields))
    return out


def meeting_view(conn: sqlite3.Connection, ref: str) -> MeetingView:
    """The meeting with this id (or unique id prefix) and its sources."""
    upper = ref[:-1] + chr(min(ord(ref[-1]) + 1, 0x10FFFF)) if ref else ref
    found = conn.execute(
        "SELECT id, json FROM meetings WHERE id = ? OR (? AND id >= ? AND id < ?)"
        " ORDER BY id != ?, id LIMIT 3",
        (ref, len(ref) >= MIN_PREFIX, ref, upper, ref),
    ).fetchall()
    exact = [row for row in found if row[0] == ref]
    if not found:
        raise NotInStoreError(f"no meeting {ref!r} (see: communique meetings)")
    if len(found) > 1 and not exact:
        raise NotInStoreError(f"meeting id prefix {ref!r} is ambiguous: {found[0][0]}, …")
    meeting = from_json(Meeting, json.loads((exact or found)[0][1]))
    marks = ", ".join("?" for _ in meeting.sources)
    by_id = {
        row[0]: Summary(*row)
        for row in conn.execute(
            f"SELECT {rows.SUMMARY_COLUMNS} FROM documents WHERE id IN ({marks})", meeting.sources
        )
    }
    return MeetingView(meeting, tuple(by_id[i] for i in meeting.sources if i in by_id))


def document_links(conn: sqlite3.Connection, document_id: str) -> list[DocumentLink]:
    """The references a document makes and those that resolve to it."""
    sql = (
        "SELECT document_id, reference, kind, text, spec, status, target_id, meeting_id, how"
        " FROM links WHERE document_id = ? OR target_id = ? ORDER BY document_id, reference"
    )
    return [DocumentLink(*row) for row in conn.execute(sql, (document_id, document_id))]


def document_meetings(conn: sqlite3.Connection, document_id: str) -> list[tuple[str, MeetingRow]]:
    """The meetings a document records or mentions: (role, meeting), by date."""
    sql = (
        "SELECT dm.role, m.id, m.start, m.end, m.body, m.body_name, m.venue, m.session,"
        " m.n_sources, m.by_reference_only, m.disagreements FROM document_meetings dm"
        " JOIN meetings m ON m.id = dm.meeting_id WHERE dm.document_id = ?"
        " ORDER BY dm.role DESC, m.start IS NULL, m.start, m.id"
    )
    out = []
    for role, i, start, end, key, name, venue, session, n, by_ref, differ in conn.execute(
        sql, (document_id,)
    ):
        fields = tuple(differ.split(", ")) if differ else ()
        row = MeetingRow(i, start, end, key, name, venue, session, n, bool(by_ref), fields)
        out.append((str(role), row))
    return list(dict.fromkeys(out))


def citation_graph(conn: sqlite3.Connection) -> Graph:
    """Documents, meetings and open specs as nodes; references and the
    records/mentions relation as edges (see ``link.graph``)."""
    nodes = [
        Node(i, "document", _label(symbol, title, i), doc_type, date)
        for i, doc_type, title, symbol, date in conn.execute(
            "SELECT id, doc_type, title, symbol, date FROM documents ORDER BY date, id"
        )
    ]
    nodes += [
        Node(i, "meeting", f"{name or body} {start or ''}".strip(), "meeting", start)
        for i, body, name, start in conn.execute(
            "SELECT id, body, body_name, start FROM meetings ORDER BY start, id"
        )
    ]
    edges = [
        Edge(d, m, role, text)
        for d, m, role, text in conn.execute(
            "SELECT document_id, meeting_id, role, text FROM document_meetings"
            " ORDER BY document_id, reference, meeting_id"
        )
    ]
    specs: dict[str, Node] = {}
    for d, kind, text, spec, status, target in conn.execute(
        "SELECT document_id, kind, text, spec, status, target_id FROM links"
        " WHERE meeting_id IS NULL ORDER BY document_id, reference, target_id"
    ):
        if target is None:
            specs.setdefault(spec, Node(spec, "open", text, kind, None))
        edges.append(Edge(d, target or spec, "cites", text, status))
    return Graph(tuple(nodes) + tuple(specs.values()), tuple(edges))


def _label(symbol: str | None, title: str | None, fallback: str) -> str:
    return " ".join(x for x in (symbol, title) if x) or fallback


# ------------------------------------------------------------ rows

_INSERT_MEETING = (
    "INSERT INTO meetings (id, body, body_name, start, end, year, session, venue, n_sources,"
    " by_reference_only, disagreements, json) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_CLAIM = (
    "INSERT INTO meeting_claims (meeting_id, seq, field, value, document_id, text, note,"
    " start, end, src_start, src_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_DOC = (
    "INSERT OR IGNORE INTO document_meetings (document_id, meeting_id, role, reference, text,"
    " start, end, src_start, src_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
)
_INSERT_LINK = (
    "INSERT INTO links (document_id, reference, kind, text, start, end, src_start, src_end,"
    " spec, status, target_id, meeting_id, how) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"
)


def _joined(values: list[str]) -> str | None:
    return ", ".join(dict.fromkeys(values)) or None


def _meeting_row(m: Meeting) -> tuple[object, ...]:
    start = m.start
    return (
        m.id,
        m.body_id,
        _body_name(m),
        start,
        m.end,
        int(start[:4]) if start else None,
        _joined([c.value for c in m.session]),
        _joined([c.value for c in m.city]),
        len(m.sources),
        int(m.known_only_by_reference),
        _joined([d.field for d in m.disagreements]),
        orjson.dumps(m).decode(),
    )


def _body_name(m: Meeting) -> str | None:
    known = organisations.body(m.body_id)
    return known.name if known else next((c.text for c in m.body if c.text), None)


def _span(span: Span | None) -> tuple[int | None, ...]:
    return (None,) * 4 if span is None else (span.start, span.end, span.src_start, span.src_end)


def _claim_rows(m: Meeting) -> list[tuple[object, ...]]:
    fields = ("body", "level", "dates", "city", "country", "session", "chair", "attendees")
    claims = [(name, c) for name in fields for c in getattr(m, name)]
    return [
        (m.id, seq, name, c.value, c.record, c.text, c.note, *_span(c.span))
        for seq, (name, c) in enumerate(claims)
    ]


def _document_rows(m: Meeting) -> list[tuple[object, ...]]:
    return [
        (d.record, m.id, d.role, -1 if d.reference is None else d.reference, d.text, *_span(d.span))
        for d in m.documents
    ]


def _link_rows(x: ResolvedLink) -> list[tuple[object, ...]]:
    head = (x.source, x.reference, x.kind, x.text, *_span(x.span), x.spec, x.status)
    return [(*head, t, x.meeting, x.how) for t in (x.targets or (None,))]


__all__ = [
    "DocumentLink",
    "MeetingRow",
    "MeetingView",
    "RelinkResult",
    "citation_graph",
    "document_links",
    "document_meetings",
    "links_behind",
    "meeting_view",
    "meetings",
    "relink",
]
