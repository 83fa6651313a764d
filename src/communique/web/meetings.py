"""The meetings pages' data: the list (filtered by body and year) and one
meeting with every attribute's claims and their sources.

Claims are never merged: where sources disagree the page says so first
("sources disagree: 25 September 2019 (doc A) / 26 September 2019 (doc B)"),
and every claim keeps the record that makes it and the words as printed.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from communique.link.claims import Claim
from communique.link.meetings import Meeting
from communique.link.testimony import FIELDS
from communique.store import Summary
from communique.store.links import MeetingRow
from communique.web.context import DocRef, index
from communique.web.dossier import Dossier
from communique.web.errors import WebError

MAX_MEETINGS = 500  # rows on one page of the list
LABELS = {
    "body": "Body",
    "level": "Level",
    "dates": "Dates",
    "city": "City",
    "country": "Country",
    "session": "Session",
    "chair": "Chair",
    "attendees": "Attendees",
}


def human_date(value: str | None) -> str:
    """``2019-09-25`` → ``25 September 2019``; a range ``a/b`` → ``a – b``;
    anything else as given."""
    if not value:
        return ""
    if "/" in value:
        first, _, last = value.partition("/")
        return f"{human_date(first)} – {human_date(last)}"
    try:
        d = date.fromisoformat(value)
    except ValueError:
        return value
    return f"{d.day} {d.strftime('%B')} {d.year}"


@dataclass(frozen=True)
class MeetingList:
    body: str | None
    year: int | None
    total: int
    offset: int
    limit: int
    meetings: list[MeetingRow]
    bodies: list[tuple[str, int]]  # body names for the filter, most meetings first


def meetings(
    dossier: Dossier,
    *,
    body: str | None = None,
    year: int | None = None,
    offset: int = 0,
    limit: int = 100,
) -> MeetingList:
    if not 1 <= limit <= MAX_MEETINGS:
        raise WebError(400, "invalid_parameter", f"limit: must be between 1 and {MAX_MEETINGS}")
    if offset < 0:
        raise WebError(400, "invalid_parameter", "offset: must not be negative")
    with dossier.use() as store:
        rows = store.meetings(body=body, year_from=year, year_to=year)
        every = store.meetings() if body else rows
    counts: dict[str, int] = {}
    for m in every:
        name = m.body_name or m.body
        counts[name] = counts.get(name, 0) + 1
    bodies = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return MeetingList(body, year, len(rows), offset, limit, rows[offset : offset + limit], bodies)


@dataclass(frozen=True)
class ClaimLine:
    """One value of an attribute and the sources that give it."""

    value: str
    shown: str  # the value for reading: a date in words, else the value
    printed: str | None  # the words as printed, where they differ from the value
    note: str | None
    sources: tuple[DocRef, ...]


@dataclass(frozen=True)
class Attribute:
    field: str
    label: str
    lines: tuple[ClaimLine, ...]
    disagree: bool


@dataclass(frozen=True)
class Dispute:
    """What sources disagree on: each value with the documents that give it."""

    field: str
    label: str
    values: tuple[tuple[str, tuple[DocRef, ...]], ...]


@dataclass(frozen=True)
class MeetingDoc:
    role: str  # "records" | "mentions"
    document: DocRef
    text: str | None  # the reference as printed, for "mentions"


@dataclass(frozen=True)
class MeetingPage:
    id: str
    title: str
    start: str | None
    end: str | None
    known_only_by_reference: bool
    disputes: tuple[Dispute, ...]
    attributes: tuple[Attribute, ...]
    documents: tuple[MeetingDoc, ...]


def meeting(dossier: Dossier, ref: str) -> MeetingPage:
    with dossier.use() as store:
        view = store.meeting(ref)  # NotInStoreError: 404 in the one shape
    m = view.meeting
    summaries = {s.id: s for s in view.sources}
    docs = index(dossier).docs

    def doc(record_id: str) -> DocRef:
        return docs.get(record_id) or _ref(summaries.get(record_id), record_id)

    shown = _shown
    disagreeing = {d.field for d in m.disagreements}
    disputes = tuple(
        Dispute(
            d.field,
            LABELS.get(d.field, d.field),
            tuple(
                (
                    shown(d.field, v),
                    tuple(dict.fromkeys(doc(c.record) for c in d.claims if c.value == v)),
                )
                for v in d.values
            ),
        )
        for d in m.disagreements
    )
    attributes = tuple(
        Attribute(
            name, LABELS.get(name, name), _lines(name, getattr(m, name), doc), name in disagreeing
        )
        for name in FIELDS
        if getattr(m, name)
    )
    documents = tuple(MeetingDoc(d.role, doc(d.record), d.text) for d in m.documents)
    return MeetingPage(
        m.id,
        _title(m),
        m.start,
        m.end,
        m.known_only_by_reference,
        disputes,
        attributes,
        documents,
    )


def _shown(field: str, value: str) -> str:
    if field == "body":
        return value.removeprefix("name:")  # a folded name where no gazetteer id is known
    return human_date(value) if field == "dates" else value


def _title(m: Meeting) -> str:
    names = [c.text for c in m.body if c.text]
    name = max(names, key=len) if names else m.body_id.removeprefix("name:")
    when = human_date(m.start) if m.start else "date unknown"
    return f"{name}, {when}"


def _lines(
    field: str, claims: tuple[Claim, ...], doc: Callable[[str], DocRef]
) -> tuple[ClaimLine, ...]:
    same: dict[tuple[str, str | None, str | None], list[str]] = {}
    for c in claims:
        same.setdefault((c.value, c.text, c.note), []).append(c.record)
    out = []
    for (value, text, note), records in same.items():
        printed = text if text and text != value else None
        sources = tuple(dict.fromkeys(doc(r) for r in records))
        out.append(ClaimLine(value, _shown(field, value), printed, note, sources))
    return tuple(out)


def _ref(s: Summary | None, record_id: str) -> DocRef:
    if s is None:
        return DocRef(record_id, record_id, None, "document")
    return DocRef(s.id, s.symbol or s.title or s.id, s.date, s.doc_type)


__all__ = ["MeetingList", "MeetingPage", "human_date", "meeting", "meetings"]
