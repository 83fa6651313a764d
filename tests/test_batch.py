"""A batch's summary tells the truth about what the store holds."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from communique.batch import expand, ingest_all
from communique.store import open_store


def test_a_full_disk_fails_every_file_it_rolled_back(tmp_path: Path) -> None:
    """SQLite rolls back a whole transaction when the disk is full, taking the
    files written since the last commit with it: the summary marks them failed,
    and every file it calls added is in the store and its search index."""
    docs = tmp_path / "docs"
    docs.mkdir()
    for i in range(32):  # five fit before the disk is full: the last two are kept
        words = f"motion{i} " * 300
        (docs / f"r{i:02}.txt").write_text(
            f"Resolution {i} (2001)\n\nThe Council,\n\n1. Decides {words}.\n", encoding="utf-8"
        )
    with open_store(tmp_path / "s.db") as store:
        conn: sqlite3.Connection = store._conn  # type: ignore[attr-defined]
        pages = conn.execute("PRAGMA page_count").fetchone()[0]
        conn.execute(f"PRAGMA max_page_count = {pages + 12}")  # a disk that fills up
        summary = ingest_all(expand([str(docs)]), store)
    added = {o.origin for o in summary.outcomes if o.status == "added"}
    rolled_back = [o for o in summary.failures if (o.reason or "").startswith("rolled back")]
    assert added and rolled_back and len(summary.outcomes) == 32
    for o in summary.failures:  # each failed itself, or was taken back by one that did
        assert ("disk is full" in (o.reason or "")) != (o.reason or "").startswith("rolled back")
    with open_store(tmp_path / "s.db") as store:
        assert {r.origin for r in store.iter_records()} == added
        hits = {h.record_id for h in store.search("decides", limit=100).hits}
        assert hits == {r.id for r in store.iter_records()}
