"""Rewriting a Text while keeping its offset map exact.

A cleaning step never edits characters one by one: it proposes *edits*
(``(start, end, replacement)`` over the current cleaned text, sorted and
non-overlapping) and ``rewrite`` applies them in one pass, composing the
new runs with the existing ``OffsetMap`` (in the manner of eyecite's
``SpanUpdater``):

- text kept as is keeps its segments (1:1 runs are clipped exactly);
- a replacement becomes one segment standing for the whole source run of
  the characters it replaced (``"\\n\\n  "`` → ``" "``);
- a deletion leaves no segment: the source characters simply drop out.

Steps should make their edits as small as possible (delete only the gap in
``"8\\n\\nth"``, not the digits around it) so that most text stays 1:1.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterable
from dataclasses import replace

from communique.models import Furniture, OffsetMap, Problem, Segment, Text

Edit = tuple[int, int, str]


def begin(source_text: str) -> Text:
    """The identity Text of a source string: one 1:1 segment."""
    n = len(source_text)
    segments = (Segment(0, n, 0, n),) if n else ()
    return Text(source_text, OffsetMap(segments))


def source_span(text: Text, start: int, end: int) -> tuple[int, int]:
    """The source run behind cleaned [start, end); a point for an empty span."""
    if start == end:
        s, _ = text.offsets.to_source(start, start)
        return s, s
    return text.offsets.to_source(start, end)


def furniture_at(text: Text, source: str, kind: str, start: int, end: int) -> Furniture:
    """Furniture for cleaned [start, end), its text taken from the source itself."""
    s, e = source_span(text, start, end)
    return Furniture(kind, source[s:e].strip(), s, e)


def rewrite(
    text: Text,
    edits: Iterable[Edit],
    furniture: Iterable[Furniture] = (),
    problems: Iterable[Problem] = (),
) -> Text:
    """Apply ``edits`` to ``text``; the new offset map still points at the source."""
    todo = sorted(edits)
    extra_furniture = tuple(furniture)
    extra_problems = tuple(problems)
    old = text.text
    segs = text.offsets.segments
    starts = text.offsets.starts
    # where each segment ends if it is 1:1, else -1: "[a, b) lies inside one 1:1
    # segment" is then one comparison per edit (edits come sorted: the segment
    # index only moves on)
    one_to_one_end = [s.end if s.end - s.start == s.src_end - s.src_start else -1 for s in segs]
    i = 0
    pieces: list[str] = []
    resized: list[tuple[int, int, int]] = []  # (start, end, new length) of the edits the map sees
    cursor = 0
    for a, b, new in todo:
        if a == b and not new:  # an empty deletion: nothing to do
            continue
        if a < cursor:  # overlapping edit: the earlier one wins
            continue
        pieces.append(old[cursor:a])
        pieces.append(new)
        cursor = b
        # a same-length replacement inside a 1:1 segment leaves the map as it is
        # (most edits: a line break → a space, a curly quote → a straight one)
        if len(new) != b - a or not segs or a < starts[0]:
            resized.append((a, b, len(new)))
            continue
        while i + 1 < len(starts) and starts[i + 1] <= a:
            i += 1
        if b > one_to_one_end[i]:
            resized.append((a, b, len(new)))
    if not pieces:
        if not extra_furniture and not extra_problems:
            return text
        return replace(
            text,
            furniture=text.furniture + extra_furniture,
            problems=text.problems + extra_problems,
        )
    pieces.append(old[cursor:])
    offsets = _remap(segs, starts, len(old), resized) if resized else text.offsets
    return Text(
        "".join(pieces),
        offsets,
        text.furniture + extra_furniture,
        text.problems + extra_problems,
    )


def _remap(
    segs: tuple[Segment, ...],
    starts: tuple[int, ...],
    length: int,
    edits: list[tuple[int, int, int]],
) -> OffsetMap:
    """The offset map after replacing each old [start, end) of ``edits`` by new text of the
    given length (edits sorted, non-overlapping), the rest of the ``length`` kept."""
    # new segments as plain (start, end, src_start, src_end) tuples while they are
    # merged (cheaper than a frozen dataclass per piece); Segments are made at the end
    out: list[tuple[int, int, int, int]] = []
    cursor = 0  # in the old text
    pos = 0  # in the new text

    def add(start: int, end: int, src_start: int, src_end: int) -> None:
        if out:
            last_start, last_end, last_src_start, last_src_end = out[-1]
            if (
                last_end - last_start == last_src_end - last_src_start
                and end - start == src_end - src_start
                and last_end == start
                and last_src_end == src_start
            ):
                out[-1] = (last_start, end, last_src_start, src_end)
                return
        out.append((start, end, src_start, src_end))

    def keep(a: int, b: int) -> None:
        nonlocal pos
        if a >= b:
            return
        if not segs:
            add(pos, pos + b - a, a, b)
            pos += b - a
            return
        i = max(bisect.bisect_right(starts, a) - 1, 0)
        while a < b and i < len(segs):
            s = segs[i]
            e = min(b, s.end)
            if e > a:
                if s.end - s.start == s.src_end - s.src_start:
                    delta = a - s.start
                    add(pos, pos + e - a, s.src_start + delta, s.src_start + delta + e - a)
                else:
                    add(pos, pos + e - a, s.src_start, s.src_end)
                pos += e - a
                a = e
            i += 1

    for a, b, n in edits:
        keep(cursor, a)
        if n:
            s, e = _to_source(segs, starts, a, b) if segs else (a, b)
            add(pos, pos + n, s, e)
            pos += n
        cursor = b
    keep(cursor, length)
    return OffsetMap(tuple(Segment(*seg) for seg in out))


def _point(segs: tuple[Segment, ...], starts: tuple[int, ...], pos: int, *, left: bool) -> int:
    """``OffsetMap._point`` over a precomputed list of starts."""
    i = bisect.bisect_right(starts, pos) - 1
    if i < 0:
        return segs[0].src_start
    seg = segs[i]
    if not left and pos == seg.start and i > 0:
        seg = segs[i - 1]
    if pos >= seg.end:
        return seg.src_end
    if seg.end - seg.start == seg.src_end - seg.src_start:
        return seg.src_start + (pos - seg.start)
    return seg.src_start if left else seg.src_end


def _to_source(
    segs: tuple[Segment, ...], starts: tuple[int, ...], a: int, b: int
) -> tuple[int, int]:
    s = _point(segs, starts, a, left=True)
    return (s, s) if a == b else (s, _point(segs, starts, b, left=False))


def substitute(text: Text, pattern: re.Pattern[str], replacement: str) -> Text:
    """Replace every match of ``pattern`` (whole match) by a fixed string."""
    return rewrite(text, ((m.start(), m.end(), replacement) for m in pattern.finditer(text.text)))


def delete_group(text: Text, pattern: re.Pattern[str], group: int | str = 1) -> Text:
    """Delete the given group of every match, keeping the rest of the match."""
    edits = []
    for m in pattern.finditer(text.text):
        if m.start(group) >= 0:
            edits.append((m.start(group), m.end(group), ""))
    return rewrite(text, edits)
