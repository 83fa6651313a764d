"""Counts of one comparison: true positives, false positives, false negatives,
and a note per disagreement (what the gold expected, what was found).

    Tally(tp=1) + Tally(fp=1, fn=1, notes=(('"Mecca"', '"Medina"'),))

Precision, recall and F1 follow from the counts; a ratio with nothing to
divide by is ``None`` (nothing found: precision undefined; nothing expected:
recall undefined), never a made-up 1.0 or 0.0.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any


class Rates:
    """Precision, recall and F1 of anything with ``tp``, ``fp`` and ``fn`` counts."""

    tp: int
    fp: int
    fn: int

    @property
    def precision(self) -> float | None:
        return precision(self.tp, self.fp)

    @property
    def recall(self) -> float | None:
        return recall(self.tp, self.fn)

    @property
    def f1(self) -> float | None:
        return f1(self.tp, self.fp, self.fn)


@dataclass(frozen=True)
class Tally(Rates):
    tp: int = 0
    fp: int = 0
    fn: int = 0
    notes: tuple[tuple[str, str], ...] = ()  # (expected, found), one per disagreement

    def __add__(self, other: Tally) -> Tally:
        return Tally(
            self.tp + other.tp,
            self.fp + other.fp,
            self.fn + other.fn,
            self.notes + other.notes,
        )


def precision(tp: int, fp: int) -> float | None:
    return tp / (tp + fp) if tp + fp else None


def recall(tp: int, fn: int) -> float | None:
    return tp / (tp + fn) if tp + fn else None


def f1(tp: int, fp: int, fn: int) -> float | None:
    """2·TP / (2·TP + FP + FN): the harmonic mean of P and R, defined even when
    one of them is not (it is then 0)."""
    return 2 * tp / (2 * tp + fp + fn) if tp + fp + fn else None


def hit() -> Tally:
    return Tally(tp=1)


def miss(expected: Any, found: Any) -> Tally:
    """The gold value was not found: FN, plus FP when something else was found instead."""
    wrong = not empty(found)
    return Tally(fp=int(wrong), fn=1, notes=((show(expected), show(found)),))


def extra(found: Any, expected: Any = None) -> Tally:
    """Something was found that the gold does not have: FP."""
    return Tally(fp=1, notes=((show(expected), show(found)),))


def empty(value: Any) -> bool:
    return value is None or value == "" or (isinstance(value, (list, tuple)) and not value)


def show(value: Any) -> str:
    """A value as a disagreement line shows it: ``nothing`` for None, JSON otherwise."""
    if empty(value):
        return "nothing"
    try:
        return json.dumps(value, ensure_ascii=False, default=_plain)
    except (TypeError, ValueError):
        return repr(value)


def _plain(value: Any) -> Any:
    if hasattr(value, "items"):
        return dict(value.items())
    return str(value)


__all__ = ["Rates", "Tally", "empty", "extra", "f1", "hit", "miss", "precision", "recall", "show"]
