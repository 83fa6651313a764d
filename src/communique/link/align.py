"""Aligning two sequences of clauses by similarity, order breaking ties.

The rule (``align``):

1. An optimal *monotone* alignment (Needleman–Wunsch): pairing clause i of a
   with clause j of b scores ``similarity − MATCH_MIN``; leaving a clause
   unpaired scores 0. The alignment with the highest total wins, so pairs
   keep their order and a pair below ``MATCH_MIN`` is never made (the two
   clauses count as dropped and added instead). Among equal totals a pair is
   preferred to two gaps, and earlier pairs to later ones.
2. A *moved* clause: a clause left unpaired on both sides whose similarity is
   at least ``MOVED_MIN`` is paired out of order, best pairs first.

The similarity used here is cheap (``quick_similarity``: the mean of the
Dice coefficients of word sets and of word-pair sets), so that two
100-clause documents align in milliseconds; the exact word-level similarity
is computed afterwards, on the pairs only.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise

MATCH_MIN = 0.3
MOVED_MIN = 0.8


@dataclass(frozen=True)
class Shingles:
    """The word set and word-pair set of one clause."""

    words: frozenset[str]
    pairs: frozenset[tuple[str, str]]

    @classmethod
    def of(cls, keys: Sequence[str]) -> Shingles:
        return cls(frozenset(keys), frozenset(pairwise(keys)))


def quick_similarity(a: Shingles, b: Shingles) -> float:
    return (_dice(a.words, b.words) + _dice(a.pairs, b.pairs)) / 2


def _dice(a: frozenset[object], b: frozenset[object]) -> float:
    if not a and not b:
        return 1.0
    return 2 * len(a & b) / (len(a) + len(b))


@dataclass(frozen=True)
class Step:
    """One step of an alignment: a pair, a clause of a only, or of b only."""

    a: int | None
    b: int | None
    moved: bool = False


def align(
    sim: Sequence[Sequence[float]],
    n_b: int,
    *,
    match_min: float = MATCH_MIN,
    moved_min: float = MOVED_MIN,
) -> tuple[Step, ...]:
    """Align ``len(sim)`` clauses of a with ``n_b`` clauses of b, where
    ``sim[i][j]`` is the similarity of a's i-th and b's j-th clause."""
    n_a = len(sim)
    # best[i][j]: the best total for a[i:] against b[j:]
    best = [[0.0] * (n_b + 1) for _ in range(n_a + 1)]
    for i in range(n_a - 1, -1, -1):
        row, below, si = best[i], best[i + 1], sim[i]
        for j in range(n_b - 1, -1, -1):
            score = max(below[j], row[j + 1])
            if si[j] >= match_min:
                score = max(score, si[j] - match_min + below[j + 1])
            row[j] = score
    steps: list[Step] = []
    i = j = 0
    while i < n_a or j < n_b:
        paired = i < n_a and j < n_b and sim[i][j] >= match_min
        if paired and best[i][j] == sim[i][j] - match_min + best[i + 1][j + 1]:
            steps.append(Step(i, j))
            i, j = i + 1, j + 1
            continue
        if j >= n_b or (i < n_a and best[i][j] == best[i + 1][j]):
            steps.append(Step(i, None))
            i += 1
        else:
            steps.append(Step(None, j))
            j += 1
    return _moved(steps, sim, moved_min)


def _moved(steps: list[Step], sim: Sequence[Sequence[float]], moved_min: float) -> tuple[Step, ...]:
    only_a = [s.a for s in steps if s.b is None and s.a is not None]
    only_b = [s.b for s in steps if s.a is None and s.b is not None]
    candidates = sorted(
        ((sim[i][j], i, j) for i in only_a for j in only_b if sim[i][j] >= moved_min),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    paired: dict[int, int] = {}  # b index → a index
    used_a: set[int] = set()
    for _, i, j in candidates:
        if i not in used_a and j not in paired:
            paired[j] = i
            used_a.add(i)
    if not paired:
        return tuple(steps)
    out: list[Step] = []
    for s in steps:
        if s.a is None and s.b in paired:
            out.append(Step(paired[s.b], s.b, moved=True))
        elif s.b is None and s.a in used_a:
            continue
        else:
            out.append(s)
    return tuple(out)


__all__ = ["MATCH_MIN", "MOVED_MIN", "Shingles", "Step", "align", "quick_similarity"]
