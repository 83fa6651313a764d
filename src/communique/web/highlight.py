"""Text cut into pieces, some of them marked, for templates to render.

Templates escape every piece's text (autoescape) and wrap marked pieces in
``<mark>`` or a link themselves, so no markup is ever built from document
text by string concatenation.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass


@dataclass(frozen=True)
class Piece:
    """A run of text; ``kind`` None is plain text, else what the run is
    ("match", "actor", "date", "reference"), with an optional link and note."""

    text: str
    kind: str | None = None
    href: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Mark:
    """[start, end) of a text to mark."""

    start: int
    end: int
    kind: str
    href: str | None = None
    note: str | None = None


def pieces(text: str, marks: Iterable[Mark]) -> list[Piece]:
    """``text`` cut at the marks; a mark that overlaps an earlier one (by
    start, longer first) or falls outside the text is left out."""
    out: list[Piece] = []
    pos = 0
    for m in sorted(marks, key=lambda m: (m.start, -(m.end - m.start))):
        if m.start < pos or m.end > len(text) or m.start >= m.end:
            continue
        if m.start > pos:
            out.append(Piece(text[pos : m.start]))
        out.append(Piece(text[m.start : m.end], m.kind, m.href, m.note))
        pos = m.end
    if pos < len(text) or not out:
        out.append(Piece(text[pos:]))
    return out


def matched(text: str, ranges: Iterable[tuple[int, int]]) -> list[Piece]:
    """A search snippet with its matched ranges marked."""
    return pieces(text, (Mark(s, e, "match") for s, e in ranges))


__all__ = ["Mark", "Piece", "matched", "pieces"]
