"""Dates and date ranges in running text, with their offsets.

Read: "15 May 2007", "15-17 May 2007", "30 May - 2 June 2007", "30 December
2007 - 2 January 2008", "September 20, 2023", "May 15-17, 2007", "20.09.2023",
"2023-09-20", French "15 mai 2007", "1er juin 2007", "du 15 au 17 mai 2007";
OCR slips in the digits ("l7 January l948", "3O June") and a few in month
names ("Apri]", "auqust"). A date without a year ("1er juin") is found with
``first`` None unless a ``default_year`` is given.

Hijri dates ("28-30 Rabi Al-Thani 1428 A.H") are read with a table of
transliterated month spellings (``data/hijri_months.tsv``) and converted with
``hijridate`` (Umm al-Qura). When a Gregorian date is printed beside one
("… 1428 A.H (15-17 May 2007)"), the two make one ``DateFound``: the
Gregorian dates are kept as printed, and ``mismatch`` says whether the
conversion disagrees — the caller reports it, nothing is silently resolved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from functools import cache, lru_cache
from typing import NamedTuple

from communique.extract.tries import trie_pattern
from communique.normalise.wordlists import rows

_OCR_DIGITS = str.maketrans("lIO", "110")
_ORD = r"(?:er|re|st|nd|rd|th|e)?"
_DAY = r"(?:[0-3lI]?\d|[123][lIO])"
_YEAR = r"(?:[12lI][089O][\dOlI]{2})"
_DASH = r"\s*(?:-|–|—|to|au|and|et|until|through)\s*"  # between two days
_RANGE = r"\s*(?:-|–|—|to|au|until|through)\s*"  # between two full dates


class DateFound(NamedTuple):  # a tuple: thousands are made in a pass, cheaper than a dataclass
    """A date or date range as printed at ``s[start:end]``."""

    start: int
    end: int
    text: str
    first: str | None  # ISO 8601; None for a date without a year
    last: str | None  # the range's last day (== first for a single day)
    hijri: str | None = None  # the Hijri part as printed, "28-30 Rabi Al-Thani 1428"
    hijri_first: str | None = None  # its Gregorian equivalent (Umm al-Qura)
    hijri_last: str | None = None
    converted: bool = False  # a Hijri date alone: ``first``/``last`` are its conversion

    @property
    def mismatch(self) -> bool:
        """True when a Hijri date and the Gregorian date printed beside it disagree."""
        if self.hijri is None or self.hijri_first is None or self.first is None:
            return False
        return self.hijri_first != self.first or (
            self.hijri_last is not None and self.last is not None and self.hijri_last != self.last
        )


def _key(spelling: str) -> str:
    return re.sub(r"[^a-zà-ÿ\]0-9]", "", spelling.lower())


@cache
def _months() -> dict[str, int]:
    return {_key(r[0]): int(r[1]) for r in rows("months.tsv")}


@cache
def _hijri_months() -> dict[str, int]:
    return {_key(r[0]): int(r[1]) for r in rows("hijri_months.tsv")}


def _alternation(spellings: list[str]) -> str:
    """One regex alternative per spelling (a trie of them when all are single
    lower-case words); apostrophes, hyphens and spaces optional.

    The optional closing apostrophe stands once after the group, not after each
    alternative: the same matches tried in the same order, and the pattern compiles
    several times faster (each character class costs a lot to compile)."""
    ordered = sorted(set(spellings), key=len, reverse=True)
    if all(sp == sp.lower() and not re.search(r"[\s'’\-]", sp) for sp in ordered):
        return "(?:" + trie_pattern(ordered) + r")['’ʿʾ`]?"
    out = []
    for sp in ordered:
        parts = re.split(r"[\s'’\-]+", sp)
        out.append(r"['’ʿʾ`]?[\s\-]*".join(re.escape(p) for p in parts))
    return "(?:" + "|".join(out) + r")['’ʿʾ`]?"


@cache
def _gregorian_re() -> re.Pattern[str]:
    month = "(?:" + _alternation([r[0] for r in rows("months.tsv")]) + r")(?![^\W\d_])\.?"

    def m(name: str) -> str:
        return f"(?P<{name}>{month})"

    day_first = (
        rf"\b(?P<d1>{_DAY}){_ORD}"
        rf"(?:{_DASH}(?P<d2>{_DAY}){_ORD})?\s+(?:of\s+|de\s+)?{m('m1')}"
        rf"(?:,?\s+(?P<y1>{_YEAR})\b)?"
        rf"(?:{_RANGE}(?P<d3>{_DAY}){_ORD}\s+(?:of\s+)?{m('m2')},?\s+(?P<y2>{_YEAR})\b)?"
    )
    month_first = (
        rf"\b{m('m3')}\s+(?P<d4>{_DAY}){_ORD}"
        rf"(?:{_DASH}(?:{m('m4')}\s+)?(?P<d5>{_DAY}){_ORD})?,?\s+(?P<y3>{_YEAR})\b"
    )
    numeric = r"\b(?P<nd>[0-3]?\d)\.(?P<nm>[01]?\d)\.(?P<ny>(?:19|20)\d\d)\b"
    iso = r"\b(?P<iy>(?:19|20)\d\d)-(?P<im>[01]\d)-(?P<id>[0-3]\d)\b"
    return re.compile(f"{day_first}|{month_first}|{numeric}|{iso}", re.IGNORECASE)


@cache
def _hijri_re() -> re.Pattern[str]:
    month = "(?:" + _alternation([r[0] for r in rows("hijri_months.tsv")]) + r")\b"
    return re.compile(
        rf"\b(?P<d1>\d{{1,2}})(?:{_DASH}(?P<d2>\d{{1,2}}))?\s+(?P<m1>{month})"
        rf"(?:{_RANGE}(?P<d3>\d{{1,2}})\s+(?P<m2>{month}))?,?\s+(?P<y>1[345]\d\d)\b"
        r"(?P<ah>\s*(?:A\.?\s?H\b\.?|H\b\.?|هـ))?",
        re.IGNORECASE,
    )


@cache
def _hijri_start() -> re.Pattern[str]:
    """What every Hijri date opens with: its day(s) and a month's first letters.

    Searched before the full pattern, which is costly to compile and rarely needed:
    where this finds nothing, the full pattern cannot match either."""
    heads = {re.split(r"[\s'’\-]+", r[0])[0][:3] for r in rows("hijri_months.tsv")}
    alternation = "|".join(re.escape(h) for h in sorted(heads))
    return re.compile(rf"\b\d{{1,2}}(?:{_DASH}\d{{1,2}})?\s+(?:{alternation})", re.IGNORECASE)


_DIGIT = re.compile(r"\d")
_WORD = re.compile(r"\w")
# a Hijri date needs a year 1300-1599 AH; the pattern opens with the literal "1" so the
# engine skips ahead to it, and the look-behind after it stands for the leading "\b"
_HIJRI_YEAR = re.compile(r"1(?<!\w1)[345]\d\d\b")
_BESIDE = re.compile(r"[\s(\[,/:;–-]*(?:(?:corresponding|correspondant)\s+(?:to|au)\s*)?")


def _iso(year: int | None, month: int | None, day: int | None) -> str | None:
    if year is None or month is None or day is None or not 1800 <= year <= 2200:
        return None
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _num(s: str | None) -> int | None:
    if not s:
        return None
    if s.isdigit():  # as most are printed: no OCR slip to read
        return int(s)
    t = s.translate(_OCR_DIGITS)
    return int(t) if t.isdigit() else None


def month_number(word: str) -> int | None:
    """ "March", "mars", "Mar.", "décembre" → 3, 3, 3, 12; None if not a month name."""
    return _months().get(_key(word.rstrip(".")))


@lru_cache(maxsize=1024)  # the month names printed are few; reading one costs a regex
def _month(s: str | None) -> int | None:
    return month_number(s) if s else None


# The groups of ``_gregorian_re``, in order (``Match.groups()``): day first (d1-y2),
# month first (m3-y3), numeric (nd-ny), ISO 8601 (iy-id).
_Groups = tuple[str | None, ...]


def _gregorian(g: _Groups, default_year: int | None) -> tuple[str | None, str | None]:
    d1, d2, mo1, y1, d3, mo2, y2, m3, d4, m4, d5, y3, nd, nm, ny, iy, im, id_ = g
    if mo1:  # day first, the form most printed, is read first
        m1 = _month(mo1)
        if d3:  # "30 May - 2 June 2007", "30 December 2007 - 2 January 2008"
            year2 = _num(y2)
            year1 = _num(y1) or year2
            return _iso(year1, m1, _num(d1)), _iso(year2, _month(mo2), _num(d3))
        year = _num(y1) or default_year
        first = _iso(year, m1, _num(d1))
        return first, (_iso(year, m1, _num(d2)) if d2 else first)
    if nd and nm and ny:
        day = _iso(int(ny), int(nm), int(nd))
        return day, day
    if m3:
        year, mo = _num(y3), _month(m3)
        first = _iso(year, mo, _num(d4))
        last = _iso(year, _month(m4) or mo, _num(d5)) if d5 else first
        return first, last
    assert iy and im and id_  # the last form: ISO 8601
    day = _iso(int(iy), int(im), int(id_))
    return day, day


def _hijri_to_iso(year: int, month: int, day: int) -> str | None:
    from hijridate import Hijri

    try:
        return Hijri(year, month, day).to_gregorian().isoformat()
    except (ValueError, OverflowError):
        return None


def _hijri(m: re.Match[str]) -> tuple[str | None, str | None]:
    year = int(m.group("y"))
    m1 = _hijri_months().get(_key(m.group("m1")))
    m2 = _hijri_months().get(_key(m.group("m2") or "")) or m1
    if m1 is None or m2 is None:
        return None, None
    first = _hijri_to_iso(year, m1, int(m.group("d1")))
    end_day = m.group("d3") or m.group("d2")
    last = _hijri_to_iso(year, m2, int(end_day)) if end_day else first
    return first, last


def _yearless_ok(word: str) -> bool:
    """A date without a year counts only with a capitalised or French month ("1er juin")."""
    return word[:1].isupper() or _key(word) in ("mai", "juin", "juillet", "août", "aout", "avril")


# Where a Gregorian date can start: a day (OCR "l9" included) or a word followed by one.
# Trying the big pattern only there, instead of at every position, gives the same matches
# as finditer (the pattern cannot match anywhere else); ``leading_date`` tries one place.
_START = re.compile(r"\b(?=[0-3lI]?\d|[123][lIO]|[^\W\d_]{3,12}\.?\s+[0-3lI]?[\dlIO])")
# The same places where a date can start, found in the reversed text: there the pattern
# opens with a day's first digit, so the engine skips from digit to digit instead of trying
# every position. The digit opens no run of three or more (a day has one or two; only an ISO
# year has four, then a dash), an OCR "l" or "I" may stand before it, a word boundary before
# the day; then, optionally, the word of 3-12 letters before it ("May 15", "Apri] l7").
_STARTS_REVERSED = re.compile(
    r"(\d(?:(?<!\d\d\d)|(?<=-\d\d\d\d))[lI]?)(?!\w)(?:\s+\.?[^\W\d_]{3,12}(?!\w))?"
)


def _starts(s: str) -> list[int]:
    """The places, left to right, where ``_START`` finds a start and the Gregorian pattern
    may match: not a run of three or more digits (unless an ISO year), not a word before one."""
    n = len(s)
    out: list[int] = []
    for m in _STARTS_REVERSED.finditer(s[::-1]):
        out.append(n - m.end(1))  # the day
        if m.end() > m.end(1):
            out.append(n - m.end())  # the word before it
    out.reverse()
    return out


def _gregorian_matches(s: str) -> Iterator[re.Match[str]]:
    rx = _gregorian_re()
    end = 0
    for start in _starts(s):
        if start < end:
            continue
        if m := rx.match(s, start):
            yield m
            end = m.end()


def find_dates(s: str, default_year: int | None = None) -> list[DateFound]:
    """Every date or range in ``s``, in order, Hijri ones paired with the Gregorian beside."""
    return list(_dates_in(s, default_year).dates)


def _gregorian_found(m: re.Match[str], default_year: int | None) -> DateFound | None:
    """The date a Gregorian match reads, or None where it does not count."""
    read = _read(m.groups(), default_year)
    return DateFound(m.start(), m.end(), m.group(0), *read) if read else None


@lru_cache(maxsize=1024)  # keyed on the groups: two in five dates printed recur in a pass
def _read(g: _Groups, default_year: int | None) -> tuple[str | None, str | None] | None:
    """``first`` and ``last`` of a Gregorian match's groups, or None where it does not count."""
    m1, y1, y2 = g[2], g[3], g[6]
    if m1 and not (y1 or y2) and not _yearless_ok(m1):
        return None
    first, last = _gregorian(g, default_year)
    if first is None and (y1 or y2 or g[11]):
        return None  # a year but no valid date (e.g. "31 June")
    return first, last


class _Scan(NamedTuple):
    dates: tuple[DateFound, ...]
    plain: bool  # every date-like match is one of ``dates`` as it stands: none dropped, no Hijri


_NONE = _Scan((), True)


@lru_cache(maxsize=2048)  # a third of the strings read recur (title lines, "of 4 March 1964")
def _dates_in(s: str, default_year: int | None) -> _Scan:
    if not _DIGIT.search(s):  # every date form has a digit: most short strings have none
        return _NONE
    matches = list(_gregorian_matches(s))
    greg = [d for m in matches if (d := _gregorian_found(m, default_year))]
    if not (_HIJRI_YEAR.search(s) and _hijri_start().search(s)):
        return _Scan(tuple(greg), len(greg) == len(matches))  # in order: nothing to pair or sort
    out: list[DateFound] = []
    used: set[int] = set()
    for h in _hijri_re().finditer(s):
        hf, hl = _hijri(h)
        printed = s[h.start() : h.start("y") + 4]
        after = h.end() + (b.end() - b.start() if (b := _BESIDE.match(s, h.end())) else 0)
        beside = next((g for g in greg if g.start == after), None)
        if beside is None:
            out.append(DateFound(h.start(), h.end(), h.group(0), hf, hl, printed, hf, hl, True))
            continue
        used.add(beside.start)
        end = beside.end + (1 if s[beside.end : beside.end + 1] in ")]" else 0)
        out.append(
            DateFound(
                h.start(), end, s[h.start() : end], beside.first, beside.last, printed, hf, hl
            )
        )
    out.extend(g for g in greg if g.start not in used)
    return _Scan(tuple(sorted(out, key=lambda d: d.start)), False)


def leading_date(s: str, default_year: int | None = None) -> DateFound | None:
    """The date ``s`` opens with, as ``find_dates(s, default_year)`` reads it, or None.

    For the short window after "of", "dated", "held on": where no Hijri year is in
    sight, only the one place is tried, not every date start in the window."""
    if _HIJRI_YEAR.search(s):  # a Hijri date takes the Gregorian beside it: read all
        found = find_dates(s, default_year)
        return found[0] if found and found[0].start == 0 else None
    m = _gregorian_re().match(s) if _START.match(s) else None
    return _gregorian_found(m, default_year) if m else None


def first_date(s: str, default_year: int | None = None) -> DateFound | None:
    """The first dated mention in ``s`` (one with a year), or None."""
    return next((d for d in find_dates(s, default_year) if d.first), None)


def first_date_after(s: str, at: int) -> DateFound | None:
    """``first_date(s[at:])``, its offsets in ``s``.

    Read from the dates of all of ``s`` (kept: title lines are read whole too) where
    the two must agree: no date-like match runs across ``at``, and ``at`` is not
    inside a word (so the word boundary a date opens with is the same in both);
    elsewhere ``s[at:]`` is read."""
    scan = _dates_in(s, None)
    inside_word = 0 < at < len(s) and _WORD.match(s, at - 1) and _WORD.match(s, at)
    if scan.plain and not inside_word and not any(d.start < at < d.end for d in scan.dates):
        return next((d for d in scan.dates if d.start >= at and d.first), None)
    d = first_date(s[at:])
    return d._replace(start=d.start + at, end=d.end + at) if d else None


__all__ = [
    "DateFound",
    "find_dates",
    "first_date",
    "first_date_after",
    "leading_date",
    "month_number",
]
