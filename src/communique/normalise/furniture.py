"""Page furniture: removed from the text and remembered as ``Furniture``.

- web-copy lines (crumbs, widget labels, share buttons; patterns in
  ``extract/data/web_furniture.txt``) and furniture inside a paragraph (an
  embedded tweet credit; ``web_furniture_inline.txt``);
- page numbers on a line of their own ("Page 3 of 7", "- 3 -", "3/7", or a
  bare number next to a page gap);
- running headers and footers: a short line that repeats on several pages.

A removed line leaves its line break behind, so the layout step sees a gap
there (as it would at a page break) and decides from the words around it.
``Furniture.text`` is always the source text of what was removed.
"""

from __future__ import annotations

import re
from collections import Counter

from communique.models import Furniture, Text
from communique.normalise.offsets import Edit, furniture_at, rewrite
from communique.normalise.wordlists import patterns

_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_PAGE_NUMBER = re.compile(
    r"(?i)(?:-\s*\d{1,4}\s*-|page\s+\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|\d{1,4}\s*/\s*\d{1,4}"
    r"|\[\d{1,4}\]|p\.\s*\d{1,4})"
)
_BARE_NUMBER = re.compile(r"\d{1,4}")
_HEADER_END = re.compile(r"[.,;:]$")


def _lines(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(1), m.end(1), m.group(1)) for m in _LINE.finditer(text)]


def web_furniture(text: Text, source: str) -> Text:
    """Remove web-page furniture lines and embedded social-media credits."""
    line_patterns = patterns("web_furniture.txt")
    edits: list[Edit] = []
    found: list[Furniture] = []
    for start, end, line in _lines(text.text):
        if len(line) > 60:
            continue
        for kind, pattern in line_patterns:
            if pattern.fullmatch(line):
                edits.append((start, end, ""))
                found.append(furniture_at(text, source, kind, start, end))
                break
    for kind, pattern in patterns("web_furniture_inline.txt"):
        for m in pattern.finditer(text.text):
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


def running_headers(text: Text, source: str) -> Text:
    """Remove short lines that repeat through the document (running headers, footers).

    A line counts when it is at most 70 characters, does not end like a
    sentence part, occurs at least three times (or twice when the file has page
    breaks between them) and is not the first line of the file."""
    lines = _lines(text.text)
    counts = Counter(
        line for _, _, line in lines if len(line) <= 70 and not _HEADER_END.search(line)
    )
    repeated = {line for line, n in counts.items() if n >= 3 and len(line) > 3}
    repeated |= {
        line for line, n in counts.items() if n == 2 and re.fullmatch(r"[A-Z]+/\S+.*", line)
    }
    if not repeated:
        return text
    edits: list[Edit] = []
    found: list[Furniture] = []
    for start, end, line in lines:
        if line in repeated and start > 0:
            edits.append((start, end, ""))
            found.append(furniture_at(text, source, "header", start, end))
    return rewrite(text, edits, found)
