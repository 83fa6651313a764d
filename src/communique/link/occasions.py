"""Occasions: the meeting a record was held at, and the meeting or date a
mandate is due at ("the 35th Session of the ICFM", "the upcoming Islamic
Summit", "by 31 October 2021", "within six months").

A small matcher over the records themselves, behind one class
(``Occasions``) that a meeting index can replace:

- **Body key**: a body name becomes its gazetteer id ("Islamic Conference of
  Foreign Ministers" and "OIC Council of Foreign Ministers" → ``oic.cfm``);
  a generic or unknown name keeps its folded words without ordinals,
  acronyms and "upcoming"/"next" (``summit``, ``littoral summit``). A word
  key matches another whose last words it is ("summit" ↔ "littoral summit").
- **Held at**: a record was held at its own session (``Record.session`` and
  ``Record.body``, else the session line of its head) or at the session it
  met on the sidelines of ("on the sidelines of the 51st session of the OIC
  Council of Foreign Ministers" → ``oic.cfm`` 51).
- **Due**: a numbered session resolves to the earliest dated record held at
  it; it has *passed* when such a record exists or when a record of a later
  session of the same body does (its date then bounds the occasion). "The
  upcoming/next X" resolves to the first record held at X after the source.
  A printed date, "the end of YEAR" and "within N days/weeks/months/years"
  (counted from the source's date) resolve to a date; it has passed when it
  lies before the latest record date in the store.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from typing import Literal

from communique.extract import meeting
from communique.extract.asks import family_of
from communique.extract.dates import first_date
from communique.extract.ordinals import ORDINAL
from communique.extract.organisations import find_organisations
from communique.models import Record

OccasionKind = Literal["session", "next", "date"]

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_DROP = frozenset("the a an upcoming next forthcoming coming sidelines its".split())  # noqa: SIM905
_NEXT = re.compile(r"(?i)\b(?:upcoming|next|forthcoming|coming)\s+(?P<name>.+)$")
_WITHIN = re.compile(r"(?i)\bwithin\s+(?P<n>\w+)\s+(?P<unit>day|week|month|year)s?\b")
_END_OF = re.compile(r"(?i)\b(?:end\s+of|by|before|in)\s+(?P<y>(?:19|20)\d\d)\b")
_NUMBERS = dict(
    zip(
        "one two three four five six seven eight nine ten eleven twelve".split(),  # noqa: SIM905
        range(1, 13),
        strict=True,
    )
)


@dataclass(frozen=True)
class Occasion:
    """When a mandate is due, as printed and as resolved."""

    text: str  # as printed: "the 35th Session of the Islamic Conference of Foreign Ministers"
    kind: OccasionKind
    body: str | None = None  # body key of the meeting
    number: int | None = None  # session number
    date: str | None = None  # ISO date of the occasion, when known
    record: str | None = None  # a record held at that occasion (or at a later session)
    passed: bool = False
    bound: str | None = None  # traces after this date do not answer the mandate
    note: str = ""  # how it was resolved


@dataclass(frozen=True)
class Held:
    """The meeting a record was held at (its own session, or the one it met beside)."""

    body: str | None  # body key of the record's issuing body
    at: str | None  # body key of the session it was held at
    number: int | None


@lru_cache(maxsize=4096)
def body_key(name: str, family: str | None = None) -> str | None:
    """The gazetteer id of the body named, else its folded words."""
    mentions = find_organisations(name, family=family)
    for m in mentions:
        if m.id:
            return m.id
    if mentions:  # a generic name whose family is unknown: its words
        name = mentions[0].name
    words = [
        w.lower()
        for w in _WORD.findall(name.replace("-", " "))
        if not (w.isupper() and 2 <= len(w) <= 6) and not ORDINAL.fullmatch(w)
    ]
    while words and words[0] in _DROP | {"session", "meeting", "of"}:
        words.pop(0)
    words = [w for w in words if w not in _DROP]
    return " ".join(words) or None


def same_body(a: str | None, b: str | None) -> bool:
    if a is None or b is None:
        return False
    if a == b:
        return True
    if "." in a or "." in b:  # gazetteer ids match only themselves
        return False
    wa, wb = a.split(), b.split()
    short, long = (wa, wb) if len(wa) <= len(wb) else (wb, wa)
    return long[-len(short) :] == short


def _head(record: Record) -> str:
    kinds = ("title", "subject", "paragraph", "preambular")
    return "\n".join(c.text for c in record.clauses[:6] if c.kind in kinds)[:1500]


def held(record: Record) -> Held:
    """The body and session a record was held at."""
    family = family_of(record.text, record.symbol)
    head = _head(record)
    found = meeting.session(head)
    own = record.body
    number = record.session.number if record.session else None
    if own is None and found and not found.sidelines and found.body:
        own, number = found.body.value, found.number
    issuer = own
    if issuer is None:
        group = meeting.contact_group(head, meeting.org_acronym(record.text[:3000]))
        issuer = group.value if group else None
    body = body_key(issuer, family) if issuer else None
    name = record.session.name if record.session else None
    if name and "(sidelines)" in name and number is not None:
        # a meeting on the sidelines of a session: the session is the host body's
        return Held(body, body_key(name.replace("(sidelines)", ""), family), number)
    if own and number is not None:
        return Held(body, body_key(own, family), number)
    if found and found.sidelines and found.name:
        return Held(body, body_key(found.name.replace("(sidelines)", ""), family), found.number)
    return Held(body, None, None)


def when(record: Record) -> str | None:
    """A record's date for ordering: its date, else the first day of its year."""
    return record.date or (f"{record.year}-01-01" if record.year else None)


class Occasions:
    """Resolves what a mandate is due at against a set of records."""

    def __init__(self, records: Sequence[Record]) -> None:
        self.records = [r for r in records if when(r)]
        self.records.sort(key=lambda r: when(r) or "")
        self.held = {r.id: held(r) for r in self.records}
        self.latest = max((when(r) or "" for r in self.records), default=None)

    def of(self, record: Record) -> Held:
        """The meeting ``record`` was held at (cached for the records given)."""
        found = self.held.get(record.id)
        return found if found is not None else held(record)

    def resolve(self, due: str | None, source: Record) -> Occasion | None:
        if not due:
            return None
        family = family_of(source.text, source.symbol)
        found = meeting.session(due)
        if found and found.number is not None and found.body:
            return self._session(due, body_key(found.body.value, family), found.number)
        if m := _NEXT.search(due):
            return self._next(due, body_key(m.group("name"), family), source)
        return self._date(due, source)

    def _session(self, due: str, body: str | None, number: int) -> Occasion:
        at = [(r, h) for r in self.records if (h := self.held[r.id]).number]
        at = [(r, h) for r, h in at if same_body(h.at, body)]
        this = [r for r, h in at if h.number == number]
        if this:
            r = this[0]
            note = f"held at that session: {r.symbol or r.title or r.id}"
            return Occasion(due, "session", body, number, r.date, r.id, True, when(r), note)
        later = [(r, h) for r, h in at if h.number and h.number > number]
        if later:
            r, h = later[0]
            note = f"a later session ({h.number}) is in the store: {r.symbol or r.title or r.id}"
            bound = _day_before(when(r) or "")
            return Occasion(due, "session", body, number, None, r.id, True, bound, note)
        return Occasion(due, "session", body, number, note="no record of that session")

    def _next(self, due: str, body: str | None, source: Record) -> Occasion:
        start = when(source) or ""
        for r in self.records:
            h = self.held[r.id]
            if (when(r) or "") > start and h.number is not None and same_body(h.at, body):
                note = f"the first session held after the source: {r.symbol or r.title or r.id}"
                return Occasion(due, "next", body, h.number, r.date, r.id, True, when(r), note)
        return Occasion(due, "next", body, note="no later record of that meeting")

    def _date(self, due: str, source: Record) -> Occasion | None:
        iso: str | None = None
        if (d := first_date(due)) and d.first:
            iso, note = d.last or d.first, "the date printed"
        elif (m := _END_OF.search(due)) is not None:
            iso, note = f"{m.group('y')}-12-31", "the end of the year printed"
        elif (m := _WITHIN.search(due)) and source.date:
            iso, note = (
                _after(source.date, m.group("n"), m.group("unit")),
                "counted from the source",
            )
        if iso is None:
            return None
        passed = self.latest is not None and iso < self.latest
        return Occasion(due, "date", date=iso, passed=passed, bound=iso, note=note)


def _day_before(iso: str) -> str:
    return (date.fromisoformat(iso) - timedelta(days=1)).isoformat()


def _after(start: str, n: str, unit: str) -> str | None:
    count = int(n) if n.isdigit() else _NUMBERS.get(n.lower())
    if count is None:
        return None
    d = date.fromisoformat(start)
    unit = unit.lower()
    if unit in ("day", "week"):
        return (d + timedelta(days=count * (7 if unit == "week" else 1))).isoformat()
    months = d.month - 1 + count * (12 if unit == "year" else 1)
    year, month = d.year + months // 12, months % 12 + 1
    return date(year, month, min(d.day, 28)).isoformat()


__all__ = ["Held", "Occasion", "OccasionKind", "Occasions", "body_key", "held", "same_body", "when"]
