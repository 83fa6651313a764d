"""What a document page shows around the text: the meetings it records or
mentions, its references resolved to other documents (and the documents
that cite it), and the documents of its series it can be compared with.

``Index`` is computed once per store generation from the documents' columns
(``Store.catalogue``): a label and a date for every id, and each series
(``link.lineage.series``: the same body, else the same type and symbol
pattern) in date order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from communique.models import Record
from communique.store.links import MeetingRow
from communique.web.dossier import Dossier

COMPARE_NEIGHBOURS = 4  # documents offered before and after this one in its series


@dataclass(frozen=True)
class DocRef:
    """A document named on another page: its id, what a reader calls it, its date."""

    id: str
    label: str
    date: str | None
    doc_type: str


@dataclass(frozen=True)
class Index:
    docs: dict[str, DocRef]
    series_of: dict[str, tuple[str, ...]]
    members: dict[tuple[str, ...], tuple[str, ...]]  # series → ids in date order


def label(r: Record) -> str:
    return r.symbol or r.title or r.id


Row = tuple[str, str, str | None, str | None, str | None, str | None]


def series_key(doc_type: str, symbol: str | None, body: str | None) -> tuple[str, ...]:
    """``link.lineage.series`` from the columns: the body, else type and symbol pattern."""
    if body:
        return ("body", body)
    return ("type", doc_type, re.sub(r"\d+", "#", symbol or ""))


def build_index(rows: Sequence[Row]) -> Index:
    """From ``Store.catalogue()``: no record is read (≈ 5 ms for 908 documents)."""
    docs = {i: DocRef(i, symbol or title or i, date, t) for i, t, title, symbol, _, date in rows}
    series_of = {i: series_key(t, symbol, body) for i, t, _, symbol, body, _ in rows}
    grouped: dict[tuple[str, ...], list[Row]] = defaultdict(list)
    for row in rows:
        grouped[series_of[row[0]]].append(row)
    members = {
        k: tuple(r[0] for r in sorted(rs, key=lambda r: (r[5] or "~", r[3] or "", r[0])))
        for k, rs in grouped.items()
    }
    return Index(docs, series_of, members)


def index(dossier: Dossier) -> Index:
    return dossier.keep("index", lambda store: build_index(store.catalogue()))


@dataclass(frozen=True)
class Reference:
    """A reference the document makes, resolved or not."""

    text: str
    kind: str
    status: str  # "resolved", "ambiguous", "open"
    targets: tuple[DocRef, ...]
    meeting: str | None


@dataclass(frozen=True)
class Context:
    meetings: tuple[tuple[str, MeetingRow], ...]  # (role, meeting)
    references: tuple[Reference, ...]
    cited_by: tuple[DocRef, ...]
    compare_with: tuple[DocRef, ...]


def context(dossier: Dossier, record_id: str) -> Context:
    with dossier.use() as store:
        meetings = store.document_meetings(record_id)
        links = store.document_links(record_id)
    idx = index(dossier)
    refs: dict[int, Reference] = {}
    cited: dict[str, DocRef] = {}
    for x in links:
        if x.document_id != record_id:
            if x.document_id in idx.docs:
                cited[x.document_id] = idx.docs[x.document_id]
            continue
        target = idx.docs.get(x.target_id) if x.target_id else None
        old = refs.get(x.reference)
        targets = (old.targets if old else ()) + ((target,) if target else ())
        refs[x.reference] = Reference(x.text, x.kind, x.status, targets, x.meeting_id)
    return Context(
        tuple(meetings), tuple(refs.values()), tuple(cited.values()), _neighbours(idx, record_id)
    )


def _neighbours(idx: Index, record_id: str) -> tuple[DocRef, ...]:
    key = idx.series_of.get(record_id)
    if key is None:
        return ()
    ids = idx.members[key]
    at = ids.index(record_id)
    near = ids[max(0, at - COMPARE_NEIGHBOURS) : at] + ids[at + 1 : at + 1 + COMPARE_NEIGHBOURS]
    return tuple(idx.docs[i] for i in near)


__all__ = ["Context", "DocRef", "Index", "Reference", "context", "index", "label"]
