"""What every store offers: the ``Store`` protocol and the values it returns.

The SQLite store is the only one today; a PostgreSQL store can come later
behind the same protocol without touching its callers.
"""

from __future__ import annotations

import builtins
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from types import TracebackType
from typing import TYPE_CHECKING, Literal, Protocol, Self

from communique.models import Record
from communique.search.results import Matches, SearchResult

if TYPE_CHECKING:  # browse and links build on Summary, defined here
    from communique.link.graph import Graph
    from communique.store.browse import DocumentPage, MatchInfo, Mention, Overview
    from communique.store.links import DocumentLink, MeetingRow, MeetingView, RelinkResult

PutStatus = Literal["added", "updated", "unchanged"]


@dataclass(frozen=True)
class PutResult:
    """What ``put_file`` did with one file."""

    origin: str
    sha256: str
    status: PutStatus  # "unchanged": same content and same records as already stored
    ids: tuple[str, ...]  # the ids of the records now stored for this origin
    removed: int = 0  # records of the previous version that are gone

    @property
    def added(self) -> bool:
        return self.status == "added"

    @property
    def updated(self) -> bool:
        return self.status == "updated"

    @property
    def unchanged(self) -> bool:
        return self.status == "unchanged"


@dataclass(frozen=True)
class Summary:
    """One line of a listing: a document without its body."""

    id: str
    doc_type: str
    title: str | None
    symbol: str | None
    date: str | None
    year: int | None
    origin: str
    position: int
    n_clauses: int  # top-level clauses, as in ``len(record.clauses)``


@dataclass(frozen=True)
class Stats:
    """Counts over the whole store."""

    files: int
    documents: int
    clauses: int  # clause rows, sub-items included
    by_doc_type: dict[str, int] = field(default_factory=dict)
    schema_version: int = 0
    generation: int = 0  # bumped by every write; the search index records the one it has seen


class Store(Protocol):
    """A place that keeps records and answers searches over them."""

    path: str

    def put_file(self, origin: str, sha256: str, records: Sequence[Record]) -> PutResult:
        """Store the records extracted from one file, whole or not at all (a
        store may commit several files together; ``flush`` commits every write),
        replacing what a previous version of the same origin produced."""
        ...

    def get(self, ref: str) -> Record:
        """The record with this id, or with this unique id prefix (≥ 4 characters)."""
        ...

    def records_of(self, origin: str) -> list[Record]: ...

    def list(
        self,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int | None = None,
    ) -> list[Summary]: ...

    def search(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int = 10,
    ) -> SearchResult: ...

    def search_matches(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        cap: int = 1000,
    ) -> Matches:
        """Every matching clause up to ``cap``, best first, without snippets."""
        ...

    def describe_matches(self, keys: Sequence[tuple[str, int]]) -> dict[tuple[str, int], MatchInfo]:
        """The document and clause columns of each (record id, clause seq)."""
        ...

    def overview(self) -> Overview:
        """Counts for a home page: by type, year, type and year, body, language."""
        ...

    def documents_page(
        self,
        *,
        doc_type: str | None = None,
        year: int | None = None,
        body: str | None = None,
        offset: int = 0,
        limit: int = 50,
    ) -> DocumentPage: ...

    def actor_mentions(self, actor_id: str, *, limit: int = 200) -> builtins.list[Mention]:
        """Documents whose extracted actors include this actor id."""
        ...

    def iter_records(self) -> Iterator[Record]: ...

    def relink(self) -> RelinkResult:
        """Recompute meetings and resolved references from every stored record
        (derived data, one transaction); call it after a batch of writes."""
        ...

    def links_behind(self) -> bool:
        """Whether records were written since the last ``relink``."""
        ...

    def meetings(
        self, *, body: str | None = None, year_from: int | None = None, year_to: int | None = None
    ) -> builtins.list[MeetingRow]: ...

    def meeting(self, ref: str) -> MeetingView:
        """A meeting by id (or unique prefix) with every claim and its sources."""
        ...

    def document_links(self, document_id: str) -> builtins.list[DocumentLink]: ...

    def document_meetings(self, document_id: str) -> builtins.list[tuple[str, MeetingRow]]:
        """The meetings a document records or mentions: (role, meeting)."""
        ...

    def citation_graph(self) -> Graph:
        """Documents, meetings and open specs; references and records/mentions."""
        ...

    def stats(self) -> Stats: ...

    def catalogue(
        self,
    ) -> builtins.list[tuple[str, str, str | None, str | None, str | None, str | None]]:
        """(id, doc_type, title, symbol, body, date) of every document."""
        ...

    def generation(self) -> int:
        """The write counter (``stats().generation``), read cheaply."""
        ...

    def flush(self) -> None:
        """Make every write so far visible to search (commits the search index)."""
        ...

    def rebuild_search_index(self) -> int:
        """Rebuild the search index from the stored records; returns clauses indexed."""
        ...

    def close(self) -> None: ...

    def __enter__(self) -> Self: ...

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None: ...


__all__ = ["PutResult", "PutStatus", "Stats", "Store", "Summary"]
