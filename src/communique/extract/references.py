"""References: the documents, meetings and instruments a document cites.

Each reference is a spec written at extract time and resolved later (link):
``kind`` ("document", "meeting", "instrument"), the wording as printed
(``text``; for a list item, the item: "187 (1964)"; for a dated report or
meeting, a short label: "OHCHR report, June 2018", "meeting of the OIC
Contact Group on Jammu and Kashmir on 22 June 2020"), its ``span``, and the
normalised fields: ``symbol`` ("201 (1965)", "A/RES/38/11", "8/49-POL",
"S/6228"; an instrument's canonical name from ``data/instruments.tsv``),
``body`` (a gazetteer id such as "oic.cfm" or "un.ohchr" where the body is
known, else the name as printed), ``session`` (a session's ordinal, or a
numbered meeting: 1143 for "the 1143rd meeting") and ``date`` (ISO: day,
"2018-06" for a month, "1994" for a year).

The finders live beside this module: ``reference_symbols`` (resolutions and
document symbols), ``reference_reports`` (reports and communications),
``reference_meetings`` and ``reference_instruments``. Here their hits are
merged: the longest of overlapping hits wins; a declaration "adopted by" a
meeting takes the meeting's body and session; a symbol in brackets after a
report takes the report's author as body; a resolution cited twice gets the
date printed at either place.

Not references: the title block (the document's own symbol, "[S/651]"), the
session that is the document's author ("The Thirty-Fourth Session of the
Islamic Conference of Foreign Ministers, held in …") and the meeting that
adopted it ("Adopted at the 229th meeting"). Footnotes, which cleaning moves
out of the text, are searched too: their references keep exact source
offsets and an empty span at the end of the document in the cleaned text.
"""

from __future__ import annotations

import re

from communique.extract.reference_hits import Hit
from communique.extract.reference_instruments import adopted_at, instruments
from communique.extract.reference_meetings import meetings, numbered
from communique.extract.reference_reports import communications, dated_reports, report_symbols
from communique.extract.reference_symbols import resolutions, symbols
from communique.models import Furniture, Reference, Span, Text

_TITLE_LINES = 12


_NUMBERED = re.compile(r"\d+\.\s")


def head_end(s: str, start: int, end: int) -> int:
    """Where the title block ends: the leading short lines that are not clause openings."""
    pos, out = start, start
    for _ in range(_TITLE_LINES):
        nl = s.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        line = s[pos:line_end].strip()
        if line and (len(line) > 90 or line.endswith((",", ";", ":")) or _NUMBERED.match(line)):
            break
        if nl < 0:
            return start  # all short lines: a fragment, not a title block
        out, pos = line_end, nl + 1
    return out


def _author_start(s: str, head: int, end: int) -> int | None:
    """Where the session that issued the document is named ("The Thirty-Fourth Session of …")."""
    m = re.compile(r"\s*The\s+").match(s, head, end)
    return m.end() if m else None


def _merge(s: str, hits: list[Hit], authors: dict[int, str]) -> list[Hit]:
    kept: list[Hit] = []
    for h in sorted(hits, key=lambda h: (h.start - h.end, h.start)):
        start, end = h.start, h.end
        for k in kept:  # a plain loop: any() over a generator costs a resume per hit kept
            if start < k.end and k.start < end:  # reference_hits.overlaps(h, k)
                break
        else:
            kept.append(h)
    kept.sort(key=lambda h: (h.start, h.end))
    meeting_at = {h.start: h for h in kept if h.kind == "meeting"}
    dates = {h.symbol: h.date for h in kept if h.symbol and h.date and h.kind == "document"}
    out = []
    for h in kept:
        if h.kind == "document" and h.symbol is None and h.body is None:
            at = adopted_at(s, h)
            m = meeting_at.get(at) if at is not None else None
            if m is not None:
                h = h._replace(body=m.body, session=m.session, date=h.date or m.date)
        if h.start in authors and h.body is None:
            h = h._replace(body=authors[h.start])
        if h.symbol and h.date is None and h.symbol in dates:
            h = h._replace(date=dates[h.symbol])
        out.append(h)
    return out


def _hits(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    return [
        *resolutions(s, start, end, family),
        *symbols(s, start, end),
        *dated_reports(s, start, end, family),
        *communications(s, start, end),
        *meetings(s, start, end, family),
        *instruments(s, start, end),
    ]


def _footnotes(text: Text, start: int, end: int) -> list[Furniture]:
    """The footnotes printed in this document's stretch of the source."""
    s = text.text
    lo = text.span(start, start).src_start
    rest = len(s[end:]) - len(s[end:].lstrip())
    hi = text.span(end + rest, end + rest).src_start if end + rest < len(s) else None
    return [
        f
        for f in text.furniture
        if f.kind == "footnote" and f.src_start >= lo and (hi is None or f.src_start < hi)
    ]


def _reference(h: Hit, span: Span) -> Reference:
    return Reference(h.kind, h.text, span, h.symbol, h.body, h.session, h.date)


def find_references(
    text: Text, start: int, end: int, *, family: str | None = None
) -> tuple[Reference, ...]:
    """Every document, meeting and instrument that text.text[start:end] cites, in order."""
    s = text.text
    head = head_end(s, start, end)
    author = _author_start(s, head, end)
    hits = [
        h
        for h in _hits(s, head, end, family)
        if not (h.kind == "meeting" and author is not None and h.start == author)
    ]
    out = [
        _reference(h, text.span(h.start, h.end))
        for h in _merge(s, hits, report_symbols(s, head, end, family))
    ]
    for f in _footnotes(text, start, end):
        t = f.text
        found = [
            *resolutions(t, 0, len(t), family),
            *symbols(t, 0, len(t)),
            *numbered(t, 0, len(t), family),
        ]
        for h in _merge(t, found, {}):
            out.append(_reference(h, Span(end, end, f.src_start + h.start, f.src_start + h.end)))
    return tuple(out)


__all__ = ["find_references", "head_end"]
