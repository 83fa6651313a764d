"""Alignment of act sequences: insertions, deletions, substitutions."""

from __future__ import annotations

import pytest

from communique.evaluate.align import Pair, align, align_by
from communique.evaluate.compare import acts


def pairs(*spec: tuple[int | None, int | None]) -> tuple[Pair, ...]:
    return tuple(Pair(g, f) for g, f in spec)


CASES = [
    # (gold, found, expected pairs)
    ("abc", "abc", pairs((0, 0), (1, 1), (2, 2))),
    ("abc", "ac", pairs((0, 0), (1, None), (2, 1))),  # deletion
    ("ac", "abc", pairs((0, 0), (None, 1), (1, 2))),  # insertion
    ("abc", "axc", pairs((0, 0), (1, 1), (2, 2))),  # substitution
    ("xabcd", "abcd", pairs((0, None), (1, 0), (2, 1), (3, 2), (4, 3))),  # first missing
    ("abcd", "abcdx", pairs((0, 0), (1, 1), (2, 2), (3, 3), (None, 4))),  # extra at the end
    ("nnn", "nn", pairs((0, 0), (1, 1), (2, None))),  # ties: the later one is missing
    ("ab", "", pairs((0, None), (1, None))),
    ("", "ab", pairs((None, 0), (None, 1))),
    ("", "", ()),
]


@pytest.mark.parametrize(("gold", "found", "want"), CASES)
def test_align(gold: str, found: str, want: tuple[Pair, ...]) -> None:
    assert align(list(gold), list(found)) == want


def test_one_missing_clause_does_not_shift_the_rest() -> None:
    gold = [f"act{i}" for i in range(20)]
    found = gold[:5] + gold[6:]
    got = align(gold, found)
    assert [p.gold for p in got if p.found is None] == [5]
    paired = [(p.gold, p.found) for p in got if p.gold is not None and p.found is not None]
    assert all(gold[g] == found[f] for g, f in paired)


def test_align_by_cost_never_pairs_what_costs_more_than_two_gaps() -> None:
    def cost(a: str, b: str) -> float:
        return 0.0 if a == b else 3.0

    assert set(align_by(["x"], ["y"], cost)) == {Pair(0, None), Pair(None, 0)}


ACT_CASES = [
    # (gold acts, found acts, tp, fp, fn)
    (["note", "recall", "welcome"], ["note", "recall", "welcome"], 3, 0, 0),
    (["note", "recall", "welcome"], ["note", "welcome"], 2, 0, 1),
    (["note", "welcome"], ["note", "recall", "welcome"], 2, 1, 0),
    (["note", "recall", "welcome"], ["note", "decide", "welcome"], 2, 1, 1),
    (["note", "recall"], [], 0, 0, 2),
    (["note", "recall"], ["note", None], 1, 0, 1),  # a clause with no known act
]


@pytest.mark.parametrize(("gold", "found", "tp", "fp", "fn"), ACT_CASES)
def test_acts_tally(gold: list[str], found: list[str | None], tp: int, fp: int, fn: int) -> None:
    t = acts(gold, found)
    assert (t.tp, t.fp, t.fn) == (tp, fp, fn)
    assert len(t.notes) == max(fp, fn)  # one note per pair that disagrees


def test_acts_notes_name_the_positions() -> None:
    t = acts(["note", "recall", "welcome"], ["note", "decide", "welcome"])
    assert t.notes == (('#2 "recall"', '#2 "decide"'),)
