"""The title block of one document: who met, where, when, and under what symbol.

``title_block(text, start, end, clauses)`` reads the document's title lines,
its subject ("The Thirty-Fourth Session of …, held in …;"), its opening
paragraph and its closing lines; where a news report or press release says
where and at what level its meeting sat only further down, the first few
thousand characters are read too. Every value found carries an ``Evidence``
with the words as printed and their span; a Hijri date that disagrees with
the Gregorian date printed beside it becomes a ``hijri_mismatch`` problem.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from typing import TypeVar

from communique.extract import attendance, meeting, symbols
from communique.extract.adoption import AdoptionFound
from communique.extract.adoption import adoption as adoption_in
from communique.extract.dates import (
    DateFound,
    find_dates,
    first_date,
    first_date_after,
    month_number,
)
from communique.extract.ordinals import ORDINAL, ordinal_value
from communique.models import (
    Adoption,
    Clause,
    Dates,
    Evidence,
    Problem,
    Session,
    Text,
    Venue,
)

T = TypeVar("T")
_LINE = 1500  # a title or closing line longer than this is a paragraph the layout ran on
_WIDE = 6000  # characters of a news report or press release read for a meeting's venue, level
# in every session line: checked before the ordinal words are tried at the line's start
_SESSION_IN = re.compile(r"(?i)session")
_UN_DATE = re.compile(r"\bof\s+(?P<d>\d{1,2})\s+(?P<m>[A-Za-z]{3,9})\.?\s+\S{4}")
_DONE_AT = re.compile(r"(?i)(?:done|fait|issued|signed|adopted)\s+(?:at|in|à)\s+")
_REPRESENTATIVE = re.compile(
    r"Permanent Representative of (?P<c>[A-Z][\w'’ -]+?) to the "
    r"(?P<o>UN\b|United Nations|[A-Z][\w ]+?)(?=[,.;)])"
)


@dataclass(frozen=True)
class TitleBlock:
    """What the title block of one document says, with the evidence for each value."""

    symbol: str | None = None
    document_symbol: str | None = None
    title: str | None = None
    body: str | None = None
    issuer: str | None = None
    level: str | None = None
    session: Session | None = None
    venue: Venue | None = None
    dates: Dates | None = None
    chair: str | None = None
    attendees: tuple[str, ...] = ()
    adoption: Adoption | None = None
    date: str | None = None  # ISO 8601: the adoption or meeting date
    year: int | None = None
    evidence: tuple[Evidence, ...] = ()
    problems: tuple[Problem, ...] = ()


@dataclass
class _Reader:
    text: Text
    found: dict[str, object] = field(default_factory=dict)
    spans: dict[str, tuple[int, int]] = field(default_factory=dict)
    evidence: list[Evidence] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def put(self, name: str, value: object, a: int, b: int, note: str | None = None) -> None:
        if value is None or value == () or name in self.found:
            return
        self.found[name] = value
        self.spans[name] = (a, b)
        self.evidence.append(Evidence(name, self.text.text[a:b], self.text.span(a, b), note))


@cache  # it holds the ordinal words, costly to compile: done for the first line that may need it
def _session_line() -> re.Pattern[str]:
    return re.compile(rf"\s*({ORDINAL.pattern})\s+session\b", re.I)  # "Eightieth session"


def _regions(clauses: tuple[Clause, ...], start: int, end: int) -> tuple[int, int, int]:
    """End of the head (title lines, then a subject or first paragraph), of the first
    three body paragraphs, and of the wide stretch read for a news report's meeting."""
    head = start
    i = 0
    while i < len(clauses) and clauses[i].kind == "title":
        head = clauses[i].span.end
        i += 1
    if i < len(clauses) and clauses[i].kind in ("subject", "paragraph"):
        head = clauses[i].span.end
    body = [c for c in clauses if c.kind in ("paragraph", "subject")][:3]
    near = max([head, *(c.span.end for c in body)])
    cap = min(end, start + _WIDE)  # a text without paragraph breaks is read no further
    return min(head, cap), min(near, cap), cap


def _date_of(r: _Reader, d: DateFound, at: int, note: str | None = None) -> None:
    if d.first is None:
        return
    dates = Dates(d.first, d.last if d.last != d.first else None, d.hijri)
    if d.converted:
        note = "converted from the Hijri date (Umm al-Qura)"
    r.put("dates", dates, at + d.start, at + d.end, note)
    if d.mismatch:
        r.problems.append(
            Problem(
                "hijri_mismatch",
                f"{d.hijri} is {d.hijri_first}"
                f"{' to ' + str(d.hijri_last) if d.hijri_last != d.hijri_first else ''} "
                f"(Umm al-Qura), but {d.first}{' to ' + str(d.last) if d.last != d.first else ''}"
                " is printed beside it",
                "warning",
                r.text.span(at + d.start, at + d.end),
            )
        )


def _symbols(r: _Reader, titles: list[Clause]) -> tuple[int | None, list[tuple[int, int]]]:
    """Symbol, document symbol and UN number; returns the UN year and the spans taken."""
    s = r.text.text
    taken: list[tuple[int, int]] = []
    un_year = None
    for c in titles:
        line, at = c.text, c.span.start
        if (f := symbols.oic_symbol(line)) or (f := symbols.ga_symbol(line)):
            r.put("symbol", f.value, at + f.start, at + f.end)
            taken.append((at + f.start, at + f.end))
        elif (u := symbols.un_number(line)) and "symbol" not in r.found:
            year = u.year
            if (d := first_date_after(line, u.end)) and d.first and year != int(d.first[:4]):
                if year is not None:
                    r.problems.append(
                        Problem(
                            "symbol_year",
                            f"{s[at + u.start : at + u.end]} adopted in {d.first[:4]}",
                            "info",
                            c.span,
                        )
                    )
                year = int(d.first[:4])
            un_year = year
            value = f"{u.number} ({year})" if year else str(u.number)
            r.put("symbol", value, at + u.start, at + u.end, "UN resolution number (year)")
            taken.append((at + u.start, at + u.end))
            if u.prefixed:
                r.put("document_symbol", f"S/RES/{value}", at + u.start, at + u.end)
        if un_year is not None and (f := symbols.document_symbol(line)):
            r.put("document_symbol", f.value, at + f.start, at + f.end)
    for c in titles:
        if "symbol" not in r.found and (f := symbols.symbol_line(c.text)):
            r.put("symbol", f.value, c.span.start + f.start, c.span.start + f.end)
            taken.append((c.span.start + f.start, c.span.start + f.end))
    return un_year, taken


def _dates(
    r: _Reader,
    titles: list[Clause],
    adopted: list[tuple[Clause, AdoptionFound]],
    others: list[Clause],
    closing: list[Clause],
    un_year: int | None,
) -> None:
    for c, a in adopted:
        if a.date:
            _date_of(r, a.date, c.span.start, "adoption date")
    for c in titles:
        found = [d for d in find_dates(c.text) if d.first]
        if found:
            _date_of(r, found[0], c.span.start)
        elif un_year and symbols.un_number(c.text) and (m := _UN_DATE.search(c.text)):
            month = month_number(m.group("m"))  # "of 14 October £964": the year from the symbol
            d = DateFound(m.start("d"), m.end(), m.group(0), None, None)
            if month and 1 <= int(m.group("d")) <= 31:
                iso = f"{un_year:04d}-{month:02d}-{int(m.group('d')):02d}"
                d = DateFound(d.start, d.end, d.text, iso, iso)
                _date_of(r, d, c.span.start, "year read from the symbol")
    for c in others:
        for d in find_dates(c.text[:_WIDE]):
            sent = attendance.sentence_bounds(c.text, d.start)
            if d.first and (c.kind == "subject" or meeting.CUE.search(c.text, *sent)):
                _date_of(r, d, c.span.start)
                break
    for c in closing:
        if (last := first_date(c.text)) and len(c.text) < 80:
            _date_of(r, last, c.span.start)


_ADOPTED_BY = re.compile(r"(?:Resolution\s+)?[Aa]dopted\s+by\s+the\s")


def _before_operative(clauses: tuple[Clause, ...]) -> list[Clause]:
    """The first clauses after the title lines that may still be a heading's adoption line
    ("Resolution adopted by the General Assembly on 8 October 2025")."""
    out: list[Clause] = []
    for c in clauses:
        if c.kind == "operative" or len(out) == 2:
            break
        if c.kind != "title" and _ADOPTED_BY.match(c.text):
            out.append(c)
    return out


def _venue(
    r: _Reader,
    titles: list[Clause],
    head: tuple[int, int],
    wide: tuple[int, int],
    closing: list[Clause],
    un: bool,
) -> None:
    if un:
        return
    s = r.text.text
    for c in titles:
        if v := meeting.venue_line(c.text):
            r.put(
                "venue",
                Venue(v.city, v.country or None),
                c.span.start + v.start,
                c.span.start + v.end,
            )
    for a, b in (head, wide):
        if v := meeting.venue_in(s[a:b]):
            r.put("venue", Venue(v.city, v.country or None), a + v.start, a + v.end)
    for c in closing:
        done = _DONE_AT.match(c.text)
        at = c.span.start + (done.end() if done else 0)
        if v := meeting.venue_line(c.text[done.end() :] if done else c.text):
            r.put("venue", Venue(v.city, v.country or None), at + v.start, at + v.end)


def title_block(
    text: Text, start: int, end: int, clauses: tuple[Clause, ...], doc_type: str | None = None
) -> TitleBlock:
    """The title block of the document at ``text.text[start:end]`` with these clauses."""
    r = _Reader(text)
    s = text.text
    titles = [c for c in clauses if c.kind == "title" and len(c.text) < _LINE]
    closing = [c for c in clauses if c.kind == "closing" and len(c.text) < _LINE]
    head_end, near_end, wide_end = _regions(clauses, start, end)
    others = [c for c in clauses if c.kind in ("subject", "paragraph") and c.span.end <= near_end]
    un_year, taken = _symbols(r, titles)
    un = un_year is not None or (symbols.un_number(titles[0].text) is not None if titles else False)
    if t := symbols.title([(c.text, c.span.start) for c in titles], taken):
        r.put("title", t.value, t.start, t.end)
    lines = titles + _before_operative(clauses) + closing
    adopted = [(c, ad) for c in lines if (ad := adoption_in(c.text, un_year))]
    _dates(r, titles, adopted, others, closing, un_year)
    _venue(
        r,
        titles,
        (start, head_end),
        (start, wide_end) if not un and doc_type != "resolution" else (start, head_end),
        closing,
        un,
    )
    if ses := meeting.session(s[start:head_end]):
        r.put("session", Session(ses.number, ses.name), start + ses.start, start + ses.end)
        if ses.body:
            name = ses.body.value
            name = symbols.title_case(name) if name.isupper() else name
            r.put("body", name, start + ses.body.start, start + ses.body.end)
    elif not un and (ses := meeting.sidelines(s[start:wide_end])):
        r.put("session", Session(ses.number, ses.name), start + ses.start, start + ses.end)
    _un_body(r, clauses, titles, un)
    if "body" not in r.found and not un:
        org = meeting.org_acronym(s[start:wide_end])
        for a, b in ((start, head_end), (start, wide_end)):
            if g := meeting.contact_group(s[a:b], org):
                r.put("body", g.value, a + g.start, a + g.end)
    _level(r, [(start, head_end)] + ([] if un else [(start, wide_end)]))
    for b in dict.fromkeys((head_end, near_end)):  # most often the same stretch: read once
        if ch := attendance.chair(s[start:b]):
            r.put("chair", ch.value, start + ch.start, start + ch.end)
        codes, ev = attendance.attendees(s[start:b])
        if ev:
            r.put("attendees", tuple(codes), start + ev.start, start + ev.end)
    _issuer(r, titles, (start, near_end), doc_type)
    for c, found in adopted:
        if found.adoption != Adoption():
            r.put("adoption", found.adoption, c.span.start + found.start, c.span.start + found.end)
    return _block(r, un_year)


def _un_body(r: _Reader, clauses: tuple[Clause, ...], titles: list[Clause], un: bool) -> None:
    """The UN organ that speaks ("The Security Council,"), else the one a symbol implies."""
    subject = next((c for c in clauses if c.kind == "subject"), None)
    if subject and (name := meeting.un_body(subject.text)):
        r.put("body", name, subject.span.start, subject.span.end)
    symbol = r.found.get("symbol")
    organ = (
        "United Nations General Assembly"
        if isinstance(symbol, str) and symbol.startswith("A/RES/")
        else "United Nations Security Council"
        if un
        else None
    )
    if organ and titles:
        a, b = r.spans["symbol"]
        r.put("body", organ, a, b, "the organ a UN resolution symbol names")
    for c in titles:  # "Eightieth session" under a UN heading
        if organ and _SESSION_IN.search(c.text) and (m := _session_line().match(c.text)):
            number = ordinal_value(m.group(1))
            a = c.span.start + m.start(1)
            r.put("session", Session(number, None), a, c.span.start + m.end())


def _level(r: _Reader, regions: list[tuple[int, int]]) -> None:
    """Informal, else summit where the body's name says so, else the words found."""
    found = [(a, lv) for a, b in regions if (lv := meeting.level(r.text.text[a:b]))]
    body = r.found.get("body")
    informal = bool(found) and found[0][1].value == "informal"
    if not informal and isinstance(body, str) and re.search(r"(?i)\bSummit\b|\bSommet\b", body):
        a, b = r.spans["body"]
        r.put("level", "summit", a, b, "the body is a summit")
    for a, lv in found:
        r.put("level", lv.value, a + lv.start, a + lv.end)


def _issuer(r: _Reader, titles: list[Clause], near: tuple[int, int], doc_type: str | None) -> None:
    for c in titles:
        if symbols.is_issuer(c.text):
            r.put("issuer", c.text.strip(), c.span.start, c.span.end)
    if doc_type == "press_release" and (m := _REPRESENTATIVE.search(r.text.text, *near)):
        org = "United Nations" if m.group("o") == "UN" else m.group("o")
        r.put(
            "issuer",
            f"Permanent Mission of {m.group('c')} to the {org}",
            m.start(),
            m.end(),
            "the mission of the host, a Permanent Representative",
        )


def _get(found: dict[str, object], name: str, tp: type[T]) -> T | None:
    value = found.get(name)
    return value if isinstance(value, tp) else None


def _block(r: _Reader, un_year: int | None) -> TitleBlock:
    f = r.found
    dates = f.get("dates")
    date = dates.start if isinstance(dates, Dates) else None
    year = int(date[:4]) if date else un_year

    return TitleBlock(
        symbol=_get(f, "symbol", str),
        document_symbol=_get(f, "document_symbol", str),
        title=_get(f, "title", str),
        body=_get(f, "body", str),
        issuer=_get(f, "issuer", str),
        level=_get(f, "level", str),
        session=_get(f, "session", Session),
        venue=_get(f, "venue", Venue),
        dates=_get(f, "dates", Dates),
        chair=_get(f, "chair", str),
        attendees=_get(f, "attendees", tuple) or (),
        adoption=_get(f, "adoption", Adoption),
        date=date,
        year=year,
        evidence=tuple(r.evidence),
        problems=tuple(r.problems),
    )


__all__ = ["TitleBlock", "title_block"]
