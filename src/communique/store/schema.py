"""The store's database shape: numbered migrations applied at open.

Each ``migrations/NNNN_name.sql`` moves the schema from version NNNN-1 to
NNNN. The current version lives in ``meta`` (key ``schema_version``); a file
without that table is version 0. Opening applies the missing migrations, each
in its own transaction, so opening twice is harmless and an interrupted
migration leaves the previous version intact.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from importlib import resources

from communique.errors import StoreError

_NAME = re.compile(r"^(\d{4})_[a-z0-9_]+\.sql$")


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    sql: str


def migrations() -> list[Migration]:
    """The bundled migrations, in order; their numbers must run 1, 2, 3, …"""
    found = []
    for entry in resources.files("communique.store").joinpath("migrations").iterdir():
        match = _NAME.match(entry.name)
        if match:
            found.append(Migration(int(match.group(1)), entry.name, entry.read_text("utf-8")))
    found.sort(key=lambda m: m.version)
    if [m.version for m in found] != list(range(1, len(found) + 1)):
        raise StoreError(f"migrations are not numbered 1..n: {[m.name for m in found]}")
    return found


def latest_version() -> int:
    return len(migrations())


def schema_version(conn: sqlite3.Connection) -> int:
    """The version recorded in the file; 0 for a file we have never shaped."""
    has_meta = conn.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'meta'"
    ).fetchone()
    if not has_meta:
        return 0
    row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    return int(row[0]) if row else 0


def ensure_schema(conn: sqlite3.Connection, origin: str) -> int:
    """Apply the migrations this file lacks; return the resulting version.

    ``conn`` must be in autocommit mode (``isolation_level=None``)."""
    try:
        current = schema_version(conn)
        known = migrations()
        if current > len(known):
            raise StoreError(
                f"store has schema version {current}, newer than this program ({len(known)})",
                origin,
            )
        for migration in known[current:]:
            _apply(conn, migration)
        return schema_version(conn)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot prepare the store: {exc}", origin) from exc


def _apply(conn: sqlite3.Connection, migration: Migration) -> None:
    conn.execute("BEGIN IMMEDIATE")
    try:
        # re-check under the write lock: another process may have migrated meanwhile
        if schema_version(conn) >= migration.version:
            conn.execute("ROLLBACK")
            return
        for statement in _statements(migration.sql):
            conn.execute(statement)
        conn.execute(
            "INSERT INTO meta (key, value) VALUES ('schema_version', ?) "
            "ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            (str(migration.version),),
        )
        conn.execute("COMMIT")
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise


def _statements(sql: str) -> list[str]:
    """Split a migration into statements (our migrations hold no ';' in literals)."""
    lines = [line for line in sql.splitlines() if not line.lstrip().startswith("--")]
    cleaned = "\n".join(re.sub(r"--[^\n]*$", "", line) for line in lines)
    return [s.strip() for s in cleaned.split(";") if s.strip()]


__all__ = ["Migration", "ensure_schema", "latest_version", "migrations", "schema_version"]
