"""The shape every reference finder returns, before spans are mapped.

A ``Hit`` is a reference found at ``s[start:end]`` of the string searched
(the cleaned text, or a footnote's text). ``references.find_references``
turns hits into ``Reference`` records with their spans.
"""

from __future__ import annotations

from typing import NamedTuple


class Hit(NamedTuple):  # a tuple: cheaper to make than a frozen dataclass
    start: int
    end: int
    kind: str  # "document", "meeting", "instrument"
    text: str  # as printed, or a short composed label ("OHCHR report, June 2018")
    symbol: str | None = None
    body: str | None = None  # a gazetteer id where the body is known, else as printed
    session: int | None = None  # a session's ordinal, or a numbered meeting ("1143rd meeting")
    date: str | None = None  # ISO: "2019-09-25", "2018-06", "1994"


def overlaps(a: Hit, b: Hit) -> bool:
    return a.start < b.end and b.start < a.end


def spots(s: str, start: int, end: int, needles: tuple[str, ...], back: int = 0) -> list[int]:
    """Sorted positions (less ``back``) where any needle occurs in s[start:end]: a cheap
    keyword pass before a pattern is tried with ``match`` at each place."""
    out: set[int] = set()
    for w in needles:
        i = s.find(w, start, end)
        while i >= 0:
            out.add(max(start, i - back))
            i = s.find(w, i + 1, end)
    return sorted(out)


__all__ = ["Hit", "overlaps", "spots"]
