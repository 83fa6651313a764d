"""Every date, month and bare year a document mentions, with its span.

- Days and ranges come from ``dates.find_dates`` ("20 September 2023",
  "September 20, 2023", "20.09.2023", "22-24 May 2023", "30 May - 2 June
  2007", "1er juin 2007", "le 5 août 2019"). A Hijri date gives a mention of
  its own (``calendar="hijri"``, start/end its Umm al-Qura conversion) and the
  Gregorian date printed beside it another, so a disagreement stays visible.
- A date printed without a year takes the year of the resolution it follows
  ("186 (1964) of 4 March" → 1964-03-04), else of the next dated date in the
  same list ("4 March, 13 March and 18 December 1964"), else the document's
  year; with none of these it is kept as "--MM-DD".
- Slashed dates (``_SLASH``) count only when one reading alone is a valid
  date: "20/09/2023" is 20 September (20 cannot be a month), "09/20/2023" is
  20 September too, "05/05/2023" is the same either way; "05/06/2023" is
  ambiguous between the British and the American order and is not recorded.
  Dotted dates ("20.09.2023") are day first, the only order that uses dots.
- Months with a year ("June 2018", "juin 2018" → "2018-06", precision month),
  lists sharing a year ("June and July 2019") and ranges ("December 2006 -
  January 2007": start and end). English month names must be capitalised.
- Bare years ("in 1994 and 1997"; "2018-2019" a range), except a year in
  brackets ("resolution 2250 (2015)", "(1948)"), a number before one
  ("resolutions 1820 (2008)"), a number after "resolution", "No.",
  "paragraph", "page", "document" …, part of a symbol ("S/2049",
  "OIC-CFM-51\\2025-CG"), or a count ("2000 troops", "some 1900 refugees").
- Relative dates (``relative_dates``): resolved against the document's date
  (``relative=True``); without one, ``start`` is "" — ``unresolved`` turns
  those into problems, and ``mismatched`` a Hijri date that disagrees with the
  Gregorian date printed beside it.
- Dates in content the cleaner set aside as ``social`` furniture (an embedded
  post's date line) count too; their span is empty in the cleaned text
  (where the post stood) and exact in the source.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterable
from functools import cache
from itertools import pairwise
from typing import NamedTuple

from communique.extract.dates import DateFound, find_dates
from communique.extract.relative_dates import find_relative, french
from communique.models import DateMention, Problem, Span, Text
from communique.normalise.wordlists import rows

_YEAR = r"(?:1[89]\d\d|20\d\d)"
_CONTENT_FURNITURE = frozenset({"social"})
_FR_LOWER = frozenset(
    [
        "janvier",
        "février",
        "fevrier",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "aout",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
        "decembre",
    ]
)
# the last three letters of each: a cheap first test of the word before a year
_FR_ENDINGS = frozenset(w[-3:] for w in _FR_LOWER)
_RES_YEAR = re.compile(rf"\(\s*({_YEAR})\s*\)\s*(?:of|du|dated|en date du)?\s*$")
_LIST_GAP = re.compile(r"[^.;]{0,160}")
_SLASH = re.compile(r"(?<![\w/])([0-3]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\w/])")
# Gregorian and Hijri years (1300-2099), a first cheap pass: two literal-first patterns, as
# one alternation opening with a class gets no skip-ahead from the regex engine.
_YEAR_AT_1 = re.compile(r"1[3-9]\d\d")
_YEAR_AT_20 = re.compile(r"20\d\d")
# The openings of the month words the first pass looks for ("Jan" … "Dec", OCR's "0ct"),
# each found with str.find, far cheaper than a regex tried at every position.
_MONTH_OPENINGS = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
    "0ct",
)
_LOWER_RUN = re.compile(r"[a-z]*")
_MONTH_AT_FR = re.compile(
    r"janv|f[ée]vr|mars|avril|mai\b|juin|juil|ao[uû]t|septembre|octobre|novembre|d[ée]cembre"
)
_DIGIT = re.compile(r"\d")
_YEARS = re.compile(
    rf"(?<![\w/\\.\-–$€£#])(?P<a>{_YEAR})(?:\s*[-–]\s*(?P<b>{_YEAR}|\d\d)(?![\w/\\]))?"
    rf"(?![\w/\\%]|[.,:]\d|[-–]\w|\s*\(\s*(?:{_YEAR}|[XVILDC]{{1,7}}\b)|\s+of\s+\d|\s*\))"
)
_NOT_AFTER = re.compile(
    r"(?:resolutions?|res\.|nos?\.|numbers?|paragraphs?|paras?\.|pages?|pp?\.|documents?"
    r"|meetings?|chapters?|articles?|annex(?:es)?|sections?|sect\.|rules?|items?|decisions?"
    r"|supplement|vol\.|volume|séance|some|about|approximately|nearly|almost|over|than"
    r"|around|roughly|at least|up to|US|\$|\d)\s*$",
    re.IGNORECASE,
)
_COUNT_NOUNS = frozenset(
    [
        "troops",
        "persons",
        "people",
        "refugees",
        "men",
        "women",
        "children",
        "soldiers",
        "hours",
        "hrs",
        "km",
        "kilometres",
        "kilometers",
        "metres",
        "meters",
        "miles",
        "tons",
        "tonnes",
        "dollars",
        "members",
        "observers",
        "personnel",
        "cases",
        "units",
        "times",
        "families",
        "houses",
        "homes",
        "feet",
        "yards",
        "casualties",
        "deaths",
        "dead",
        "killed",
        "prisoners",
        "detainees",
        "vehicles",
        "villages",
        "acres",
        "hectares",
        "gmt",
        "utc",
        "local",
    ]
)
_NEXT_WORD = re.compile(r"\s+(\w+)")
_RANGE_GAP = re.compile(r"\s*(?:-|–|—|to|until|through|au|à)\s*$")
_WEEKDAY_BEFORE_DATE = re.compile(r"[\s,]*")


class _Hit(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    a: int
    b: int
    start: str
    end: str | None
    precision: str
    calendar: str = "gregorian"
    relative: bool = False


def _month_ok(word: str) -> bool:
    return word[:1].isupper() or word.lower() in _FR_LOWER


def _overlaps(a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    """Does [a, b) overlap a span of ``taken`` (sorted, not overlapping one another)?"""
    i = bisect.bisect_left(taken, (b,))
    return i > 0 and taken[i - 1][1] > a


@cache
def _month_table() -> dict[str, int]:
    return {r[0].lower(): int(r[1]) for r in rows("months.tsv")}


def _month_of(word: str) -> int | None:
    """ "March", "mars", "Sept." → 3, 3, 9 (``dates.month_number`` without its regex)."""
    return _month_table().get(word.rstrip(".").lower())


def _year_starts(s: str) -> list[int]:
    """Where the four-digit years 1300-2099 start in ``s``, left to right, not overlapping."""
    out: list[int] = []
    last = -4
    starts = [m.start() for m in _YEAR_AT_1.finditer(s)]
    starts += [m.start() for m in _YEAR_AT_20.finditer(s)]
    for i in sorted(starts):
        if i >= last + 4:  # no year inside the one before ("131999": 1319 only)
            out.append(i)
            last = i
    return out


def _month_spans(s: str) -> list[tuple[int, int]]:
    """The spans of English month words in ``s``: "Jan", "March", "Sept" (OCR's "0ctober")."""
    out: list[tuple[int, int]] = []
    for opening in _MONTH_OPENINGS:
        i = s.find(opening)
        while i >= 0:
            end = m.end() if (m := _LOWER_RUN.match(s, i + 3)) else i + 3
            if _month_of(s[i:end]):
                out.append((i, end))
            i = s.find(opening, end)
    return sorted(out)


def _hijri(s: str, d: DateFound) -> list[_Hit]:
    out: list[_Hit] = []
    cut = d.start + len(d.hijri or "")
    if d.hijri_first:
        b = d.end if d.converted else cut
        last = d.hijri_last if d.hijri_last != d.hijri_first else None
        out.append(_Hit(d.start, b, d.hijri_first, last, "day", "hijri"))
    if not d.converted and d.first:
        g = next((x for x in find_dates(s[cut : d.end]) if x.first), None)
        if g is not None:
            last = g.last if g.last != g.first else None
            out.append(_Hit(cut + g.start, cut + g.end, d.first, last, "day"))
    return out


def _year_for(s: str, d: DateFound, later: list[DateFound], doc_year: int | None) -> int | None:
    """The year of a date printed without one (see the module's notes)."""
    if m := _RES_YEAR.search(s, max(0, d.start - 30), d.start):
        return int(m.group(1))
    nxt = next((x for x in later if x.first), None)
    if nxt is not None and _LIST_GAP.fullmatch(s, d.end, nxt.start):
        return int(nxt.first[:4]) if nxt.first else None
    return doc_year


def _days(s: str, found: list[DateFound], doc_year: int | None) -> list[_Hit]:
    out: list[_Hit] = []
    for i, d in enumerate(found):
        if d.hijri is not None:
            out.extend(_hijri(s, d))
        elif d.first:
            out.append(_Hit(d.start, d.end, d.first, d.last if d.last != d.first else None, "day"))
        else:
            year = _year_for(s, d, found[i + 1 :], doc_year)
            dated = find_dates(d.text, year or 2000)[:1]
            if not dated or not dated[0].first:
                continue
            first, last = dated[0].first, dated[0].last
            if year is None:
                first, last = "--" + first[5:], "--" + (last or first)[5:]
            out.append(_Hit(d.start, d.end, first, last if last != first else None, "day"))
    return out


def _windows(s: str, years: list[int], months: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Short stretches where a dated day may stand; ``find_dates`` reads only these.

    It costs about a microsecond a character, too much for whole texts: each
    stretch runs from the day number before a month name (or the name itself)
    to a few characters past it, or around a Hijri year or a numeric date."""
    spans = []
    for p, q in months:
        a = max(0, p - 9)  # "30th - 31st " at most before the month
        if _DIGIT.search(s, a, q + 13):
            spans.append((a, q + 13))
    for y in years:
        if _french_month_before(s, y):  # "15 mai 2007"
            spans.append((max(0, y - 20), y + 4))
        elif s[y : y + 2] in ("13", "14", "15"):  # a Hijri year
            spans.append((max(0, y - 30), y + 12))
        elif (s[y - 1 : y] in "./-" and y) or s[y + 4 : y + 5] == "-":  # "20.09.2023"
            spans.append((max(0, y - 7), y + 11))
    spans.sort()
    out: list[tuple[int, int]] = []
    for a, b in spans:
        b = min(len(s), b)
        while b < len(s) and s[b].isalnum():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], b))
            continue
        while a > 0 and not s[a - 1].isspace() and s[a - 1] != "(":
            a -= 1
        out.append((a, b))
    return out


def _french_month_before(s: str, y: int) -> bool:
    """Is the word before the year at ``y`` a French month in lower case ("15 mai 2007")?

    ``_token_before`` costs two ``rfind`` calls, each parsing its arguments; its word's last
    three letters are read first with one slice: after a lower-case letter and one space
    or comma the word ends there, else (no space) it runs up to the year."""
    if y < 3 or not s[y - 2 : y - 1].islower():  # a month has three letters or more
        return False
    tail = s[max(0, y - 4) : y - 1] if s[y - 1 : y] in " \t\n," else s[max(0, y - 3) : y]
    return tail in _FR_ENDINGS and _token_before(s, y)[1] in _FR_LOWER


def _found(s: str, windows: list[tuple[int, int]]) -> list[DateFound]:
    """``find_dates`` over the windows, read in one call (joined by NUL, which no date crosses)."""
    if not windows:
        return []
    joined = "\0".join(s[a:b] for a, b in windows)
    starts, shift, at = [], [], 0
    for a, b in windows:
        starts.append(at)
        shift.append(a - at)
        at += b - a + 1
    out = []
    for d in find_dates(joined):
        k = shift[bisect.bisect_right(starts, d.start) - 1]
        out.append(
            DateFound(
                d.start + k,
                d.end + k,
                d.text,
                d.first,
                d.last,
                d.hijri,
                d.hijri_first,
                d.hijri_last,
                d.converted,
            )
        )
    return out


def _slashed(s: str, years: list[int], taken: list[tuple[int, int]]) -> list[_Hit]:
    out = []
    for y in years:
        m = _SLASH.search(s, max(0, y - 7), y + 4) if s[y - 1 : y] == "/" else None
        if m is None or _overlaps(m.start(), m.end(), taken):
            continue
        a, b, year = int(m.group(1)), int(m.group(2)), int(m.group(3))
        readings = {_valid(year, b, a), _valid(year, a, b)} - {None}
        if len(readings) == 1:
            out.append(_Hit(m.start(), m.end(), readings.pop() or "", None, "day"))
    return out


def _valid(year: int, month: int, day: int) -> str | None:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _token_before(s: str, at: int) -> tuple[int, str]:
    """The word ending just before ``at`` (spaces and one comma skipped), and where it starts."""
    end = at
    while end > 0 and s[end - 1] in " \t\n,":
        end -= 1
    begin = max(s.rfind(" ", max(0, end - 24), end), s.rfind("\n", max(0, end - 24), end)) + 1
    return begin, s[begin:end]


def _month_word(word: str) -> int | None:
    word = word.rstrip(".")
    return _month_of(word) if word and _month_ok(word) else None


def _months(s: str, years: list[int], taken: list[tuple[int, int]]) -> list[_Hit]:
    """ "June 2018", "June and July 2019", "January-March 2007" (see the module's notes)."""
    out: list[_Hit] = []
    for y in years:
        if s[y : y + 2] not in ("18", "19", "20") or _overlaps(y, y + 4, taken):
            continue
        if not _month_may_end_before(s, y):
            continue
        a, word = _token_before(s, y)
        year = s[y : y + 4]
        first, _, second = word.replace("–", "-").replace("/", "-").partition("-")
        if second and _month_word(first) and _month_word(second):  # "January-March 2007"
            lo, hi = _month_word(first), _month_word(second)
            out.append(_Hit(a, y + 4, f"{year}-{lo:02d}", f"{year}-{hi:02d}", "month"))
            continue
        number = _month_word(word)
        if number is None or _overlaps(a, y, taken):
            continue
        out.append(_Hit(a, y + 4, f"{year}-{number:02d}", None, "month"))
        out.extend(_listed(s, a, year, taken))
    return _joined(s, sorted(out, key=lambda h: h.a))


@cache
def _month_endings() -> frozenset[str]:
    return frozenset(key[-3:] for key in _month_table())


def _month_may_end_before(s: str, y: int) -> bool:
    """Might the word before the year at ``y`` end with a month ("June", "Sept.",
    "January-March")? A cheap first test of its last three letters, before
    ``_token_before``, which costs two ``rfind`` calls, each parsing its arguments.

    Every month spelling has three letters or more; where fewer than three are left
    in the few characters read, the answer is yes (the full test decides)."""
    head = s[max(0, y - 12) : y].rstrip(" \t\n,").rstrip(".")
    return len(head) < 3 or head[-3:].lower() in _month_endings()


def _listed(s: str, at: int, year: str, taken: list[tuple[int, int]]) -> list[_Hit]:
    """Months before "July 2019" that share its year: "June and July 2019", "May, June and"."""
    out = []
    while True:
        a, word = _token_before(s, at)
        if word in ("and", "et", "or", "ou"):
            a, word = _token_before(s, a)
        elif s[a + len(word) : at].strip() != ",":
            break
        number = _month_word(word)
        if number is None or _overlaps(a, at, taken):
            break
        out.append(_Hit(a, a + len(word), f"{year}-{number:02d}", None, "month"))
        at = a
    return out


def _joined(s: str, hits: list[_Hit]) -> list[_Hit]:
    """ "December 2006 - January 2007": two month hits joined by a dash make one range."""
    out: list[_Hit] = []
    for h in hits:
        prev = out[-1] if out else None
        if prev and prev.end is None and _RANGE_GAP.fullmatch(s, prev.b, h.a) and h.end is None:
            out[-1] = _Hit(prev.a, h.b, prev.start, h.start, "month")
        else:
            out.append(h)
    return out


def _years(s: str, years: list[int], taken: list[tuple[int, int]]) -> list[_Hit]:
    out: list[_Hit] = []
    for y in years:
        m = _YEARS.match(s, y)
        if m is None or s[y : y + 2] not in ("18", "19", "20"):
            continue
        a, b = m.start(), m.end()
        if _overlaps(a, b, taken) or (out and a < out[-1].b):
            continue
        if _NOT_AFTER.search(s, max(0, a - 16), a):
            continue
        if s[max(0, a - 3) : a].rstrip()[-1:] == "(" and s[b : b + 3].lstrip()[:1] == ")":
            continue  # "(1948)": a resolution's or a symbol's year
        word = _NEXT_WORD.match(s, b)
        if word and word.group(1).lower() in _COUNT_NOUNS:
            continue
        last = m.group("b")
        if last and len(last) == 2:
            last = m.group("a")[:2] + last
        if last and last <= m.group("a"):
            continue  # "1994-12": not a range of years
        out.append(_Hit(a, b, m.group("a"), last, "year"))
    return out


def _relative(
    s: str, anchor: dt.date | None, taken: list[tuple[int, int]], is_french: bool
) -> list[_Hit]:
    out = []
    starts = {a for a, _ in taken}
    for r in find_relative(s, anchor, is_french=is_french):
        if _overlaps(r.start, r.end, taken):
            continue
        gap = _WEEKDAY_BEFORE_DATE.match(s, r.end)
        if gap and gap.end() in starts:
            continue  # "Friday, 31 May 2019": the weekday of a printed date
        out.append(_Hit(r.start, r.end, r.value, None, r.precision, relative=True))
    return out


def _anchor(document_date: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(document_date[:10]) if document_date else None
    except ValueError:
        return None


def _furniture(text: Text, start: int, end: int, doc_year: int | None) -> list[DateMention]:
    """Dates in an embedded post the cleaner set aside, inside this document's source span."""
    lo, hi = text.offsets.to_source(start, end)
    segments = text.offsets.segments
    src_starts = [seg.src_start for seg in segments]
    out = []
    for f in text.furniture:
        if f.kind not in _CONTENT_FURNITURE or not lo <= f.src_start < hi:
            continue
        i = bisect.bisect_left(src_starts, f.src_end)
        at = segments[i].start if i < len(segments) else end
        for h in _days(f.text, find_dates(f.text), doc_year):
            span = Span(at, at, f.src_start + h.a, f.src_start + h.b)
            out.append(
                DateMention(f.text[h.a : h.b], span, h.start, h.end, h.precision, h.calendar)
            )
    return out


def find_date_mentions(
    text: Text, start: int, end: int, *, document_date: str | None
) -> tuple[DateMention, ...]:
    """Every date, month, bare year and relative date in text.text[start:end], in order."""
    s = text.text[start:end]
    anchor = _anchor(document_date)
    doc_year = anchor.year if anchor else None
    years = _year_starts(s)
    months = _month_spans(s)
    is_french = french(s)
    if is_french:  # month names in lower case too: "le 1er juin"
        months = sorted(months + [m.span() for m in _MONTH_AT_FR.finditer(s)])
    hits = _days(s, _found(s, _windows(s, years, months)), doc_year)
    hits += _slashed(s, years, sorted((h.a, h.b) for h in hits))
    hits += _months(s, years, sorted((h.a, h.b) for h in hits))
    hits += _years(s, years, sorted((h.a, h.b) for h in hits))
    hits += _relative(s, anchor, sorted((h.a, h.b) for h in hits), is_french)
    out = [
        DateMention(
            s[h.a : h.b],
            text.span(start + h.a, start + h.b),
            h.start,
            h.end,
            h.precision,
            h.calendar,
            h.relative,
        )
        for h in hits
    ]
    out += _furniture(text, start, end, doc_year)
    return tuple(sorted(out, key=lambda m: (m.span.start, m.span.src_start)))


def mentioned(mentions: Iterable[DateMention], precision: str) -> list[str]:
    """Sorted unique values of explicit mentions of ``precision``, range ends included."""
    values = {
        v
        for m in mentions
        if m.precision == precision and not m.relative
        for v in (m.start, m.end)
        if v and not v.startswith("--")
    }
    return sorted(values)


def unresolved(mentions: Iterable[DateMention]) -> tuple[Problem, ...]:
    """A problem for each relative date with no document date to resolve it against."""
    return tuple(
        Problem(
            "relative_date_unresolved",
            f"{m.text!r}: a relative date and no document date to resolve it against",
            "info",
            m.span,
        )
        for m in mentions
        if m.relative and not m.start
    )


def mismatched(mentions: Iterable[DateMention]) -> tuple[Problem, ...]:
    """A problem for each Hijri date whose conversion disagrees with the Gregorian date
    printed beside it ("28-30 Rabi Al-Thani 1428 A.H (15-17 May 2007)"): both are kept."""
    ordered = sorted(mentions, key=lambda m: m.span.start)
    out = []
    for h, g in pairwise(ordered):
        beside = 0 <= g.span.start - h.span.end <= 8 and g.calendar == "gregorian"
        if h.calendar == "hijri" and beside and (h.start, h.end) != (g.start, g.end):
            span = Span(h.span.start, g.span.end, h.span.src_start, g.span.src_end)
            message = f"{h.text!r} is {h.start}–{h.end or h.start}, printed beside {g.text!r}"
            out.append(Problem("hijri_mismatch", message, "warning", span))
    return tuple(out)


__all__ = ["find_date_mentions", "mentioned", "mismatched", "unresolved"]
