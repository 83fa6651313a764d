"""The SQLite store: one file holds the records; search runs on an index beside it.

    communique.db            documents, clauses, problems, files, meta (the record of truth)
    communique.db.search/    the tantivy index of clause text (derived; rebuilt when needed)

Every ``put_file`` writes its file whole or not at all: inside a savepoint of
its own, in a transaction that holds up to ``COMMIT_EVERY`` files or
``COMMIT_AFTER`` seconds of writing (a commit per file would cost more than the
writes). ``flush()``, ``close()`` and every other write commit it first; a
process killed in between loses the files since the last commit (whole, and an
ingest run again stores them). The search index is written in batches
(``FLUSH_EVERY`` files, ``flush()``, ``close()``): its commit is slower still.
Each write bumps ``meta.generation`` and lists the file contents it touched
in ``search_pending``; the index records the generation it has committed.
At open an index that is behind catches up from ``search_pending``, and one
that is missing, of another format, or ahead is rebuilt from the records.
"""

from __future__ import annotations

import builtins
import hashlib
import os
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Self

from communique.errors import NotInStoreError, QueryError, RolledBackError, StoreError
from communique.link.graph import Graph
from communique.models import Record
from communique.search.entries import Entry, entries
from communique.search.index import SearchIndex
from communique.search.plan import MAX_LIMIT
from communique.search.results import Matches, SearchResult
from communique.store import browse, links, rows
from communique.store.base import PutResult, Stats, Summary
from communique.store.schema import ensure_schema, latest_version, schema_version
from communique.vocab import SEARCHABLE_KINDS

COMMIT_EVERY = 100  # files written in one SQLite transaction, each in a savepoint of its own
COMMIT_AFTER = 1.0  # seconds: a slow batch (URLs, large PDFs) commits sooner, for readers
FLUSH_EVERY = 500  # files stored between two commits of the search index
MIN_PREFIX = 4


class SqliteStore:
    """A store in one SQLite file (``":memory:"`` keeps everything in memory)."""

    def __init__(self, path: str, *, read_only: bool = False) -> None:
        self.path = path
        self.read_only = read_only
        self._closed = False
        self._unflushed = 0
        self._uncommitted: list[str] = []  # origins written since the last SQLite commit
        self._batch_began = 0.0
        if read_only:
            self._open_read_only(path)
            return
        try:
            self._conn = sqlite3.connect(path, isolation_level=None)
            self._conn.execute("PRAGMA busy_timeout = 5000")
            if path != ":memory:":
                self._conn.execute("PRAGMA journal_mode = WAL")
            self._conn.execute("PRAGMA synchronous = NORMAL")
            self._conn.execute("PRAGMA foreign_keys = ON")
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", path) from exc
        self.schema_version = ensure_schema(self._conn, path)
        self._index = SearchIndex(None if path == ":memory:" else f"{path}.search")
        self._sync_search_index()

    def _open_read_only(self, path: str) -> None:
        """Open for reading only (``communique serve``): nothing is created,
        migrated or rebuilt, and the connection may be used from any thread
        (callers serialise their use of it)."""
        if path == ":memory:" or not os.path.isfile(path):
            raise StoreError("no store here (build one with: communique ingest)", path)
        try:
            uri = Path(path).as_uri() + "?mode=ro"
            self._conn = sqlite3.connect(
                uri, uri=True, isolation_level=None, check_same_thread=False
            )
            self._conn.execute("PRAGMA busy_timeout = 5000")
            self._conn.execute("PRAGMA query_only = ON")
            self.schema_version = schema_version(self._conn)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open the store: {exc}", path) from exc
        if self.schema_version != latest_version():
            raise StoreError(
                f"store has schema version {self.schema_version}, this program reads"
                f" {latest_version()} (open it once for writing to migrate)",
                path,
            )
        if not os.path.isdir(f"{path}.search"):
            raise StoreError("no search index beside the store (open it once for writing)", path)
        self._index = SearchIndex(f"{path}.search")
        if self._index.generation != self._generation():
            raise StoreError("the search index is behind the records (open it for writing)", path)

    # ------------------------------------------------------------ writing

    def put_file(self, origin: str, sha256: str, records: Sequence[Record]) -> PutResult:
        _check(origin, sha256, records)
        docs = [(r, rows.record_json(r)) for r in records]
        records_hash = hashlib.sha256("\n".join(j for _, j in docs).encode()).hexdigest()
        ids = tuple(r.id for r in records)
        self._index.writer()  # take the index lock first: a busy index writes nothing
        conn = self._conn
        try:
            if not conn.in_transaction:
                conn.execute("BEGIN IMMEDIATE")
                self._batch_began = time.monotonic()
            conn.execute("SAVEPOINT put_file")
            old = conn.execute(
                "SELECT sha256, records_hash FROM files WHERE origin = ?", (origin,)
            ).fetchone()
            if old is not None and tuple(old) == (sha256, records_hash):
                conn.execute("RELEASE put_file")
                return PutResult(origin, sha256, "unchanged", ids)
            generation = self._generation() + 1
            dirty, removed = {sha256}, 0
            if old is not None:
                old_ids = {i for (i,) in conn.execute(_IDS_OF_CONTENT, (old[0],))}
                shared = conn.execute(
                    "SELECT 1 FROM files WHERE sha256 = ? AND origin != ? LIMIT 1",
                    (old[0], origin),
                ).fetchone()
                if old[0] != sha256 and not shared:
                    _delete_content(conn, old[0])
                    dirty.add(old[0])
                if not shared:
                    removed = len(old_ids - set(ids))
            _delete_content(conn, sha256)
            conn.execute(
                "INSERT INTO files (origin, sha256, records_hash, n_records, generation, stored_at)"
                " VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT (origin) DO UPDATE SET"
                " sha256 = excluded.sha256, records_hash = excluded.records_hash,"
                " n_records = excluded.n_records, generation = excluded.generation,"
                " stored_at = excluded.stored_at",
                (origin, sha256, records_hash, len(records), generation, _now()),
            )
            _insert(conn, docs)
            conn.executemany(
                "INSERT OR IGNORE INTO search_pending (generation, sha256) VALUES (?, ?)",
                [(generation, s) for s in sorted(dirty)],
            )
            _set_meta(conn, "generation", generation)
            conn.execute("RELEASE put_file")
        except BaseException as exc:
            lost = self._undo_file()
            if isinstance(exc, sqlite3.Error | OverflowError):
                raise _store_error(exc, origin, lost) from exc
            raise
        self._uncommitted.append(origin)
        if len(self._uncommitted) >= COMMIT_EVERY or (
            time.monotonic() - self._batch_began >= COMMIT_AFTER
        ):
            self._commit_writes(origin)
        self._queue_for_search(dirty, records)
        return PutResult(origin, sha256, "updated" if old is not None else "added", ids, removed)

    def _undo_file(self) -> tuple[str, ...]:
        """Take back the writes of the file that failed, and only those; where
        SQLite took the whole transaction back, the files it took with it."""
        conn = self._conn
        if conn.in_transaction:
            try:
                conn.execute("ROLLBACK TO put_file")
                conn.execute("RELEASE put_file")
                return ()
            except sqlite3.Error:  # no savepoint (BEGIN failed) or the transaction is broken
                conn.execute("ROLLBACK")
        return self._writes_lost()

    def _commit_writes(self, origin: str | None = None) -> None:
        """Commit the files written since the last commit."""
        conn = self._conn
        if not conn.in_transaction:
            return
        try:
            conn.execute("COMMIT")
        except sqlite3.Error as exc:
            if conn.in_transaction:
                conn.execute("ROLLBACK")
            raise _store_error(exc, origin, self._writes_lost()) from exc
        self._uncommitted.clear()

    def _writes_lost(self) -> tuple[str, ...]:
        """SQLite rolled back a whole transaction: bring the index, which had its
        files queued, back in line with the records; return those files."""
        lost = tuple(self._uncommitted)
        if not lost:
            return lost
        self._uncommitted.clear()
        self._index.rollback()
        self._unflushed = 0
        self._catch_up()
        return lost

    def _queue_for_search(self, dirty: Iterable[str], records: Sequence[Record]) -> None:
        try:
            self._index.delete_content(dirty)
            for record in records:
                self._index.add(entries(record))
        except Exception:  # the records are stored; bring the index back in line from them
            self._index.rollback()
            self._unflushed = 0
            self._catch_up()
            return
        self._unflushed += 1
        if self._unflushed >= FLUSH_EVERY:
            self._commit_search_index()

    def flush(self) -> None:
        """Commit every write so far, make it searchable, and let other processes write."""
        self._commit_writes()
        if self._unflushed:
            self._commit_search_index()
        self._index.close()

    def _commit_search_index(self) -> None:
        self._commit_writes()  # the index never gets ahead of the committed records
        generation = self._generation()
        self._index.commit(generation)
        self._unflushed = 0
        conn = self._conn
        conn.execute("BEGIN IMMEDIATE")
        try:
            conn.execute("DELETE FROM search_pending WHERE generation <= ?", (generation,))
            _set_meta(conn, "search_pruned", generation)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise

    # ------------------------------------------------------------ the search index

    def _sync_search_index(self) -> None:
        """Bring an index that is behind (or foreign) in line with the records."""
        generation, pruned = self._generation(), int(self._meta("search_pruned") or 0)
        have = self._index.generation
        if have == generation:
            return
        try:
            if 0 <= have < generation and have >= pruned:
                self._catch_up()
            else:
                self.rebuild_search_index()
        except StoreError:
            pass  # another process is writing the index; it will commit what it has
        finally:
            self._index.close()

    def _catch_up(self) -> None:
        pending = [
            s
            for (s,) in self._conn.execute(
                "SELECT DISTINCT sha256 FROM search_pending WHERE generation > ?",
                (self._index.generation,),
            )
        ]
        self._index.delete_content(pending)
        for sha256 in pending:
            self._index.add(self._entries("WHERE d.sha256 = ?", (sha256,)))
        self._commit_search_index()

    def rebuild_search_index(self) -> int:
        """Index every stored clause afresh; return how many entries were indexed."""
        self._index.clear()
        n = self._index.add(self._entries("", ()))
        self._commit_search_index()
        return n

    def _entries(self, where: str, params: tuple[str, ...]) -> Iterator[Entry]:
        kinds = ", ".join("?" for _ in SEARCHABLE_KINDS)
        sql = (
            "SELECT d.id, d.sha256, d.doc_type, d.year, d.title, d.symbol,"
            " c.kind, c.number, c.ord, c.seq, c.text"
            " FROM documents d JOIN clauses c ON c.document_id = d.id "
            f"{where} {'AND' if where else 'WHERE'} c.kind IN ({kinds})"
            " ORDER BY d.rowid, c.seq"
        )
        for row in self._conn.execute(sql, (*params, *SEARCHABLE_KINDS)):
            if row[10].strip():
                yield Entry(*row)

    def search(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int = 10,
    ) -> SearchResult:
        if self._unflushed:
            self._commit_search_index()
        return self._index.search(
            query, doc_type=doc_type, year_from=year_from, year_to=year_to, limit=limit
        )

    def search_matches(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        cap: int = MAX_LIMIT,
    ) -> Matches:
        if self._unflushed:
            self._commit_search_index()
        return self._index.matching(
            query, doc_type=doc_type, year_from=year_from, year_to=year_to, cap=cap
        )

    # ------------------------------------------------------------ browsing

    def overview(self) -> browse.Overview:
        return browse.overview(self._conn)

    def documents_page(
        self,
        *,
        doc_type: str | None = None,
        year: int | None = None,
        body: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> browse.DocumentPage:
        if offset < 0 or limit < 0:
            raise QueryError("offset and limit must not be negative")
        return browse.documents_page(
            self._conn, doc_type=doc_type, year=year, body=body, offset=offset, limit=limit
        )

    def describe_matches(
        self, keys: Sequence[tuple[str, int]]
    ) -> dict[tuple[str, int], browse.MatchInfo]:
        return browse.describe_matches(self._conn, keys)

    def actor_mentions(self, actor_id: str, *, limit: int = 200) -> list[browse.Mention]:
        return browse.actor_mentions(self._conn, actor_id, limit=limit)

    # ------------------------------------------------------------ reading

    def get(self, ref: str) -> Record:
        row = self._conn.execute("SELECT json FROM documents WHERE id = ?", (ref,)).fetchone()
        if row is not None:
            return rows.record_from_json(row[0])
        if len(ref) < MIN_PREFIX:
            raise NotInStoreError(f"no record {ref!r} (give at least {MIN_PREFIX} characters)")
        upper = ref[:-1] + chr(min(ord(ref[-1]) + 1, 0x10FFFF))
        found = self._conn.execute(
            "SELECT id, json FROM documents WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
            (ref, upper),
        ).fetchall()
        if not found:
            raise NotInStoreError(f"no record with id {ref!r}")
        if len(found) > 1:
            some = ", ".join(i for i, _ in found[:2])
            raise NotInStoreError(f"id prefix {ref!r} is ambiguous: {some}, …")
        return rows.record_from_json(found[0][1])

    def records_of(self, origin: str) -> list[Record]:
        return [
            rows.record_from_json(j)
            for (j,) in self._conn.execute(
                "SELECT d.json FROM files f JOIN documents d ON d.sha256 = f.sha256"
                " WHERE f.origin = ? ORDER BY d.position",
                (origin,),
            )
        ]

    def list(
        self,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int | None = None,
    ) -> list[Summary]:
        if limit is not None and limit < 0:
            raise QueryError("limit must not be negative")
        where, params = _filters(doc_type, year_from, year_to)
        sql = (
            f"SELECT {rows.SUMMARY_COLUMNS} FROM documents {where}"
            " ORDER BY year IS NULL, year, date, origin, position LIMIT ?"
        )
        cursor = self._conn.execute(sql, (*params, -1 if limit is None else limit))
        return [Summary(*row) for row in cursor]

    def iter_records(self) -> Iterator[Record]:
        for (j,) in self._conn.execute("SELECT json FROM documents ORDER BY rowid"):
            yield rows.record_from_json(j)

    def catalogue(
        self,
    ) -> builtins.list[tuple[str, str, str | None, str | None, str | None, str | None]]:
        """(id, doc_type, title, symbol, body, date) of every document, by rowid:
        what pages need to name and group documents, without reading records."""
        sql = "SELECT id, doc_type, title, symbol, body, date FROM documents ORDER BY rowid"
        return [tuple(row) for row in self._conn.execute(sql)]

    def generation(self) -> int:
        """The store's write counter: bumped by every write, so a reader can key
        what it derived from the records on it (one indexed read)."""
        return self._generation()

    def stats(self) -> Stats:
        def count(table: str) -> int:
            return int(self._conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        by_type = self._conn.execute(
            "SELECT doc_type, count(*) FROM documents GROUP BY doc_type ORDER BY doc_type"
        )
        return Stats(
            files=count("files"),
            documents=count("documents"),
            clauses=count("clauses"),
            by_doc_type=dict(by_type.fetchall()),
            schema_version=self.schema_version,
            generation=self._generation(),
        )

    # ------------------------------------------------------------ links

    def relink(self) -> links.RelinkResult:
        """Recompute meetings and resolved references from every stored record,
        in one transaction (call it after a batch of ``put_file``)."""
        self._commit_writes()
        return links.relink(self._conn)

    def links_behind(self) -> bool:
        """Whether records were written since the last ``relink``."""
        return links.links_behind(self._conn)

    def meetings(
        self, *, body: str | None = None, year_from: int | None = None, year_to: int | None = None
    ) -> builtins.list[links.MeetingRow]:
        return links.meetings(self._conn, body=body, year_from=year_from, year_to=year_to)

    def meeting(self, ref: str) -> links.MeetingView:
        """The meeting with this id (or unique prefix of ≥ 4 characters) and its sources."""
        return links.meeting_view(self._conn, ref)

    def document_links(self, document_id: str) -> builtins.list[links.DocumentLink]:
        """The references a document makes and those resolved to it."""
        return links.document_links(self._conn, document_id)

    def document_meetings(self, document_id: str) -> builtins.list[tuple[str, links.MeetingRow]]:
        """The meetings a document records or mentions: (role, meeting)."""
        return links.document_meetings(self._conn, document_id)

    def citation_graph(self) -> Graph:
        return links.citation_graph(self._conn)

    # ------------------------------------------------------------ lifetime

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        try:
            self.flush()
        finally:
            self._index.close()
            self._conn.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    def _meta(self, key: str) -> str | None:
        row = self._conn.execute("SELECT value FROM meta WHERE key = ?", (key,)).fetchone()
        return None if row is None else str(row[0])

    def _generation(self) -> int:
        return int(self._meta("generation") or 0)


_IDS_OF_CONTENT = "SELECT id FROM documents WHERE sha256 = ?"


def _check(origin: str, sha256: str, records: Sequence[Record]) -> None:
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids):
        raise StoreError("two records of the file share an id", origin)
    for r in records:
        if r.sha256 != sha256:
            raise StoreError(f"record {r.id} comes from other content than {sha256[:12]}…", origin)


def _store_error(exc: Exception, origin: str | None, lost: tuple[str, ...]) -> StoreError:
    """The error for a failed write; one naming the files it rolled back, if any."""
    reason = f"cannot store the records: {exc}"
    return RolledBackError(reason, origin, lost) if lost else StoreError(reason, origin)


def _delete_content(conn: sqlite3.Connection, sha256: str) -> None:
    if conn.execute("SELECT 1 FROM documents WHERE sha256 = ?", (sha256,)).fetchone() is None:
        return  # new content, as most is: one look instead of three deletes
    ids = "SELECT id FROM documents WHERE sha256 = ?"
    conn.execute(f"DELETE FROM clauses WHERE document_id IN ({ids})", (sha256,))
    conn.execute(f"DELETE FROM problems WHERE document_id IN ({ids})", (sha256,))
    conn.execute("DELETE FROM documents WHERE sha256 = ?", (sha256,))


def _insert(conn: sqlite3.Connection, docs: Sequence[tuple[Record, str]]) -> None:
    conn.executemany(
        f"INSERT INTO documents ({rows.DOCUMENT_COLUMNS}) VALUES ({', '.join(['?'] * 14)})",
        [rows.document_row(r, j) for r, j in docs],
    )
    conn.executemany(
        "INSERT INTO clauses (document_id, seq, parent_seq, kind, ord, number, act, text,"
        " start, end, src_start, src_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [row for r, _ in docs for row in rows.clause_rows(r)],
    )
    conn.executemany(
        "INSERT INTO problems (document_id, seq, code, message, severity, start, end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?)",
        [row for r, _ in docs for row in rows.problem_rows(r)],
    )


def _set_meta(conn: sqlite3.Connection, key: str, value: int) -> None:
    conn.execute(
        "INSERT INTO meta (key, value) VALUES (?, ?)"
        " ON CONFLICT (key) DO UPDATE SET value = excluded.value",
        (key, str(value)),
    )


def _filters(
    doc_type: str | None, year_from: int | None, year_to: int | None
) -> tuple[str, tuple[object, ...]]:
    clauses: list[str] = []
    params: list[object] = []
    if doc_type is not None:
        clauses.append("doc_type = ?")
        params.append(doc_type)
    if year_from is not None:
        clauses.append("year >= ?")
        params.append(year_from)
    if year_to is not None:
        clauses.append("year <= ?")
        params.append(year_to)
    return ("WHERE " + " AND ".join(clauses) if clauses else ""), tuple(params)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


__all__ = ["COMMIT_AFTER", "COMMIT_EVERY", "FLUSH_EVERY", "SqliteStore"]
