"""Where records are kept: a ``Store`` protocol and its SQLite implementation.

with open_store() as store:               # ./communique.db, or $COMMUNIQUE_DB
    store.put_file(origin, sha256, records)
    store.search("self-determination")
"""

from __future__ import annotations

import os

from communique.errors import StoreError
from communique.search.results import Hit, SearchResult
from communique.store.base import PutResult, PutStatus, Stats, Store, Summary
from communique.store.browse import DocumentPage, MatchInfo, Mention, Overview
from communique.store.sqlite import SqliteStore

DEFAULT_DB = "communique.db"
ENV_VAR = "COMMUNIQUE_DB"


def open_store(location: str | os.PathLike[str] | None = None, *, read_only: bool = False) -> Store:
    """Open (creating and migrating as needed) the store at ``location``.

    An explicit location wins over ``$COMMUNIQUE_DB``, which wins over
    ``communique.db`` in the current directory. ``read_only`` opens an
    existing store without creating, migrating or re-indexing anything."""
    if location is None:
        location = os.environ.get(ENV_VAR) or DEFAULT_DB
    path = os.fspath(location)
    if path.startswith(("postgres://", "postgresql://")):
        raise StoreError("a PostgreSQL store is not available yet", path)
    if path != ":memory:":
        path = os.path.abspath(path)
    return SqliteStore(path, read_only=read_only)


__all__ = [
    "DEFAULT_DB",
    "ENV_VAR",
    "DocumentPage",
    "Hit",
    "MatchInfo",
    "Mention",
    "Overview",
    "PutResult",
    "PutStatus",
    "SearchResult",
    "SqliteStore",
    "Stats",
    "Store",
    "Summary",
    "open_store",
]
