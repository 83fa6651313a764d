"""The search index: a tantivy index of clause text, derived from the store.

The index lives in a directory of its own (``<db>.search/`` beside a SQLite
file) and can always be rebuilt from the records. Beside tantivy's files it
keeps ``communique-index.json`` with the format of the entries and the store
generation it has committed; the store compares that with its own to find an
index that is behind (a crash between the two commits) or of another format.

Writes are queued in a tantivy writer and become visible on ``commit``, which
is slow (it writes segments), so the store commits once per batch of files.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import orjson
import tantivy

from communique.errors import StoreError
from communique.search import text
from communique.search.entries import Entry
from communique.search.plan import MAX_LIMIT, check_filters, needs_check, plan
from communique.search.query import ParsedQuery, parse_query
from communique.search.results import Hit, Match, Matches, SearchResult
from communique.search.snippets import make_snippet, matches

FORMAT = 3  # bump when the schema or the analysis changes: old indexes are rebuilt
STATE_FILE = "communique-index.json"
CHECK_MARGIN = 20  # extra candidates fetched when long phrases are checked after ranking


def build_schema() -> tantivy.Schema:
    builder = tantivy.SchemaBuilder()
    builder.add_text_field("record_id", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_text_field("sha256", tokenizer_name="raw", index_option="basic")
    builder.add_text_field("doc_type", stored=True, tokenizer_name="raw", index_option="basic")
    builder.add_integer_field("year", stored=True, indexed=True, fast=True)
    builder.add_text_field("text", stored=True, tokenizer_name=text.WORDS)
    builder.add_text_field("shingles", tokenizer_name=text.SHINGLES, index_option="freq")
    builder.add_bytes_field("meta", stored=True)  # JSON: title, symbol, kind, number, order, seq
    return builder.build()


class SearchIndex:
    """Clause entries in tantivy; ``directory=None`` keeps them in memory."""

    def __init__(
        self, directory: str | None, *, heap_bytes: int = 64_000_000, threads: int = 1
    ) -> None:
        self.directory = directory
        self.schema = build_schema()
        self._heap_bytes = heap_bytes
        self._threads = threads
        self._writer: tantivy.IndexWriter | None = None
        self.generation = -1  # committed store generation; -1: unknown, rebuild
        self._index = self._open()
        text.register(self._index)

    def _open(self) -> tantivy.Index:
        if self.directory is None:
            self.generation = 0
            return tantivy.Index(self.schema)
        try:
            os.makedirs(self.directory, exist_ok=True)
            state = self._read_state()
            try:
                index = tantivy.Index(self.schema, path=self.directory, reuse=True)
            except ValueError:  # another schema, or damaged: it is derived data, start again
                shutil.rmtree(self.directory)
                os.makedirs(self.directory)
                index = tantivy.Index(self.schema, path=self.directory, reuse=False)
                state = None
        except OSError as exc:
            raise StoreError(f"cannot open the search index: {exc}", self.directory) from exc
        if state is not None and state.get("format") == FORMAT:
            self.generation = int(state.get("generation", -1))
        return index

    def _read_state(self) -> dict[str, int] | None:
        assert self.directory is not None
        try:
            with open(os.path.join(self.directory, STATE_FILE), encoding="utf-8") as f:
                state = json.load(f)
        except (OSError, ValueError):
            return None
        return state if isinstance(state, dict) else None

    def _write_state(self) -> None:
        if self.directory is None:
            return
        path = os.path.join(self.directory, STATE_FILE)
        with open(path + ".tmp", "w", encoding="utf-8") as f:
            json.dump({"format": FORMAT, "generation": self.generation}, f)
        os.replace(path + ".tmp", path)

    # ------------------------------------------------------------ writing

    def writer(self) -> tantivy.IndexWriter:
        """The writer, taking the index's lock on first use."""
        if self._writer is None:
            try:
                self._writer = self._index.writer(self._heap_bytes, self._threads)
            except ValueError as exc:
                raise StoreError(
                    "the search index is being written by another process", self.directory
                ) from exc
        return self._writer

    def add(self, entries: Iterable[Entry]) -> int:
        """Queue entries; they become searchable at ``commit``."""
        writer = self.writer()
        n = 0
        for e in entries:
            words = text.terms(e.text)
            doc = tantivy.Document(
                record_id=e.record_id,
                sha256=e.sha256,
                doc_type=e.doc_type,
                text=e.text,
                shingles=text.shingles(words),
                meta=orjson.dumps([e.title, e.symbol, e.kind, e.number, e.order, e.seq]),
            )
            if e.year is not None:
                doc.add_integer("year", e.year)
            writer.add_document(doc)
            n += 1
        return n

    def delete_content(self, sha256s: Iterable[str]) -> None:
        """Queue the removal of every entry from files with these hashes."""
        writer = self.writer()
        for sha256 in sha256s:
            writer.delete_documents_by_term("sha256", sha256)

    def clear(self) -> None:
        self.writer().delete_all_documents()

    def commit(self, generation: int) -> None:
        """Make queued changes searchable and record the store generation they reach."""
        self.writer().commit()
        self.generation = generation
        self._write_state()
        self._index.reload()

    def rollback(self) -> None:
        if self._writer is not None:
            self._writer.rollback()

    def close(self, *, wait_for_merges: bool = False) -> None:
        """Release the writer lock; uncommitted changes are dropped. With
        ``wait_for_merges``, first let background segment merges finish."""
        if self._writer is not None:
            with contextlib.suppress(ValueError):
                self._writer.rollback()
                if wait_for_merges:
                    self._writer.wait_merging_threads()
            self._writer = None
            if wait_for_merges:
                self._index.reload()

    # ------------------------------------------------------------ reading

    def num_entries(self) -> int:
        return int(self._index.searcher().num_docs)

    def search(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        limit: int = 10,
    ) -> SearchResult:
        """The best-ranked clauses for ``query`` (see ``search.query`` for the syntax)."""
        parsed = parse_query(query)
        check_filters(doc_type, year_from, year_to, limit)

        def planned(exact: bool = True) -> tantivy.Query:
            return plan(
                self.schema,
                parsed,
                doc_type=doc_type,
                year_from=year_from,
                year_to=year_to,
                exact=exact,
            )

        searcher = self._index.searcher()
        phrases = parsed.phrases()
        if not needs_check(parsed):
            hits, exhausted = self._top(searcher, planned(), limit)
        else:  # long phrases: rank by word pairs, keep the candidates that hold the phrases
            wanted = limit + CHECK_MARGIN
            quick = planned(exact=False)
            candidates, exhausted = self._top(searcher, quick, wanted)
            hits = [h for h in candidates if _holds(h.text, parsed)]
            if len(hits) < limit and not exhausted:
                hits, exhausted = self._top(searcher, planned(), limit)
        total = len(hits) if exhausted else None
        return SearchResult(query=query, hits=[_hit(h, phrases) for h in hits[:limit]], total=total)

    def matching(
        self,
        query: str,
        *,
        doc_type: str | None = None,
        year_from: int | None = None,
        year_to: int | None = None,
        cap: int = MAX_LIMIT,
    ) -> Matches:
        """The best ``cap`` matching clauses without snippets (the exact plan:
        long phrases are checked by the index), for facets and paging."""
        parsed = parse_query(query)
        check_filters(doc_type, year_from, year_to, cap)
        planned = plan(self.schema, parsed, doc_type=doc_type, year_from=year_from, year_to=year_to)
        found, exhausted = self._top(self._index.searcher(), planned, cap)
        return Matches(
            query=query,
            phrases=parsed.phrases(),
            matches=[_match(f) for f in found],
            complete=exhausted,
        )

    def _top(
        self, searcher: tantivy.Searcher, planned: tantivy.Query, k: int
    ) -> tuple[list[_Found], bool]:
        """The best k entries; and whether there were no more."""
        # count=False: counting every match would switch off top-k pruning
        found = searcher.search(planned, k, count=False)
        hits = [
            _Found(float(score), searcher.doc(address).to_dict()) for score, address in found.hits
        ]
        return hits, len(hits) < k


@dataclass(frozen=True)
class _Found:
    score: float
    stored: dict[str, list[Any]]

    @property
    def text(self) -> str:
        return str(self.stored["text"][0])


def _holds(clause_text: str, parsed: ParsedQuery) -> bool:
    """Whether every required group has a phrase that stands in the text."""
    return all(matches(clause_text, group) for group in parsed.required)


def _match(found: _Found) -> Match:
    seq = json.loads(found.stored["meta"][0])[5]
    return Match(str(found.stored["record_id"][0]), int(seq), found.score, found.text)


def _hit(found: _Found, phrases: tuple[tuple[str, ...], ...]) -> Hit:
    stored = found.stored
    title, symbol, kind, number, order, seq = json.loads(stored["meta"][0])
    snippet, highlights = make_snippet(found.text, phrases)
    year = stored.get("year")
    return Hit(
        record_id=str(stored["record_id"][0]),
        doc_type=str(stored["doc_type"][0]),
        year=int(year[0]) if year else None,
        title=title,
        symbol=symbol,
        clause_kind=kind,
        clause_number=number,
        clause_order=order,
        clause_seq=seq,
        score=found.score,
        snippet=snippet,
        highlights=highlights,
    )


__all__ = ["FORMAT", "SearchIndex", "build_schema"]
