"""Meetings: one record per meeting, assembled from every document that
describes it and every reference that names it.

``assemble_meetings(records)`` reads two kinds of testimony:

- a document **records** a meeting when its title block names a body and a
  date or a session (a report, the communiqué or resolutions it adopted, a
  press release or news report about it); the document's own date stands
  for the meeting's where no meeting date is printed (noted on the claim);
- a document **mentions** a meeting through a ``Reference`` of kind
  ``meeting`` with a day-precise date or a session number ("the meetings of
  the Contact Group on 25 September 2019, 22 June 2020, …"). A reference
  without a body takes one from its own words, else from the citing
  document (noted on the claim). A meeting that only references name is a
  meeting *known only by reference*. A document that records a meeting and
  also cites it is listed in both roles.

Identity. Testimonies are grouped by body (``bodies.body_key``: gazetteer id,
else the folded name). Within a body two testimonies are the same meeting
when they carry the same meeting number (a UN "1102nd meeting"), or the same
session (number, and the body the session belongs to when it sat on the
sidelines of another body's session), or day-precise dates that come within
one day of each other (a range counts from its first to its last day) —
unless their meeting numbers or sessions both exist and differ, or both are
resolutions dated on different days (a resolution's date is the day it was
adopted, not a report of it: two are two meetings). The day of
tolerance is what lets "25 September" in one source and "26 September" in
another be one meeting whose dates *disagree* (see ``claims``), rather than
two meetings. Grouping is transitive (single linkage): 25, 26 and 27 of one
body make one meeting.

IDs are deterministic: ``m-`` + 16 hex of sha256 over the body key and the
earliest day claimed (with the meeting number, if any), else the session.
Adding a source that claims an earlier day changes the id: meetings are
derived data, recomputed with every relink.
"""

from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from communique.link.claims import Claim, Disagreement, disagreements
from communique.link.testimony import FIELDS, MeetingDocument, Testimony, testimonies
from communique.models import Record


@dataclass(frozen=True)
class Meeting:
    """A meeting and every claim made about it, with their sources."""

    id: str
    body_id: str  # body key: gazetteer id, or "name:<folded words>"
    body: tuple[Claim, ...] = ()  # value: the body key; text: the name as printed
    level: tuple[Claim, ...] = ()
    dates: tuple[Claim, ...] = ()  # ISO date or range "start/end"
    city: tuple[Claim, ...] = ()
    country: tuple[Claim, ...] = ()  # ISO 3166-1 alpha-3
    session: tuple[Claim, ...] = ()  # the session number, as digits
    chair: tuple[Claim, ...] = ()
    attendees: tuple[Claim, ...] = ()  # one claim per state (ISO alpha-3) per source
    number: int | None = None  # the meeting's own number (UN "1102nd meeting")
    documents: tuple[MeetingDocument, ...] = ()
    disagreements: tuple[Disagreement, ...] = ()

    @property
    def start(self) -> str | None:
        """The earliest day any source gives (see ``dates`` for all of them)."""
        starts = [c.value.partition("/")[0] for c in self.dates]
        return min(starts) if starts else None

    @property
    def end(self) -> str | None:
        ends = [c.value.rpartition("/")[2] for c in self.dates]
        return max(ends) if ends else None

    @property
    def sources(self) -> tuple[str, ...]:
        """The ids of the records that record or mention it, in order."""
        return tuple(dict.fromkeys(d.record for d in self.documents))

    @property
    def known_only_by_reference(self) -> bool:
        return all(d.role == "mentions" for d in self.documents)

    @property
    def attending(self) -> tuple[str, ...]:
        """Every state any source lists as present, sorted."""
        return tuple(sorted({c.value for c in self.attendees}))


def assemble_meetings(records: Sequence[Record]) -> tuple[Meeting, ...]:
    """Every meeting the records describe or reference (see the module doc),
    ordered by earliest date, body and id."""
    by_body: dict[str, list[Testimony]] = defaultdict(list)
    for record in records:
        for t in testimonies(record):
            by_body[t.body].append(t)
    meetings: list[Meeting] = []
    taken: set[str] = set()
    for body in sorted(by_body):
        for group in _groups(by_body[body]):
            meeting = _meeting(body, group, taken)
            taken.add(meeting.id)
            meetings.append(meeting)
    meetings.sort(key=lambda m: (m.start or "~", m.body_id, m.id))
    return tuple(meetings)


def _groups(seen: list[Testimony]) -> list[list[Testimony]]:
    """Testimonies of one body grouped into meetings: the same meeting number
    or session first; then dates, those that overlap before those a day
    apart, never joining groups whose numbers, sessions or resolution dates
    conflict."""
    parent = list(range(len(seen)))
    members: dict[int, list[Testimony]] = {i: [t] for i, t in enumerate(seen)}

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(i: int, j: int, *, checked: bool) -> None:
        a, b = sorted((find(i), find(j)))
        if a != b and (not checked or _compatible(members[a] + members[b])):
            parent[b] = a
            members[a] += members.pop(b)

    keyed: dict[object, int] = {}
    for i, t in enumerate(seen):
        for key in (("number", t.number), ("session", t.session)):
            if key[1] is not None:
                union(i, keyed.setdefault(key, i), checked=False)
    dated = sorted((t.days, i) for i, t in enumerate(seen) if t.days is not None)
    pairs: list[tuple[bool, int, int]] = []
    for k, ((_, last), i) in enumerate(dated):
        limit = _day(last) + timedelta(days=1)
        for (first, _), j in dated[k + 1 :]:
            if _day(first) > limit:
                break
            pairs.append((first > last, i, j))
    for _, i, j in sorted(pairs):
        union(i, j, checked=True)
    return [members[k] for k in sorted(members)]


def _compatible(group: list[Testimony]) -> bool:
    if len({t.number for t in group if t.number is not None}) > 1:
        return False
    if len({t.session for t in group if t.session is not None}) > 1:
        return False
    exact = [t.days for t in group if t.exact and t.days is not None]
    return all(a[0] <= b[1] and b[0] <= a[1] for a in exact for b in exact)


def _day(iso: str) -> date:
    return date.fromisoformat(iso)


def _meeting(body: str, group: list[Testimony], taken: set[str]) -> Meeting:
    claims: dict[str, list[Claim]] = defaultdict(list)
    for t in group:
        for name, claim in t.claims:
            claims[name].append(claim)
    documents = tuple(dict.fromkeys(t.document for t in group))
    numbers = sorted({t.number for t in group if t.number is not None})
    days = sorted(t.days[0] for t in group if t.days)
    sessions = sorted({t.session for t in group if t.session is not None}, key=repr)
    if days:
        anchor = days[0] + "".join(f"#{n}" for n in numbers)
    elif sessions:
        anchor = f"session:{sessions[0]}"
    else:
        anchor = f"number:{numbers[0] if numbers else ''}"
    meeting_id = _id(body, anchor, taken)
    fields = {name: tuple(claims.get(name, ())) for name in FIELDS}
    return Meeting(
        id=meeting_id,
        body_id=body,
        number=numbers[0] if len(numbers) == 1 else None,
        documents=documents,
        disagreements=disagreements((name, fields[name]) for name in FIELDS if fields[name]),
        **fields,
    )


def _id(body: str, anchor: str, taken: set[str]) -> str:
    digest = hashlib.sha256(f"{body}|{anchor}".encode()).hexdigest()
    meeting_id, k = f"m-{digest[:16]}", 1
    while meeting_id in taken:  # two groups with one anchor: keep both, apart
        k += 1
        meeting_id = f"m-{digest[:16]}-{k}"
    return meeting_id


__all__ = ["Meeting", "MeetingDocument", "assemble_meetings"]
