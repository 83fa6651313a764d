"""The store behind the pages, shared by every request of one process, and
what the pages derive from all of its records.

The store is opened read-only while serving, so whatever is computed from
its records stays true until its write counter (``Store.generation()``)
moves — which only another process (an ``ingest``) can make it do. Every
derived value is therefore kept per process under the generation it was
computed at, and recomputed when the generation has moved:

- ``records()``: every record, read once (≈ 0.7 s for the 908 records of the
  shared corpus);
- ``memo(name, compute)``: ``compute(records)`` once, in the calling thread,
  for quick indexes (labels and series of every document);
- ``derived(name, compute)``: ``compute(records)`` run once on a worker
  thread and awaited, so a slow computation (the mandate follow-up takes
  ~50 s over the shared corpus) never blocks the event loop; ``peek`` gives
  it only when it is ready, and starts it otherwise.

The store's connection is used by one thread at a time (``use``).
"""

from __future__ import annotations

import asyncio
import threading
from collections import OrderedDict
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from contextlib import contextmanager
from typing import Any, TypeVar

from communique.models import Record
from communique.store import Store

T = TypeVar("T")
_MISSING: Any = object()
DERIVED_KEPT = 64  # derived values kept per process (phrase histories are one per phrase)


class Dossier:
    """The store and its derived data, for one server process."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self._lock = threading.Lock()
        self._records: tuple[int, tuple[Record, ...]] | None = None
        self._records_lock = threading.Lock()
        self._derived: OrderedDict[tuple[str, int], Future[Any]] = OrderedDict()
        self._derived_lock = threading.Lock()
        self._executor: ThreadPoolExecutor | None = None
        self._memo: dict[tuple[str, int], Any] = {}
        self._kept: dict[tuple[str, int], Any] = {}

    @contextmanager
    def use(self) -> Iterator[Store]:
        with self._lock:
            yield self.store

    def generation(self) -> int:
        with self._lock:
            return self.store.generation()

    def records(self) -> tuple[Record, ...]:
        """Every record, as of the store's current generation."""
        generation = self.generation()
        with self._records_lock:
            if self._records is None or self._records[0] != generation:
                with self.use() as store:
                    self._records = (generation, tuple(store.iter_records()))
            return self._records[1]

    def keep(self, name: str, compute: Callable[[Store], T]) -> T:
        """``compute(store)`` once per generation, under the store's lock."""
        with self._lock:
            key = (name, self.store.generation())
            if key not in self._kept:
                self._kept = {k: v for k, v in self._kept.items() if k[1] == key[1]}
                self._kept[key] = compute(self.store)
            return self._kept[key]  # type: ignore[no-any-return]

    def memo(self, name: str, compute: Callable[[tuple[Record, ...]], T]) -> T:
        """``compute(records)`` computed once per generation in the calling
        thread: for quick indexes that a page needs at once."""
        key = (name, self.generation())
        with self._records_lock:
            found = self._memo.get(key, _MISSING)
        if found is _MISSING:
            found = compute(self.records())
            with self._records_lock:
                self._memo = {k: v for k, v in self._memo.items() if k[1] == key[1]}
                self._memo[key] = found
        return found  # type: ignore[no-any-return]

    def _future(self, name: str, compute: Callable[[tuple[Record, ...]], T]) -> Future[T]:
        key = (name, self.generation())
        with self._derived_lock:
            future = self._derived.get(key)
            if future is not None and future.done() and future.exception() is not None:
                future = None  # a failed computation is tried again by the next request
            if future is None:
                if self._executor is None:
                    self._executor = ThreadPoolExecutor(1, thread_name_prefix="dossier")
                future = self._executor.submit(lambda: compute(self.records()))
                self._derived[key] = future
                while len(self._derived) > DERIVED_KEPT:
                    self._derived.popitem(last=False)
            else:
                self._derived.move_to_end(key)
            return future

    async def derived(self, name: str, compute: Callable[[tuple[Record, ...]], T]) -> T:
        """``compute(records)``, computed once per generation on a worker thread."""
        return await asyncio.wrap_future(self._future(name, compute))

    def peek(self, name: str, compute: Callable[[tuple[Record, ...]], T]) -> T | None:
        """The derived value if it is ready; else None (and it is being computed)."""
        future = self._future(name, compute)
        if future.done() and future.exception() is None:
            return future.result()
        return None

    def close(self) -> None:
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
        with self._lock:
            self.store.close()


__all__ = ["Dossier"]
