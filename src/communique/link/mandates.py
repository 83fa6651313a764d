"""Mandate follow-up: every internal ask, and what later documents did with it.

Each ``Ask`` with ``internal`` true becomes a ``Mandate`` (id: record id,
clause, addressee). Its due words are resolved to an ``Occasion`` (see
``link.occasions``). Later records — dated strictly after the source — are
searched for traces; each trace is kept as ``Trace`` evidence (record,
clause, span, the words as printed, the words that matched, a score and the
rule's name). Offices are compared by their head words (``link.reports.head``:
"the Special Envoy of the Secretary General on Jammu and Kashmir" →
``special envoy``) or, where both asks carry one, by addressee id.

*Subject*: every trace needs its record on the same subject as the
mandate's (``link.subjects``: the same series, and a shared title topic word
or a TF-IDF cosine of their texts of at least ``subjects.TEXT_MIN``); the
trace's ``words`` say why.

Rules, one status each:

- ``reported`` — a later clause of the same subject records a report,
  briefing or statement by the office (``by_addressee``) or names its report
  (``report_of``; see ``link.reports``); a later record whose symbol marks a
  report of the Secretary-General (``SG.REP``, ``sg_report``); or a meeting
  report of the addressee body itself (``own_report``: the series condition
  is dropped, the addressee body is the tie). When the mandate is due at a
  meeting, only traces up to that meeting count (``Occasion.bound``).
  Score: topic words matched / topic words (title), else the cosine.
- ``reiterated`` — a later internal ask of the same body, to the same office
  (and the same addressee id where both have one), on the same subject, with
  the same force, whose action is at least ``REITERATE_MIN`` similar (word
  similarity, ``link.words``) and whose due resolves the same.
- ``superseded`` — as reiterated, at least ``SUPERSEDE_MIN`` similar, but
  with different terms (below ``REITERATE_MIN``), another due or another
  force. Below ``SUPERSEDE_MIN`` the later ask is another ask, not a trace.
- ``lapsed`` — no trace above and the occasion has passed; the evidence is the
  record that shows it passed (or the date, for a deadline).
- ``open`` — none of these.

The status is the strongest rule found: superseded > reported > reiterated >
lapsed > open; every trace found is kept, in date order.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Final, Literal

from communique.extract.asks import family_of
from communique.link.compare import PREFIX
from communique.link.occasions import Occasion, Occasions, body_key, same_body, when
from communique.link.reports import head, reports_in
from communique.link.subjects import GENERIC, Match, Subjects, topic_words
from communique.link.words import word_diff, word_keys
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
    ix = _Index(records, occ)
    out: list[Mandate] = []
    seen: set[str] = set()
    for r in records:
        for a in r.asks:
            if not a.internal:
                continue
            m = _mandate(r, a, ix)
            while m.id in seen:
                m = _renamed(m)
            seen.add(m.id)
            out.append(m)
    return tuple(out)


_Report = tuple[str, Record, Clause, str, str]  # date, record, clause, rule, sentence
_Later = tuple[str, Record, Ask, object, Counter[str]]  # date, record, ask, due key, words


class _Index:
    """What every mandate is compared with, computed once: the later records'
    reports by office, their internal asks by (office, body), their subjects."""

    def __init__(self, records: Sequence[Record], occ: Occasions) -> None:
        self.occ = occ
        dated = occ.records  # dated, in date order
        self.family = {r.id: family_of(r.text, r.symbol) for r in records}
        self.body = {r.id: occ.of(r).body for r in records}
        self.subjects = Subjects(records, self.body)
        self.reports: dict[str, list[_Report]] = defaultdict(list)
        self.asks: dict[tuple[str, str | None], list[_Later]] = defaultdict(list)
        self.sg_reports: list[Record] = []
        self.meeting_reports: list[Record] = []
        for r in dated:
            d = when(r) or ""
            for c in _clauses(r):
                for rep in reports_in(c):
                    self.reports[rep.head].append((d, r, c, rep.rule, rep.sentence))
            for b in r.asks:
                if b.internal:
                    due = _due_key(occ.resolve(b.due, r), b.due)
                    words = Counter(word_keys(b.action))
                    self.asks[(head(b.addressee), self.body[r.id])].append((d, r, b, due, words))
            if _SG_REPORT.search(r.symbol or ""):
                self.sg_reports.append(r)
            if r.doc_type == "meeting_report":
                self.meeting_reports.append(r)


def _mandate(r: Record, a: Ask, ix: _Index) -> Mandate:
    occ, subjects = ix.occ, ix.subjects
    occasion = occ.resolve(a.due, r)
    topic = subjects.topic.get(r.id, frozenset())
    office = head(a.addressee)
    start = when(r) or "9999"
    addressee_body = a.addressee_id or body_key(a.addressee, ix.family.get(r.id))
    bound = (occasion.bound if occasion and occasion.kind != "date" else None) or "9999"
    traces: list[Trace] = []
    found = ix.reports.get(office, [])
    for d, later, clause, rule, sentence in found[_after(found, start) :]:
        if d > bound:
            break
        if match := subjects.same(r, later):
            words = _shared(topic, clause.text + " " + (later.title or "")) or match.words
            traces.append(_trace("reported", rule, later, clause, sentence, words, topic, match))
    for later in ix.sg_reports if office == "secretary general" else ():
        if start < (when(later) or "") <= bound and (match := subjects.same(r, later)):
            text = later.title or ""
            traces.append(
                _trace("reported", "sg_report", later, None, text, match.words, topic, match)
            )
    for later in ix.meeting_reports:
        if not (start < (when(later) or "") <= bound):
            continue
        mine = same_body(ix.body.get(later.id), addressee_body)
        if mine and (match := subjects.same(r, later, any_series=True)):
            text = later.title or ""
            traces.append(
                _trace("reported", "own_report", later, None, text, match.words, topic, match)
            )
    body = ix.body.get(r.id)
    due = _due_key(occasion, a.due)
    mine_words = Counter(word_keys(a.action))
    candidates = ix.asks.get((office, body), [])
    for _, later, b, later_due, later_words in candidates[_after(candidates, start) :]:
        if a.addressee_id and b.addressee_id and a.addressee_id != b.addressee_id:
            continue
        match = subjects.same(r, later)
        if match is None:
            continue
        shared = (mine_words & later_words).total()
        bound_sim = 2 * shared / ((mine_words.total() + later_words.total()) or 1)
        if bound_sim < SUPERSEDE_MIN:  # word_diff can only match fewer words
            continue
        sim = _similarity(a.action, b.action)
        kind: Status | None = None
        if sim >= REITERATE_MIN and due == later_due and a.force == b.force:
            kind = "reiterated"
        elif sim >= SUPERSEDE_MIN:
            kind = "superseded"  # other terms, another due or another force
        if kind:
            c = _clause_of(later, b)
            trace = Trace(
                kind, kind, later.id, later.symbol, later.date, _label(c), b.action, b.span,
                match.words, sim,
            )  # fmt: skip
            traces.append(trace)
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


def _shared(topic: frozenset[str], text: str) -> tuple[str, ...]:
    return tuple(sorted(topic & set(word_keys(text.replace("-", " ")))))


def _after(found: Sequence[_Report] | Sequence[_Later], start: str) -> int:
    """The index of the first entry dated strictly after ``start`` (entries by date)."""
    return bisect_right(found, start, key=lambda f: f[0])


@lru_cache(maxsize=65536)
def _similarity(a: str, b: str) -> float:
    return word_diff(a, b).similarity


def _trace(
    status: Status,
    rule: str,
    r: Record,
    c: Clause | None,
    text: str,
    words: tuple[str, ...],
    topic: frozenset[str],
    match: Match,
) -> Trace:
    if match.rule == "title":
        score = round(len(words) / len(topic), 3) if topic else 0.0
    else:
        score = match.score
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
