"""Mandate follow-up: every internal ask, and what later documents did with it.

Each ``Ask`` with ``internal`` true becomes a ``Mandate`` (id: record id,
clause, addressee). Its due words are resolved to an ``Occasion`` (see
``link.occasions``). Later records — dated strictly after the source — are
searched for traces; each trace is kept as ``Trace`` evidence (record,
clause, span, the words as printed, the words that matched, a score and the
rule's name). Offices are compared by their head words (``link.reports.head``:
"the Special Envoy of the Secretary General on Jammu and Kashmir" →
``special envoy``) or, where both asks carry one, by addressee id.

*Subject*: a mandate's topic words are the content words of its source's
title (else of its issuing body's name), without words every title has
(``GENERIC``). A trace must share at least one topic word (``words``).

Rules, one status each:

- ``reported`` — a later clause records a report, briefing or statement by
  the office (``by_addressee``) or names its report (``report_of``; see
  ``link.reports``); a later record whose symbol marks a report of the
  Secretary-General (``SG.REP``, ``sg_report``); or a meeting report of the
  addressee body itself (``own_report``). When the mandate is due at a
  meeting, only traces up to that meeting count (``Occasion.bound``).
  Score: topic words matched / topic words.
- ``reiterated`` — a later internal ask of the same body, to the same office,
  on the same subject, whose action is at least ``REITERATE_MIN`` similar
  (word similarity, ``link.words``) and whose due resolves the same.
- ``superseded`` — as reiterated, but with different terms (similarity from
  ``SUPERSEDE_MIN`` up to ``REITERATE_MIN``) or a different due.
- ``lapsed`` — no trace above and the occasion has passed; the evidence is the
  record that shows it passed (or the date, for a deadline).
- ``open`` — none of these.

The status is the strongest rule found: superseded > reported > reiterated >
lapsed > open; every trace found is kept, in date order.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Final, Literal

from communique.extract import organisations
from communique.extract.asks import family_of
from communique.link.compare import PREFIX
from communique.link.occasions import Occasion, Occasions, body_key, same_body, when
from communique.link.reports import head, reports_in
from communique.link.words import tokens, word_diff, word_keys
from communique.models import Ask, Clause, Record, Span

Status = Literal["open", "reported", "reiterated", "superseded", "lapsed"]
STATUSES: Final[tuple[Status, ...]] = (
    "superseded",
    "reported",
    "reiterated",
    "lapsed",
    "open",
)  # strongest first
REITERATE_MIN: Final = 0.6
SUPERSEDE_MIN: Final = 0.3
GENERIC: Final = frozenset(
    """the of and on in for to a an at by with between from its their
    dispute situation question issue issues process matter resolution resolutions report
    meeting meetings joint communique communiqué declaration statement session sessions
    contact group council conference ministers foreign ministerial members member states
    organization organisation cooperation islamic summit level""".split()  # noqa: SIM905
)
_SG_REPORT = re.compile(r"SG[./]REP", re.IGNORECASE)


@dataclass(frozen=True)
class Trace:
    """Why a mandate has a status: the later clause and what matched."""

    status: Status
    rule: str  # "by_addressee", "report_of", "sg_report", "own_report", "reiterated", ...
    record: str | None  # the later record's id (None for a deadline past)
    symbol: str | None
    date: str | None
    clause: str | None  # "O12", "P13", "N3"
    text: str  # the sentence or action as printed
    span: Span | None = None
    words: tuple[str, ...] = ()  # the words that matched
    score: float = 1.0


@dataclass(frozen=True)
class Mandate:
    id: str  # "<record id>/<clause>/<addressee>"
    record: str
    symbol: str | None
    title: str | None
    date: str | None
    body: str | None  # body key of the issuing body
    clause: str  # "O12"
    clause_text: str  # the source clause as printed
    addressee: str  # as printed
    addressee_id: str | None
    force: str
    action: str
    due: str | None  # as printed
    occasion: Occasion | None
    status: Status
    evidence: tuple[Trace, ...]
    span: Span


def follow_up(
    records: Sequence[Record], *, occasions: Occasions | None = None
) -> tuple[Mandate, ...]:
    """Every internal ask of ``records`` as a mandate with its status and evidence."""
    occ = occasions or Occasions(records)
    later = occ.records  # dated, in date order
    reports: dict[str, list[tuple[Record, Clause, str, str]]] = defaultdict(list)
    asks: dict[str, list[tuple[Record, Ask]]] = defaultdict(list)
    for r in later:
        for c in _clauses(r):
            for rep in reports_in(c):
                reports[rep.head].append((r, c, rep.rule, rep.sentence))
        for a in r.asks:
            if a.internal:
                asks[head(a.addressee)].append((r, a))
    out: list[Mandate] = []
    seen: set[str] = set()
    for r in records:
        for a in r.asks:
            if not a.internal:
                continue
            m = _mandate(r, a, occ, reports, asks)
            while m.id in seen:
                m = _renamed(m)
            seen.add(m.id)
            out.append(m)
    return tuple(out)


def _mandate(
    r: Record,
    a: Ask,
    occ: Occasions,
    reports: dict[str, list[tuple[Record, Clause, str, str]]],
    asks: dict[str, list[tuple[Record, Ask]]],
) -> Mandate:
    family = family_of(r.text, r.symbol)
    occasion = occ.resolve(a.due, r)
    topic = topic_words(r, occ)
    office = head(a.addressee)
    start = when(r) or "9999"
    addressee_body = a.addressee_id or body_key(a.addressee, family)
    bound = occasion.bound if occasion and occasion.kind != "date" else None
    traces: list[Trace] = []
    for later, clause, rule, sentence in reports.get(office, []):
        if start < (when(later) or "") <= (bound or "9999"):
            words = _shared(topic, clause.text + " " + (later.title or ""))
            if words:
                traces.append(_trace("reported", rule, later, clause, sentence, words, topic))
    for later in occ.records:
        if not start < (when(later) or "") <= (bound or "9999"):
            continue
        sg = office == "secretary general" and _SG_REPORT.search(later.symbol or "")
        if sg and (words := _shared(topic, later.title or later.text[:2000])):
            traces.append(
                _trace("reported", "sg_report", later, None, later.title or "", words, topic)
            )
        own = occ.of(later).body
        mine = later.doc_type == "meeting_report" and same_body(own, addressee_body)
        if mine and (words := _shared(topic, later.text[:3000])):
            traces.append(
                _trace("reported", "own_report", later, None, later.title or "", words, topic)
            )
    body = occ.of(r).body
    for later, b in asks.get(office, []):
        if not (start < (when(later) or "") and same_body(occ.of(later).body, body)):
            continue
        if a.addressee_id and b.addressee_id and a.addressee_id != b.addressee_id:
            continue
        words = tuple(sorted(topic & topic_words(later, occ)))
        if not words:
            continue
        sim = word_diff(a.action, b.action).similarity
        same_due = _due_key(occasion, a.due) == _due_key(occ.resolve(b.due, later), b.due)
        kind: Status | None = None
        if sim >= REITERATE_MIN and same_due:
            kind = "reiterated"
        elif sim >= SUPERSEDE_MIN:
            kind = "superseded"
        if kind:
            c = _clause_of(later, b)
            traces.append(
                Trace(
                    kind,
                    kind,
                    later.id,
                    later.symbol,
                    later.date,
                    _label(c),
                    b.action,
                    b.span,
                    words,
                    sim,
                )
            )
    traces.sort(key=lambda t: (t.date or "", t.record or "", t.clause or ""))
    if not traces and occasion and occasion.passed:
        traces.append(
            Trace(
                "lapsed",
                "occasion_passed",
                occasion.record,
                None,
                occasion.date or occasion.bound,
                None,
                occasion.note,
                None,
                (occasion.text,),
                1.0,
            )
        )
    status: Status = next((s for s in STATUSES if any(t.status == s for t in traces)), "open")
    c = _clause_of(r, a)
    label = _label(c) or str(a.clause)
    slug = a.addressee_id or office.replace(" ", "-") or "addressee"
    return Mandate(
        f"{r.id}/{label}/{slug}",
        r.id,
        r.symbol,
        r.title,
        r.date,
        body,
        label,
        c.text if c else a.action,
        a.addressee,
        a.addressee_id,
        a.force,
        a.action,
        a.due,
        occasion,
        status,
        tuple(traces),
        a.span,
    )


def topic_words(r: Record, occ: Occasions | None = None) -> frozenset[str]:
    """The content words of a record's title, else of its issuing body's name."""
    text = r.title or ""
    if not _content(text):
        key = (occ.of(r).body if occ else None) or r.body or ""
        found = organisations.body(key) if "." in key else None
        text = found.name if found else key
    return _content(text)


def _content(text: str) -> frozenset[str]:
    return frozenset(
        t.key
        for t in tokens(text.replace("-", " "))
        if t.word
        and len(t.key) > 2
        and t.key not in GENERIC
        and not t.key.isdigit()
        and not t.text.isupper()
    )


def _shared(topic: frozenset[str], text: str) -> tuple[str, ...]:
    return tuple(sorted(topic & set(word_keys(text.replace("-", " ")))))


def _trace(
    status: Status,
    rule: str,
    r: Record,
    c: Clause | None,
    text: str,
    words: tuple[str, ...],
    topic: frozenset[str],
) -> Trace:
    score = round(len(words) / len(topic), 3) if topic else 0.0
    span = c.span if c else r.span
    return Trace(status, rule, r.id, r.symbol, r.date, _label(c), text, span, words, score)


def _due_key(occasion: Occasion | None, due: str | None) -> object:
    if occasion is not None:
        return (occasion.kind, occasion.body, occasion.number, occasion.date)
    return " ".join(word_keys(due)) if due else None


def _clauses(r: Record) -> list[Clause]:
    out: list[Clause] = []
    for c in r.clauses:
        out.append(c)
        out.extend(c.items)
    return out


def _clause_of(r: Record, a: Ask) -> Clause | None:
    for c in r.clauses:
        if c.kind in PREFIX and c.span.start <= a.span.start < c.span.end:
            return c
    return None


def _label(c: Clause | None) -> str | None:
    if c is None:
        return None
    return f"{PREFIX.get(c.kind, c.kind[:1].upper())}{c.number or c.order}"


def _renamed(m: Mandate) -> Mandate:
    base, _, n = m.id.rpartition("#")
    nid = f"{base}#{int(n) + 1}" if n.isdigit() else f"{m.id}#2"
    return replace(m, id=nid)


__all__ = [
    "GENERIC",
    "REITERATE_MIN",
    "STATUSES",
    "SUPERSEDE_MIN",
    "Mandate",
    "Status",
    "Trace",
    "follow_up",
    "topic_words",
]
