"""Testimony: what one document says about one meeting, before meetings
are assembled (see ``meetings``).

A record gives at most one testimony as the document that *records* a
meeting (its title block: body and a date or session), and one for each
``Reference`` of kind ``meeting`` it makes (role ``mentions``). Each
testimony carries its identity keys (body, day-precise dates, session,
meeting number) and its claims, every claim with the record and span it
came from.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.link.bodies import body_key, family_of
from communique.link.claims import Claim
from communique.models import Evidence, Record, Reference, Span

FIELDS = ("body", "level", "dates", "city", "country", "session", "chair", "attendees")
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CAPITALISED = re.compile(r"\b[A-Z][\w-]*")
_GENERIC = frozenset(
    re.findall(
        r"\w+",
        "the its this that meeting meetings session sessions ministerial extraordinary special"
        " annual informal last previous next january february march april may june july august"
        " september october november december",
    )
)
_MEETING_WORD = re.compile(r"(?i)\s*\b(?:meetings?|sessions?)\s*$")
_NUMBERED = re.compile(r"(?i)\d\s*(?:st|nd|rd|th)?\s+meeting\b(?!s? of the)")
SessionKey = tuple[int, str | None]


@dataclass(frozen=True)
class MeetingDocument:
    """A document that records or mentions a meeting."""

    record: str
    role: str  # "records" | "mentions"
    text: str | None = None  # the reference as printed, for "mentions"
    span: Span | None = None
    reference: int | None = None  # its index in the record's ``references``, for "mentions"


@dataclass(frozen=True)
class Testimony:
    body: str  # body key
    days: tuple[str, str] | None  # first and last day, when day-precise
    session: SessionKey | None  # (number, the body whose session it is when not ``body``)
    number: int | None  # the meeting's own number
    claims: tuple[tuple[str, Claim], ...]
    document: MeetingDocument
    exact: bool = False  # a resolution's own date: the day it was adopted, not a report of it


def testimonies(record: Record) -> list[Testimony]:
    """What this record says about the meetings it records or mentions."""
    found = [
        t
        for k, ref in enumerate(record.references)
        if (t := _mentioned(record, ref, k)) is not None
    ]
    own = _recorded(record)
    return [own, *found] if own is not None else found


def _recorded(r: Record) -> Testimony | None:
    if not r.body:
        return None
    body = body_key(r.body)
    if body is None:
        return None
    ev = {e.field: e for e in reversed(r.evidence)}
    claims: list[tuple[str, Claim]] = [("body", _claim(body, r, ev.get("body"), r.body))]
    days: tuple[str, str] | None = None
    if r.dates is not None and r.dates.start:
        value = f"{r.dates.start}/{r.dates.end}" if r.dates.end else r.dates.start
        claims.append(("dates", _claim(value, r, ev.get("dates"))))
        days = _days(r.dates.start, r.dates.end)
    elif r.date:
        claims.append(("dates", Claim(r.date, r.id, note="the document's own date")))
        days = _days(r.date, None)
    session = _session_key(body, r.session.number, r.session.name) if r.session else None
    if r.session is not None and r.session.number is not None:
        claims.append(("session", _claim(str(r.session.number), r, ev.get("session"))))
    number = r.adoption.meeting if r.adoption is not None else None
    if days is None and session is None and number is None:
        return None
    if r.level:
        claims.append(("level", _claim(r.level, r, ev.get("level"))))
    if r.venue is not None and r.venue.city:
        claims.append(("city", _claim(r.venue.city, r, ev.get("venue"))))
    if r.venue is not None and r.venue.country:
        claims.append(("country", _claim(r.venue.country, r, ev.get("venue"))))
    if r.chair:
        claims.append(("chair", _claim(r.chair, r, ev.get("chair"))))
    claims.extend(("attendees", _claim(code, r, ev.get("attendees"))) for code in r.attendees)
    doc = MeetingDocument(r.id, "records")
    exact = r.doc_type == "resolution" and days is not None
    return Testimony(body, days, session, number, tuple(claims), doc, exact)


def _mentioned(r: Record, ref: Reference, k: int) -> Testimony | None:
    if ref.kind != "meeting":
        return None
    family = family_of(body_key(r.body)) if r.body else None
    body, note = None, None
    for name in (ref.body, ref.text):
        if name and (key := body_key(name, family)) and not key.startswith("name:"):
            body = key
            break
    if body is None and (ref.body or _names_something(ref.text)):
        body = body_key(ref.body or _MEETING_WORD.sub("", ref.text))
    printed = ref.body or ref.text
    at: Span | None = ref.span
    if body is None and r.body:
        body, note = body_key(r.body), "the body of the citing document"
        printed = r.body
        at = next((e.span for e in r.evidence if e.field == "body"), None)
    days = _days(ref.date, None) if ref.date else None
    numbered = ref.session is not None and _NUMBERED.search(ref.text) is not None
    session = (ref.session, None) if ref.session is not None and not numbered else None
    number = ref.session if numbered else None
    if body is None or (days is None and session is None and number is None):
        return None
    claims = [("body", Claim(body, r.id, printed, at, note))]
    if ref.date:
        claims.append(("dates", Claim(ref.date, r.id, ref.text, ref.span)))
    if session is not None:
        claims.append(("session", Claim(str(ref.session), r.id, ref.text, ref.span)))
    doc = MeetingDocument(r.id, "mentions", ref.text, ref.span, k)
    return Testimony(body, days, session, number, tuple(claims), doc)


def _names_something(text: str) -> bool:
    """Whether a reference's words name a body of their own ("the G-20 Tourism
    Working Group Meeting") rather than only a meeting ("the meeting of 22 June")."""
    return any(w.casefold() not in _GENERIC for w in _CAPITALISED.findall(text))


def _claim(value: str, r: Record, ev: Evidence | None, printed: str | None = None) -> Claim:
    if ev is None:
        return Claim(value, r.id, printed)
    return Claim(value, r.id, ev.text, ev.span, ev.note)


def _days(start: str, end: str | None) -> tuple[str, str] | None:
    if not _DAY.match(start):
        return None
    return start, end if end and _DAY.match(end) and end >= start else start


def _session_key(body: str, number: int | None, name: str | None) -> SessionKey | None:
    if number is None:
        return None
    of = body_key(name, family_of(body)) if name else None
    return number, None if of is None or of == body or of.startswith("name:") else of


__all__ = ["FIELDS", "MeetingDocument", "SessionKey", "Testimony", "testimonies"]
