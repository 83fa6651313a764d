"""Sequence alignment: pair the gold sequence with the found one, in order.

    align(["note", "recall", "welcome"], ["note", "welcome"])
    → (Pair(0, 0), Pair(1, None), Pair(2, 1))

A minimum-cost alignment (Needleman–Wunsch with costs, i.e. Levenshtein with a
trace): a pair of equal elements costs 0, a substitution ``mismatch``, a gap
(an element only one side has) ``gap``. So one clause missing in the middle is
one deletion, and the clauses after it still pair with their own gold. With
the default costs a substitution (1) is cheaper than a deletion plus an
insertion (2). Among alignments of equal cost the trace prefers gaps late in
the sequences: of three gold "note" clauses and two found, the third is the
one missing, and elements pair by order from the start. The result is
deterministic.

``align_by`` takes a cost function, for sequences whose elements match by more
than equality (documents: by symbol where both have one, else by order).
"""

from __future__ import annotations

from collections.abc import Callable, Hashable, Sequence
from dataclasses import dataclass
from typing import TypeVar

A = TypeVar("A")
B = TypeVar("B")


@dataclass(frozen=True)
class Pair:
    """Positions (0-based) in the gold and found sequences; None on a gap."""

    gold: int | None
    found: int | None


def align_by(
    gold: Sequence[A],
    found: Sequence[B],
    cost: Callable[[A, B], float],
    *,
    gap: float = 1.0,
) -> tuple[Pair, ...]:
    """Minimum-cost alignment of ``gold`` with ``found`` under ``cost`` and ``gap``."""
    n, m = len(gold), len(found)
    table = [[0.0] * (m + 1) for _ in range(n + 1)]
    for i in range(1, n + 1):
        table[i][0] = i * gap
    for j in range(1, m + 1):
        table[0][j] = j * gap
    for i in range(1, n + 1):
        row, above = table[i], table[i - 1]
        for j in range(1, m + 1):
            row[j] = min(
                above[j - 1] + cost(gold[i - 1], found[j - 1]),
                above[j] + gap,
                row[j - 1] + gap,
            )
    pairs: list[Pair] = []
    i, j = n, m
    while i > 0 or j > 0:
        here = table[i][j]
        if i > 0 and (j == 0 or _same(here, table[i - 1][j] + gap)):
            pairs.append(Pair(i - 1, None))
            i -= 1
        elif j > 0 and (i == 0 or _same(here, table[i][j - 1] + gap)):
            pairs.append(Pair(None, j - 1))
            j -= 1
        else:
            pairs.append(Pair(i - 1, j - 1))
            i, j = i - 1, j - 1
    return tuple(reversed(pairs))


def align(
    gold: Sequence[Hashable], found: Sequence[Hashable], *, mismatch: float = 1.0
) -> tuple[Pair, ...]:
    """Align two sequences of comparable values (act strings): equal costs 0."""
    return align_by(gold, found, lambda a, b: 0.0 if a == b else mismatch)


def _same(a: float, b: float) -> bool:
    return abs(a - b) < 1e-9


__all__ = ["Pair", "align", "align_by"]
