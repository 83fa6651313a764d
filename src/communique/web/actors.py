"""The actor page's data: a state, an organ or a person, as the documents
give it — its roles over time (persons), what it said (quotes), what was
asked of it (asks, with the mandate's status where the ask is a mandate)
and the documents naming it.

Everything is read from one index over every record, made once per store
generation (``Dossier.memo``). Quotes are the actor's when the speaker's
span falls on one of its mentions in that document, or the speaker's words
are one of its names there. An ask is the actor's when its ``addressee_id``
is the actor's id, or — for a person — when it is addressed to an office the
person is named as holding in a document of the same body ("the
Secretary-General"); such asks say ``via`` which office.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field, replace

from communique.link.mandates import Mandate, follow_up
from communique.link.reports import head
from communique.models import Record
from communique.store import Mention
from communique.web.context import DocRef, label
from communique.web.dossier import Dossier
from communique.web.errors import WebError


@dataclass(frozen=True)
class Role:
    role: str
    date: str | None
    document: DocRef
    name: str  # as printed with the role


@dataclass(frozen=True)
class Said:
    text: str
    speaker: str | None
    date: str | None
    document: DocRef


@dataclass(frozen=True)
class Asked:
    force: str
    action: str
    addressee: str
    due: str | None
    date: str | None
    document: DocRef
    clause: int
    via: str | None  # the office the ask was addressed to, when matched by office
    mandate: str | None = None  # the mandate's id, where the ask is one
    status: str | None = None  # its status, when the board has been computed


@dataclass
class _Entry:
    kind: str = ""
    names: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    said: list[Said] = field(default_factory=list)
    asked: list[Asked] = field(default_factory=list)


@dataclass(frozen=True)
class ActorPage:
    id: str
    kind: str
    names: tuple[str, ...]
    roles: tuple[Role, ...]
    said: tuple[Said, ...]
    asked: tuple[Asked, ...]
    mentions: list[Mention]
    statuses_ready: bool  # False while the mandate board is still being computed


def _doc(r: Record) -> DocRef:
    return DocRef(r.id, label(r), r.date, r.doc_type)


def build_actor_index(records: Sequence[Record]) -> dict[str, _Entry]:
    out: dict[str, _Entry] = defaultdict(_Entry)
    offices: dict[tuple[str, str], set[str]] = defaultdict(set)  # (office, body) → person ids
    for r in records:
        doc = _doc(r)
        for a in r.actors:
            if not a.id:
                continue
            e = out[a.id]
            e.kind = e.kind or a.kind
            if a.name not in e.names:
                e.names.append(a.name)
            if a.role:
                e.roles.append(Role(a.role, r.date, doc, a.name))
                if a.kind == "person" and r.body and (office := head(a.role)):
                    offices[(office, r.body)].add(a.id)
        for q in r.quotes:
            for actor_id in _speakers(r, q.speaker, q.speaker_span):
                out[actor_id].said.append(Said(q.text, q.speaker, r.date, doc))
    for r in records:
        doc = _doc(r)
        for k in r.asks:
            ask = Asked(k.force, k.action, k.addressee, k.due, r.date, doc, k.clause, None)
            if k.addressee_id:
                out[k.addressee_id].asked.append(ask)
            office = head(k.addressee)
            for person in sorted(offices.get((office, r.body or ""), ())):
                if person != k.addressee_id:
                    out[person].asked.append(replace(ask, via=k.addressee))
    for e in out.values():
        e.roles.sort(key=lambda x: (x.date or "~", x.document.id))
        e.said.sort(key=lambda x: (x.date or "~", x.document.id))
        e.asked.sort(key=lambda x: (x.date or "~", x.document.id, x.clause))
    return dict(out)


def _speakers(r: Record, speaker: str | None, span: object) -> set[str]:
    found: set[str] = set()
    for a in r.actors:
        if not a.id:
            continue
        on_span = span is not None and a.span == span
        if on_span or (speaker and speaker in (a.name, f"{a.honorific or ''} {a.name}".strip())):
            found.add(a.id)
    return found


def mandates(records: Sequence[Record]) -> tuple[Mandate, ...]:
    """Every mandate with its status: the follow-up over every record."""
    return follow_up(records)


def actor(dossier: Dossier, actor_id: str) -> ActorPage:
    entry = dossier.memo("actors", build_actor_index).get(actor_id)
    with dossier.use() as store:
        mentions = store.actor_mentions(actor_id)
    if entry is None and not mentions:
        raise WebError(404, "not_found", f"no document names an actor with id {actor_id!r}")
    entry = entry or _Entry()
    found = dossier.peek("mandates", mandates) if entry.asked else None
    board = {(m.record, m.addressee, m.action): m for m in found} if found is not None else None
    asked = tuple(_with_status(a, board) for a in entry.asked)
    kind = entry.kind or (mentions[0].kind if mentions else "actor")
    names = tuple(entry.names) or tuple(n for m in mentions for n in m.names)
    return ActorPage(
        actor_id,
        kind,
        tuple(dict.fromkeys(names)),
        tuple(entry.roles),
        tuple(entry.said),
        asked,
        mentions,
        board is not None or not entry.asked,
    )


def _with_status(a: Asked, board: dict[tuple[str, str, str], Mandate] | None) -> Asked:
    if board is None:
        return a
    m = board.get((a.document.id, a.addressee, a.action))
    if m is None:
        return a
    return replace(a, mandate=m.id, status=m.status)


__all__ = ["ActorPage", "Asked", "Role", "Said", "actor", "build_actor_index", "mandates"]
