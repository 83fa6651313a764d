"""Page furniture: removed from the text and remembered as ``Furniture``.

- web-copy lines (crumbs, widget labels, share buttons; patterns in
  ``extract/data/web_furniture.txt``) and furniture inside a paragraph (an
  embedded tweet credit; ``web_furniture_inline.txt``);
- page numbers on a line of their own ("Page 3 of 7", "- 3 -", "3/7", or a
  bare number next to a page gap);
- running headers and footers: lines that stand at the top or bottom of most
  pages, or (without page breaks) a short line that repeats.

A removed line leaves its line break behind, so the layout step sees a gap
there (as it would at a page break) and decides from the words around it.
``Furniture.text`` is always the source text of what was removed.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from functools import cache, lru_cache
from itertools import pairwise
from operator import itemgetter

from communique.models import Furniture, Text
from communique.normalise.offsets import Edit, furniture_at, rewrite
from communique.normalise.wordlists import patterns, rows

_PAGE_NUMBER = re.compile(
    r"(?i)(?:-\s*\d{1,4}\s*-|page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}"
    r"|\[\d{1,4}\]|p\.\s*\d{1,4})"
)
_BARE_NUMBER = re.compile(r"\d{1,4}")
_HEADER_ENDS = (".", ",", ";", ":")
_HEADING = re.compile(
    r"(?i)RESOLUTIONS?\s+N[o°º]\.?\s*\d|(?:RESOLUTION|Resolution)\s+\d{1,4}\s*\(\d{4}\)"
)
_SYMBOL = re.compile(r"[A-Z]+/\S+.*")
_CAPS = re.compile(r"[^a-z]*[A-Z]{2}[^a-z]*")
_DIGITS = re.compile(r"\d+")
_SPACES = re.compile(r"\s+")
_LETTERS = re.compile(r"[^\W\d_]")
_FORM_FEED = re.compile("\f")
_MAX_HEADER = 120
_MAX_EDGE_LINES = 3


@lru_cache(maxsize=1)  # the three steps mostly see the same text: split it once
def _lines(text: str) -> tuple[tuple[int, int, str], ...]:
    """The lines with something on them: (start, end, line), spaces and tabs around
    it left out; a line that starts or ends with another space character is none."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        if not raw:  # the cheap tests first: most lines are empty or have no space around them
            pos += 1
            continue
        n = len(raw)
        if not raw[0].isspace() and not raw[-1].isspace():
            out.append((pos, pos + n, raw))
            pos += n + 1
            continue
        line = raw.strip(" \t")
        if line and not line[0].isspace() and not line[-1].isspace():
            k = len(line)
            start = pos if k == n else pos + n - len(raw.lstrip(" \t"))
            out.append((start, start + k, line))
        pos += n + 1
    return tuple(out)


@cache
def _web_lines() -> re.Pattern[str]:
    """The patterns of ``web_furniture.txt`` as one alternation (one fullmatch per
    line instead of one per pattern), made from the file's text: the patterns
    themselves are compiled only once a line matches (``_web_kind``). No groups
    name the alternatives: a named group each made every line's match slower."""
    bodies = [row[1] for row in rows("web_furniture.txt") if len(row) >= 2]  # as ``patterns``
    groups = [f"(?i:{b[4:]})" if b.startswith("(?i)") else f"(?:{b})" for b in bodies]
    return re.compile("|".join(groups))


@cache
def _web_heads() -> tuple[int, frozenset[str]]:
    """How many characters open every web-furniture opening (the third field of
    ``web_furniture.txt``, lower-case words every matching line opens with) and
    what those characters may be."""
    openings = [
        word for row in rows("web_furniture.txt") if len(row) >= 2 for word in row[2].split()
    ]
    k = min(map(len, openings))
    return k, frozenset(word[:k] for word in openings)


def _web_kind(line: str) -> str:
    """The kind of the first web-furniture pattern that matches the whole line."""
    return next(kind for kind, pattern in patterns("web_furniture.txt") if pattern.fullmatch(line))


def web_furniture(text: Text, source: str) -> Text:
    """Remove web-page furniture lines and embedded social-media credits."""
    line_pattern = _web_lines()
    k, heads = _web_heads()
    edits: list[Edit] = []
    found: list[Furniture] = []
    for start, end, line in _lines(text.text):
        if len(line) > 60:
            continue
        # an ASCII line that opens like none of the openings cannot match (re folds
        # the case of ASCII letters only with each other): most lines skip the pattern
        head = line[:k]
        if head.isascii() and head.lower() not in heads:
            continue
        if line_pattern.fullmatch(line):
            edits.append((start, end, ""))
            found.append(furniture_at(text, source, _web_kind(line), start, end))
    s = text.text
    for kind, body, piece in rows("web_furniture_inline.txt"):
        if piece not in s:
            continue  # no match can be here (nearly every text): no pattern compiled or run
        for m in re.compile(body).finditer(s):
            edits.append((m.start(), m.end(), ""))
            found.append(furniture_at(text, source, kind, m.start(), m.end()))
    return rewrite(text, edits, sorted(found, key=lambda f: f.src_start))


def _next_to_gap(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 3) : start]
    after = text[end : end + 3]
    return start == 0 or end == len(text) or "\n\n" in before + "\n" or "\n\n" in "\n" + after


def page_numbers(text: Text, source: str) -> Text:
    """Remove page-number lines ("Page 3 of 7", "- 3 -", a bare number at a page gap)."""
    edits: list[Edit] = []
    found: list[Furniture] = []
    s = text.text
    for start, end, line in _lines(s):
        if len(line) > 20:
            continue
        if _PAGE_NUMBER.fullmatch(line) or (
            _BARE_NUMBER.fullmatch(line) and _next_to_gap(s, start, end) and start > 0
        ):
            if re.match(r"[ \t]*\n?[ \t]*(st|nd|rd|th)\b", s[end : end + 8]):
                continue  # the number of a split ordinal, not a page number
            edits.append((start, end, ""))
            found.append(furniture_at(text, source, "page_number", start, end))
    return rewrite(text, edits, found)


def _fold(line: str) -> str:
    """A line compared with its repeats: digits folded, spaces collapsed, case kept."""
    return _SPACES.sub(" ", _DIGITS.sub("#", line)).strip()


def _pages(text: Text, breaks: list[int]) -> dict[int, list[tuple[int, int, str]]]:
    """The lines of each page that has any, by page number (the count of page
    breaks before the line in the source)."""
    lines = _lines(text.text)

    def source_start(line: tuple[int, int, str]) -> int:
        return text.offsets.to_source(line[0], line[0] + 1)[0]

    # source offsets grow with the line: the first line of each page is found by
    # bisection, not every line mapped to the source (one mapping per line was slow)
    firsts = [0] + [bisect.bisect_left(lines, b, key=source_start) for b in breaks]
    firsts.append(len(lines))
    return {
        page: list(lines[first:after])
        for page, (first, after) in enumerate(pairwise(firsts))
        if first < after
    }


def _may_repeat(hits: list[tuple[int, str]]) -> bool:
    """Whether these page-edge lines (page, line), equal once digits are folded,
    can be furniture.

    A line with few letters ("2024") or one that ends like a sentence part is
    not; nor are lines whose numbers differ other than as page numbers do
    ("Article 5" and "Article 16" at the top of pages 2 and 3, "RESOLUTION NO.
    4/12-POL" and "… 5/12-POL" on pages 1 and 3): a number that changes must
    go up with the page."""
    line = hits[0][1]
    if len(_LETTERS.findall(line)) < 3 or line.endswith(_HEADER_ENDS):
        return False
    if _HEADING.match(line) and len({text for _, text in hits}) > 1:
        return False  # a new resolution on each page
    numbers = [[int(n) for n in _DIGITS.findall(text)] for _, text in hits]
    for column in zip(*numbers, strict=True):
        if (
            len(set(column)) > 1
            and len({n - p for n, (p, _) in zip(column, hits, strict=True)}) > 1
        ):
            return False
    return True


def _page_edges(text: Text, breaks: list[int]) -> list[tuple[int, int, str]]:
    """Running headers and footers of a paged text: (start, end, kind).

    The lines at the top (and at the bottom) of each page are peeled one at a
    time: a line whose folded form stands at that edge on enough pages (two
    of two or three pages, half of them otherwise) goes, and the line below
    it (above it, for footers) is looked at on the pages where it went."""
    pages = _pages(text, breaks)
    if len(pages) < 2:
        return []
    need = 2 if len(pages) <= 3 else (len(pages) + 1) // 2
    found: list[tuple[int, int, str]] = []
    for kind, step in (("header", 1), ("footer", -1)):
        edges = {p: (lines if step == 1 else lines[::-1]) for p, lines in pages.items()}
        open_pages = set(edges)
        for depth in range(_MAX_EDGE_LINES):
            at: dict[str, list[tuple[int, tuple[int, int, str]]]] = {}
            for p in open_pages:
                if depth < len(edges[p]):
                    edge = edges[p][depth]
                    at.setdefault(_fold(edge[2]), []).append((p, edge))
            keep = set()
            for hits in at.values():
                if len(hits) >= need and _may_repeat([(p, edge[2]) for p, edge in hits]):
                    keep |= {p for p, _ in hits}
                    found += [(a, b, kind) for _, (a, b, _) in hits]
            open_pages &= keep
            if not open_pages:
                break
    return sorted(set(found))


def _in_title_block(lines: tuple[tuple[int, int, str], ...], i: int, repeated: set[str]) -> bool:
    """Whether line ``i`` follows a heading or a capitals line (a title block)
    that is not itself one of the repeated lines."""
    for _, _, before in lines[max(0, i - 3) : i]:
        if before not in repeated and (_HEADING.match(before) or _CAPS.fullmatch(before)):
            return True
    return False


def _repeated_lines(text: Text) -> list[tuple[int, int, str]]:
    """Running headers of a text without page breaks: lines that repeat."""
    lines = _lines(text.text)
    # every line counted in C, then only lines that repeat are tested (most are unique)
    counts = {
        line: n
        for line, n in Counter(map(itemgetter(2), lines)).items()
        if n >= 2
        and len(line) <= _MAX_HEADER
        and not line.endswith(_HEADER_ENDS)
        and not _HEADING.match(line)
    }
    repeated = {line for line, n in counts.items() if n >= 3 and len(line) > 3}
    symbols = {line for line, n in counts.items() if n == 2 and _SYMBOL.fullmatch(line)}
    if not repeated and not symbols:
        return []
    repeated -= {
        line
        for i, (_, _, line) in enumerate(lines)
        if line in repeated and _in_title_block(lines, i, repeated | symbols)
    }
    repeated |= symbols
    return [
        (start, end, "header")
        for start, end, line in lines
        if line in repeated and (start > 0 or counts[line] >= 3)
    ]


def running_headers(text: Text, source: str) -> Text:
    """Remove running headers and footers.

    In a paged text (the PDF reader puts ``\\f`` between pages) a header or
    footer is a line that stands at the top or bottom of enough pages, once
    digits are folded ("Page 2" / "Page 3"); see ``_page_edges``. Elsewhere,
    a line of at most 120 characters that does not end like a sentence part,
    occurs at least three times (twice for a document symbol) and is not
    part of a title block (the lines just after a "RESOLUTION NO." heading or
    a capitals line, such as the session line repeated by each resolution)."""
    breaks = [m.start() for m in _FORM_FEED.finditer(source)]  # found in C, not char by char
    found = _page_edges(text, breaks) if breaks else []
    if not found:
        found = _repeated_lines(text)
    if not found:
        return text
    edits: list[Edit] = [(a, b, "") for a, b, _ in found]
    return rewrite(text, edits, [furniture_at(text, source, kind, a, b) for a, b, kind in found])
