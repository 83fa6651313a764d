"""The SQLite store: round trips, replacement, atomic files, lookups."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from tests.store.store_records import clause, record, sha

from communique.errors import NotInStoreError, StoreError
from communique.models import Problem, Span
from communique.store import DEFAULT_DB, Store, open_store, rows
from communique.store import sqlite as sqlite_store


def full_record() -> Any:
    items = (
        clause("item", "(a) to report on the situation;", 1, "(a)"),
        clause("item", "(b) to consult the parties;", 2, "(b)"),
    )
    clauses = (
        clause("title", "Resolution 2250 (2015)"),
        clause("preambular", "Recalling its resolutions,"),
        clause("operative", "Requests the Secretary-General:", 1, "1", act="request", items=items),
        clause("operative", "Decides to remain seized of the matter.", 2, "2", act="decide"),
    )
    problem = Problem("hijri_mismatch", "dates disagree", "warning", Span(1, 4, 1, 5))
    return record(clauses=clauses, problems=(problem,))


def test_round_trip_is_exact(store: Store) -> None:
    rec = full_record()
    result = store.put_file(rec.origin, rec.sha256, [rec])
    assert result.status == "added" and result.added and result.ids == (rec.id,)
    assert store.get(rec.id) == rec
    assert store.records_of(rec.origin) == [rec]
    assert list(store.iter_records()) == [rec]
    stats = store.stats()
    assert (stats.files, stats.documents, stats.clauses) == (1, 1, 6)  # 4 clauses + 2 items
    assert stats.by_doc_type == {"resolution": 1}


def test_clause_rows_keep_items_under_their_parent(store: Store) -> None:
    rec = full_record()
    store.put_file(rec.origin, rec.sha256, [rec])
    store.flush()  # commits: another connection sees the rows
    conn = sqlite3.connect(store.path)
    got = conn.execute("SELECT seq, parent_seq, kind, number FROM clauses ORDER BY seq").fetchall()
    assert got[2:5] == [(2, None, "operative", "1"), (3, 2, "item", "(a)"), (4, 2, "item", "(b)")]


def test_same_file_twice_is_unchanged(store: Store) -> None:
    recs = [record(position=1), record(position=2)]
    first = store.put_file("/docs/a.txt", sha("a"), recs)
    again = store.put_file("/docs/a.txt", sha("a"), recs)
    assert again.status == "unchanged" and again.ids == first.ids
    assert store.stats().documents == 2
    assert store.stats().generation == 1


def test_new_extraction_of_same_content_updates(store: Store) -> None:
    store.put_file("/docs/a.txt", sha("a"), [record(position=1), record(position=2)])
    result = store.put_file("/docs/a.txt", sha("a"), [record(position=1, title="Better")])
    assert result.status == "updated" and result.removed == 1
    assert store.get(f"{sha('a')[:16]}-1").title == "Better"
    with pytest.raises(NotInStoreError):
        store.get(f"{sha('a')[:16]}-2")


def test_changed_file_replaces_old_records(store: Store) -> None:
    store.put_file("/docs/a.txt", sha("a"), [record(sha("a"), 1), record(sha("a"), 2)])
    result = store.put_file("/docs/a.txt", sha("b"), [record(sha("b"), 1)])
    assert result.status == "updated" and result.removed == 2
    assert [r.id for r in store.records_of("/docs/a.txt")] == [f"{sha('b')[:16]}-1"]
    stats = store.stats()
    assert (stats.files, stats.documents, stats.clauses) == (1, 1, 3)
    with pytest.raises(NotInStoreError):
        store.get(f"{sha('a')[:16]}-1")


def test_same_content_at_two_origins_is_shared(store: Store) -> None:
    store.put_file("/docs/a.txt", sha("a"), [record(sha("a"))])
    store.put_file("/copy/a.txt", sha("a"), [record(sha("a"))])
    store.put_file("/docs/a.txt", sha("b"), [record(sha("b"))])  # the first copy changes
    assert [r.sha256 for r in store.records_of("/copy/a.txt")] == [sha("a")]
    assert [r.sha256 for r in store.records_of("/docs/a.txt")] == [sha("b")]
    assert store.stats().documents == 2


def snapshot(store: Store) -> Any:
    return store.stats(), [r.id for r in store.iter_records()]


def test_failure_mid_file_leaves_store_as_before(store: Store) -> None:
    store.put_file("/docs/a.txt", sha("a"), [record(sha("a"))])
    before = snapshot(store)
    good = record(sha("b"), 1, origin="/docs/a.txt")
    bad_clause = clause("operative", "fine")
    # JSON takes a list, SQLite cannot bind one: the insert fails on the 5th clause row
    object.__setattr__(bad_clause, "number", ["not", "a", "string"])
    bad = record(
        sha("b"), 2, origin="/docs/a.txt", clauses=(*good.clauses, clause("item", "x"), bad_clause)
    )
    with pytest.raises(StoreError):
        store.put_file("/docs/a.txt", sha("b"), [good, bad])
    assert snapshot(store) == before
    assert store.records_of("/docs/a.txt")[0].sha256 == sha("a")
    assert store.search("seized").hits[0].record_id == f"{sha('a')[:16]}-1"


def test_failure_after_some_rows_leaves_nothing(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = snapshot(store)

    def broken(_: Any) -> Any:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(rows, "problem_rows", broken)  # documents and clauses already inserted
    with pytest.raises(RuntimeError):
        store.put_file("/docs/a.txt", sha("a"), [record()])
    monkeypatch.undo()
    assert snapshot(store) == before
    assert store.records_of("/docs/a.txt") == []
    assert store.search("seized").hits == []


def test_failure_mid_batch_keeps_the_files_before_it(tmp_path: Path) -> None:
    """Files share a transaction, each in a savepoint: one that fails takes
    back its own rows and no others, as another connection sees after commit."""
    path = tmp_path / "b.db"
    with open_store(path) as s:
        s.put_file("/docs/a.txt", sha("a"), [record(sha("a"))])
        bad_clause = clause("operative", "fine")
        object.__setattr__(bad_clause, "number", ["not", "a", "string"])
        with pytest.raises(StoreError, match="cannot store") as failed:
            bad = record(sha("b"), origin="/docs/b.txt", clauses=(bad_clause,))
            s.put_file("/docs/b.txt", sha("b"), [bad])
        assert failed.value.origin == "/docs/b.txt"
        s.put_file("/docs/c.txt", sha("c"), [record(sha("c"), origin="/docs/c.txt")])
    conn = sqlite3.connect(path)
    origins = [o for (o,) in conn.execute("SELECT origin FROM files ORDER BY origin")]
    shas = {h for (h,) in conn.execute("SELECT sha256 FROM documents")}
    conn.close()
    assert origins == ["/docs/a.txt", "/docs/c.txt"]
    assert shas == {sha("a"), sha("c")}


def test_files_are_committed_in_groups(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Readers see each group of COMMIT_EVERY files as it is committed; a
    process killed before the next commit loses the files since, whole."""
    monkeypatch.setattr(sqlite_store, "COMMIT_EVERY", 2)
    path = tmp_path / "g.db"
    s = open_store(path)
    for name in "abc":
        s.put_file(f"/docs/{name}.txt", sha(name), [record(sha(name), origin=f"/docs/{name}.txt")])
    reader = sqlite3.connect(path)
    seen = [o for (o,) in reader.execute("SELECT origin FROM files ORDER BY origin")]
    assert seen == ["/docs/a.txt", "/docs/b.txt"]  # the third waits for the next commit
    reader.close()
    s._index.close()  # type: ignore[attr-defined]  # killed: no close(), no commit
    s._conn.close()  # type: ignore[attr-defined]
    s._closed = True  # type: ignore[attr-defined]
    with open_store(path) as s:
        assert [r.origin for r in s.iter_records()] == ["/docs/a.txt", "/docs/b.txt"]
        assert s.stats().documents == 2
        assert {h.record_id for h in s.search("seized").hits} == {f"{sha(n)[:16]}-1" for n in "ab"}


def test_records_from_other_content_are_refused(store: Store) -> None:
    with pytest.raises(StoreError, match="other content"):
        store.put_file("/docs/a.txt", sha("b"), [record(sha("a"))])
    with pytest.raises(StoreError, match="share an id"):
        store.put_file("/docs/a.txt", sha("a"), [record(), record()])


def test_get_by_prefix(store: Store) -> None:
    store.put_file("/docs/a.txt", sha("a"), [record(sha("a"), 1), record(sha("a"), 2)])
    store.put_file("/docs/c.txt", sha("c"), [record(sha("c"), 1, origin="/docs/c.txt")])
    assert store.get("cccc").id == f"{sha('c')[:16]}-1"
    assert store.get(f"{sha('a')[:16]}-2").position == 2
    with pytest.raises(NotInStoreError, match="ambiguous"):
        store.get("aaaa")
    with pytest.raises(NotInStoreError, match="no record"):
        store.get("dddd")
    with pytest.raises(NotInStoreError, match="at least 4"):
        store.get("ccc")


def test_list_filters(store: Store) -> None:
    for i, (kind, year) in enumerate(
        [("resolution", 1990), ("resolution", 2005), ("statement", 2005), ("resolution", None)]
    ):
        content = sha("abcd"[i])
        store.put_file(
            f"/d/{i}", content, [record(content, origin=f"/d/{i}", doc_type=kind, year=year)]
        )
    assert [s.year for s in store.list()] == [1990, 2005, 2005, None]
    assert [s.year for s in store.list(doc_type="resolution")] == [1990, 2005, None]
    assert [s.doc_type for s in store.list(year_from=2000)] == ["resolution", "statement"]
    assert [s.year for s in store.list(year_to=2000)] == [1990]
    assert len(store.list(limit=2)) == 2
    first = store.list()[0]
    assert (first.symbol, first.position, first.n_clauses, first.origin) == (
        "S/RES/1",
        1,
        3,
        "/d/0",
    )


def test_open_twice_is_idempotent(tmp_path: Path) -> None:
    path = tmp_path / "x.db"
    with open_store(path) as s:
        s.put_file("/docs/a.txt", sha("a"), [record()])
        version = s.stats().schema_version
    with open_store(path) as s:
        assert s.stats().schema_version == version >= 1
        assert s.stats().documents == 1


def test_empty_v0_file_is_migrated(tmp_path: Path) -> None:
    path = tmp_path / "empty.db"
    path.touch()
    sqlite3.connect(path).execute("CREATE TABLE unrelated (x)").connection.commit()
    with open_store(path) as s:
        assert s.stats().schema_version >= 1
        s.put_file("/docs/a.txt", sha("a"), [record()])
        assert s.stats().documents == 1


def test_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "new.db"
    open_store(path).close()
    conn = sqlite3.connect(path)
    conn.execute("UPDATE meta SET value = '999' WHERE key = 'schema_version'")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="newer"):
        open_store(path)


def test_not_a_database_is_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "junk.db"
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(StoreError):
        open_store(path)


def test_location_default_env_and_explicit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("COMMUNIQUE_DB", raising=False)
    with open_store() as s:
        assert s.path == os.path.join(tmp_path, DEFAULT_DB)
    monkeypatch.setenv("COMMUNIQUE_DB", str(tmp_path / "env.db"))
    with open_store() as s:
        assert s.path == str(tmp_path / "env.db")
    with open_store(tmp_path / "explicit.db") as s:
        assert s.path == str(tmp_path / "explicit.db")
    assert (tmp_path / "explicit.db.search").is_dir()


def test_wal_mode(store: Store) -> None:
    conn = sqlite3.connect(store.path)
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
