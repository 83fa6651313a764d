"""Ingest a batch of files, folders and URLs into a store, one file at a time.

Each file is read, extracted and written whole or not at all; a file that
fails is reported with its reason and the batch goes on. Nothing is kept in
memory between files, so memory stays flat however large the batch.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from typing import Literal

from communique.errors import CommuniqueError, RolledBackError, UnsupportedTypeError
from communique.extract import extract
from communique.ingest import DEFAULT_MAX_BYTES, iter_targets, read
from communique.store import Store
from communique.store.links import RelinkResult

Status = Literal["added", "updated", "unchanged", "skipped", "failed"]


@dataclass(frozen=True)
class FileOutcome:
    """What happened to one file or URL."""

    target: str
    status: Status
    documents: int = 0
    clauses: int = 0
    reason: str | None = None
    origin: str | None = None  # as stored (a resolved path or the URL), once read
    rolled_back: tuple[str, ...] = ()  # origins of earlier files this failure took back


@dataclass(frozen=True)
class BatchSummary:
    """The outcome of every file in a batch, in order, and what relinking found."""

    outcomes: tuple[FileOutcome, ...]
    links: RelinkResult | None = None  # None when nothing changed, so nothing was relinked

    def count(self, *statuses: Status) -> int:
        return sum(1 for o in self.outcomes if o.status in statuses)

    @property
    def documents(self) -> int:
        return sum(o.documents for o in self.outcomes)

    @property
    def clauses(self) -> int:
        return sum(o.clauses for o in self.outcomes)

    @property
    def failures(self) -> tuple[FileOutcome, ...]:
        return tuple(o for o in self.outcomes if o.status == "failed")

    @property
    def ok(self) -> bool:
        """True when no file failed (files skipped inside a folder don't count)."""
        return not self.failures


def expand(targets: Iterable[str]) -> list[tuple[str, bool]]:
    """Each file or URL to ingest, with whether the user named it explicitly
    (an unsupported file found inside a folder is skipped; one named on the
    command line is a failure)."""
    out: list[tuple[str, bool]] = []
    for target in targets:
        explicit = not os.path.isdir(target)
        out.extend((t, explicit) for t in iter_targets([target]))
    return out


def ingest_one(
    target: str, store: Store, *, explicit: bool = True, max_bytes: int = DEFAULT_MAX_BYTES
) -> FileOutcome:
    """Read, extract and store one file or URL. Never raises a CommuniqueError:
    it becomes the outcome's reason."""
    try:
        source = read(target, max_bytes=max_bytes)
        records = extract(source)
        result = store.put_file(source.origin, source.sha256, records)
    except UnsupportedTypeError as exc:
        return FileOutcome(target, "failed" if explicit else "skipped", reason=exc.reason)
    except RolledBackError as exc:
        return FileOutcome(target, "failed", reason=exc.reason, rolled_back=exc.lost)
    except CommuniqueError as exc:
        return FileOutcome(target, "failed", reason=exc.reason)
    status: Status = "added" if result.added else "updated" if result.updated else "unchanged"
    return FileOutcome(
        target,
        status,
        documents=len(records),
        clauses=sum(len(r.clauses) for r in records),
        origin=source.origin,
    )


def ingest_all(
    targets: Sequence[tuple[str, bool]] | Iterable[str],
    store: Store,
    *,
    max_bytes: int = DEFAULT_MAX_BYTES,
    on_file: Callable[[FileOutcome], None] | None = None,
) -> BatchSummary:
    """Ingest every target in turn; ``on_file`` is called after each one."""
    items = [t if isinstance(t, tuple) else (t, True) for t in targets]
    outcomes: list[FileOutcome] = []
    for target, explicit in items:
        outcome = ingest_one(target, store, explicit=explicit, max_bytes=max_bytes)
        if outcome.rolled_back:
            outcomes = _fail_rolled_back(outcomes, outcome.rolled_back, f"storing {target} failed")
        outcomes.append(outcome)
        if on_file is not None:
            on_file(outcome)
    try:
        store.flush()
    except RolledBackError as exc:  # the last commit failed: those files are not stored
        outcomes = _fail_rolled_back(outcomes, exc.lost, f"the last commit failed: {exc.reason}")
    # meetings and resolved references are derived from every record: recompute them
    links = store.relink() if store.links_behind() else None
    return BatchSummary(tuple(outcomes), links)


def _fail_rolled_back(
    outcomes: list[FileOutcome], lost: Sequence[str], why: str
) -> list[FileOutcome]:
    """The outcomes again, those of files a failure took back out of the store failed."""
    gone = set(lost)
    return [
        replace(o, status="failed", documents=0, clauses=0, reason=f"rolled back: {why}")
        if o.origin in gone
        else o
        for o in outcomes
    ]


def display_name(target: str) -> str:
    """A path relative to the working directory when that is shorter."""
    if "://" in target:
        return target
    try:
        rel = os.path.relpath(target)
    except ValueError:
        return target
    return rel if len(rel) < len(target) else target


__all__ = ["BatchSummary", "FileOutcome", "display_name", "expand", "ingest_all", "ingest_one"]
