"""Claims: what one document says about one attribute of a meeting, and
where the documents disagree.

A ``Claim`` is a value with its source: the record that says it, the words as
printed and their span, and a note where the value was not printed as such
(the document's own date standing for its meeting's, a body taken from the
citing document). Claims are never merged into one value: when they differ,
the meeting keeps them all and a ``Disagreement`` names the field, the
values and every claim behind them.

When two claims agree, by field:

- ``dates``: ISO dates or ranges (``2007-05-15/2007-05-17``) agree when they
  overlap; a month (``2019-09``) covers its days. 25 and 26 September do not
  agree: the meeting is one (the identity rule allows a day) but the dates
  disagree.
- ``chair``, ``city``, ``body``: the folded words of one contain the other's
  ("Yousef Al Dobeay" and "His Excellency Mr. Yousef Al Dobeay" agree).
- ``attendees``: each state is its own claim; a source naming fewer states
  does not contradict one naming more, so attendance is never a disagreement.
- anything else (``level``, ``country``, ``session``): equal values.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.models import Span

WORDY = frozenset({"chair", "city", "body"})
NEVER = frozenset({"attendees"})
_WORD = re.compile(r"[^\W_]+")
_HONORIFIC = frozenset({"his", "her", "excellency", "mr", "mrs", "ms", "dr", "h", "e", "the"})


@dataclass(frozen=True)
class Claim:
    """One source's value for one attribute."""

    value: str  # normalised: an ISO date or range, a body key, an ISO code, a name as printed
    record: str  # the id of the record that says it
    text: str | None = None  # the words as printed
    span: Span | None = None  # where, in the record's file
    note: str | None = None  # how the value was read, where not printed as such


@dataclass(frozen=True)
class Disagreement:
    """Sources that say different things about one attribute of a meeting."""

    field: str
    values: tuple[str, ...]  # the distinct values, in the order first claimed
    claims: tuple[Claim, ...]  # every claim for the field


def interval(value: str) -> tuple[str, str]:
    """An ISO date, month, year or range as a (first, last) pair that compares
    as strings: ``2019-09`` → ``("2019-09", "2019-09~")``."""
    first, _, last = value.partition("/")
    return first, (last or first) + "~"


def overlaps(a: str, b: str) -> bool:
    (s1, e1), (s2, e2) = interval(a), interval(b)
    return s1 <= e2 and s2 <= e1


def _words(value: str) -> frozenset[str]:
    return frozenset(w.casefold() for w in _WORD.findall(value)) - _HONORIFIC


def agree(field: str, a: str, b: str) -> bool:
    """Whether two values of ``field`` say the same thing (see the module doc)."""
    if a == b or field in NEVER:
        return True
    if field == "dates":
        return overlaps(a, b)
    if field in WORDY:
        wa, wb = _words(a), _words(b)
        return bool(wa and wb) and (wa <= wb or wb <= wa)
    return False


def disagreement(field: str, claims: Sequence[Claim]) -> Disagreement | None:
    """The disagreement among these claims of one field, if any pair disagrees."""
    values = list(dict.fromkeys(c.value for c in claims))
    if all(agree(field, a, b) for i, a in enumerate(values) for b in values[i + 1 :]):
        return None
    return Disagreement(field, tuple(values), tuple(claims))


def disagreements(fields: Iterable[tuple[str, Sequence[Claim]]]) -> tuple[Disagreement, ...]:
    found = (disagreement(name, claims) for name, claims in fields)
    return tuple(d for d in found if d is not None)


__all__ = ["Claim", "Disagreement", "agree", "disagreement", "disagreements", "interval"]
