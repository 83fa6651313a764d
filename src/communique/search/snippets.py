"""A short piece of a clause around what matched, with the matches marked.

Matching uses the same analyser as the index, so "Self-Determination" in the
text is found for the query words self determination, and a phrase is
highlighted as one range only where its words stand together.
"""

from __future__ import annotations

from collections import defaultdict

from communique.search import text as analysis
from communique.search.query import Phrase

WIDTH = 200  # characters of clause text in a snippet, ellipses aside
LEAD = 40  # characters kept before the first match of the window
ELLIPSIS = "…"

Range = tuple[int, int]


def matches(clause_text: str, phrases: tuple[Phrase, ...]) -> list[Range]:
    """[start, end) of every occurrence of a phrase in ``clause_text``, merged."""
    spans = analysis.term_spans(clause_text)
    where: defaultdict[str, list[int]] = defaultdict(list)
    for i, (term, _, _) in enumerate(spans):
        where[term].append(i)
    found: list[Range] = []
    for phrase in phrases:
        for i in where.get(phrase[0], ()):
            last = i + len(phrase) - 1
            if last < len(spans) and all(
                spans[i + j][0] == phrase[j] for j in range(1, len(phrase))
            ):
                found.append((spans[i][1], spans[last][2]))
    return _merge(sorted(found))


def _merge(ranges: list[Range]) -> list[Range]:
    merged: list[Range] = []
    for start, end in ranges:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def make_snippet(
    clause_text: str, phrases: tuple[Phrase, ...], width: int = WIDTH
) -> tuple[str, tuple[Range, ...]]:
    """The snippet text and the highlighted ranges in it."""
    found = matches(clause_text, phrases)
    if len(clause_text) <= width:
        return clause_text, tuple(found)
    start, end = _window(clause_text, found, width)
    prefix = ELLIPSIS if start > 0 else ""
    suffix = ELLIPSIS if end < len(clause_text) else ""
    shift = len(prefix) - start
    inside = tuple((s + shift, e + shift) for s, e in found if s >= start and e <= end)
    return prefix + clause_text[start:end] + suffix, inside


def _window(clause_text: str, found: list[Range], width: int) -> Range:
    """The width-long stretch holding the most matches, cut at spaces."""
    if not found:
        anchor = 0
    else:
        counts = [sum(1 for s, e in found if s >= a and e <= a + width - LEAD) for a, _ in found]
        anchor = found[counts.index(max(counts))][0]
    start = max(0, anchor - LEAD)
    if start > 0:
        space = clause_text.find(" ", start, anchor)
        start = space + 1 if space >= 0 else start
    end = min(len(clause_text), start + width)
    if end < len(clause_text):
        space = clause_text.rfind(" ", start + width // 2, end)
        end = space if space >= 0 else end
    return start, end


__all__ = ["WIDTH", "make_snippet", "matches"]
