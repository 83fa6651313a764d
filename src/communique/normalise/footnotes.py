"""Footnotes of printed resolutions (the UN volumes): the block at the end and
the markers in the running text.

The block is the run of lines at the end of the text that begin with a bare
number ("4 Ibid., documents S/6228 and Add.1.") with at most a few
continuation lines each. It is taken as footnotes only with evidence: it
follows an "Adopted …" line, or one of its numbers stands as a marker in the
text above ("the Secretary-General 4"). Each footnote becomes
``Furniture(kind="footnote")``; each marker of one of its numbers is removed
and remembered as ``Furniture(kind="footnote_marker")``.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from communique.models import Furniture, Text
from communique.normalise.offsets import Edit, furniture_at, rewrite
from communique.normalise.wordlists import words

_LINE = re.compile(r"^[ \t]*(\S[^\n]*?)[ \t]*$", re.M)
_NOTE_START = re.compile(r"(\d{1,3})/?[ \t]+(?![\d.)(])(?=\S)")
_ADOPTED = re.compile(r"(?i)(adopted|adapted)\b")
_MAX_CONTINUATION = 4
_NOT_AFTER = re.compile(
    r"(?i)\s*(january|february|march|april|may|june|july|august|september|october|november"
    r"|december|votes?|members?|per|percent|%|days?|weeks?|months?|years?|hours?|states?"
    r"|countries|abstentions?|to\s+\d|and\s+\d|or\s+\d|-|\()"
)


def _lines_up(text: str) -> Iterator[tuple[int, int, str]]:
    """The lines of ``text`` from the last up: (start, end, stripped line). The block
    sits at the end, so most texts need only their last few lines split."""
    end = len(text)
    while end >= 0:
        start = text.rfind("\n", 0, end) + 1
        yield start, end, text[start:end].strip()
        end = start - 1


def _block(text: str) -> tuple[int, list[tuple[str, int, int]]] | None:
    """Where the footnote block starts, and each footnote (number, start, end).

    Read bottom-up, chunk by chunk (a chunk is a run of non-blank lines): a
    footnote is a numbered line with at most a few continuation lines under
    it; the block ends above the first line that belongs to no footnote."""
    notes: list[tuple[str, int, int]] = []
    in_chunk = False
    pending_end: int | None = None
    continuation = 0
    for start, end, line in _lines_up(text):
        if not line:
            if in_chunk and pending_end is not None:
                break  # lines that belong to no footnote: the body ends here
            in_chunk = False
            continue
        if not in_chunk:
            in_chunk, pending_end, continuation = True, None, 0
        m = _NOTE_START.match(line)
        if m and not _ADOPTED.match(line[m.end() :]):
            notes.append((m.group(1), start, pending_end if pending_end is not None else end))
            pending_end, continuation = None, 0
        else:
            continuation += 1
            if continuation > _MAX_CONTINUATION or _ADOPTED.match(line):
                break  # the body ends here
            if pending_end is None:
                pending_end = end
    if not notes:
        return None
    notes.reverse()
    return notes[0][1], notes


# one pattern for every document: the number is read as a whole digit run and kept only
# when it is one of the document's footnote numbers (a pattern per number set cost a
# compile per document)
_MARKER = re.compile(
    r"(?<=[A-Za-z0-9.,;:)\]'\"]) ?(?:(\d+)/(?!\d)"
    r"|(?<=[A-Za-z.,;:)\]'\"]) ?(\d+)\b(?!\.\d))"
)
# the look-behind lets a start inside a word fail at once (without it every such start
# ran to the word's end and back): the match, at the start of the last word, is the same
_WORD_BEFORE = re.compile(r"(?<![A-Za-z])([A-Za-z]+)\W*$")


def _marker_starts(text: str, numbers: set[str], limit: int) -> list[int]:
    """Where a marker may start before ``limit``, in order: at one of ``numbers`` that
    ends a word ("4" but not the "4" of "1946") or at the character before it."""
    starts: set[int] = set()
    for n in numbers:
        p = text.find(n, 0, limit)
        while p >= 0:
            end = p + len(n)
            if end == limit or not (text[end].isalnum() or text[end] == "_"):  # \b or "/"
                starts.update((p - 1, p) if p else (p,))
            p = text.find(n, p + 1, limit)
    return sorted(starts)


def _markers(text: str, numbers: set[str], limit: int) -> list[tuple[int, int]]:
    out = []
    # the pattern is tried only where a marker may start (as finditer would, left to
    # right, on from the end of each match): a scan from every position is slow
    pos = 0
    for start in _marker_starts(text, numbers, limit):
        if start < pos:
            continue
        m = _MARKER.match(text, start, limit)
        # at a start from _marker_starts the digit run read is the same on every path
        # through the pattern, so a run not among the numbers means no marker here
        if m is None or (m.group(1) or m.group(2)) not in numbers:
            continue
        pos = m.end()
        if m.group(1):  # "1/": a marker by its form
            out.append((m.start(), m.end()))
            continue
        before = _WORD_BEFORE.search(text[max(0, m.start() - 30) : m.start()])
        if before and before.group(1).lower() in words("footnote_not_before.txt"):
            continue
        if _NOT_AFTER.match(text, m.end()):
            continue
        out.append((m.start(), m.end()))
    return out


def footnotes(text: Text, source: str) -> Text:
    """Remove the footnote block at the end and the markers that point into it."""
    s = text.text
    found = _block(s)
    if found is None:
        return text
    block_start, notes = found
    above = s[:block_start].rstrip()
    last_para = above[above.rfind("\n\n") + 2 :] if "\n\n" in above else above
    numbers = {n for n, _, _ in notes}
    markers = _markers(s, numbers, block_start)
    if not markers and not _ADOPTED.match(last_para.strip()):
        return text
    if len(above) < 40 or not s[:block_start].rstrip(" \t").endswith("\n\n"):
        return text  # nothing but "footnotes": not a footnote block
    edits: list[Edit] = [(a, b, "") for a, b in markers]
    furniture: list[Furniture] = [
        furniture_at(text, source, "footnote_marker", a, b) for a, b in markers
    ]
    edits.append((len(above), len(s), ""))
    furniture += [furniture_at(text, source, "footnote", a, b) for _, a, b in notes]
    return rewrite(text, edits, furniture)
