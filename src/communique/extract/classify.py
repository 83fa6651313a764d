"""Paragraph kinds for a document that arrives already split into paragraphs.

Data sets of resolutions often come as lists of paragraphs. ``classify_paragraphs``
reads them in context, as ``segment`` reads a whole document: a paragraph after
"Recommends to the Governments the following measures:" is operative even if it
opens with a noun, and one after "The Security Council," that opens with a
participle is preambular.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from communique.extract.segment import segment
from communique.models import Clause, OffsetMap, Text

_PART = {"preambular": "preambular", "operative": "operative", "item": "operative"}


@dataclass(frozen=True)
class ParagraphKind:
    """What one given paragraph is: ``kind`` is preambular, operative or neither;
    ``part`` is the finer segment kind (title, subject, item, paragraph, closing…)."""

    index: int  # position in the list given, from 0
    kind: str
    part: str | None
    act: str | None
    number: str | None = None


def classify_paragraphs(paragraphs: Sequence[str]) -> tuple[ParagraphKind, ...]:
    """The kind and act of each paragraph, read in the context of the others."""
    flat = [" ".join(p.split()) for p in paragraphs]  # a paragraph is one block
    starts, pos = [], 0
    for p in flat:
        starts.append(pos)
        pos += len(p) + 2
    joined = "\n\n".join(flat)
    found: dict[int, Clause] = {}
    for clause in segment(Text(joined, OffsetMap()), 0, len(joined)):
        for each in (clause, *clause.items):
            found.setdefault(_index_of(starts, each.span.start), each)
    out = []
    for i, p in enumerate(flat):
        c: Clause | None = found.get(i) if p else None
        part = c.kind if c else None
        out.append(
            ParagraphKind(
                i,
                _PART.get(part or "", "neither"),
                part,
                c.act if c else None,
                c.number if c else None,
            )
        )
    return tuple(out)


def _index_of(starts: list[int], offset: int) -> int:
    """The paragraph that holds ``offset`` (a clause's text may skip its printed number)."""
    lo, hi = 0, len(starts) - 1
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if starts[mid] <= offset:
            lo = mid
        else:
            hi = mid - 1
    return lo


__all__ = ["ParagraphKind", "classify_paragraphs"]
