"""A timeline of documents by year and type, as shapes for an inline SVG.

The chart is computed here (positions, sizes, labels) and drawn by a
template, so it needs no script and no library, and every label goes
through the template's escaping like any other text.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.vocab import DOC_TYPES

# Okabe–Ito: told apart with the common kinds of colour blindness.
PALETTE = ("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00", "#555555")
COLOURS = {t: PALETTE[i % len(PALETTE)] for i, t in enumerate(DOC_TYPES)}

WIDTH = 760
HEIGHT = 260
LEFT, RIGHT, TOP, BOTTOM = 44, 12, 12, 40


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    colour: str
    label: str  # "2023 · resolution: 2"


@dataclass(frozen=True)
class Tick:
    x: float
    y: float
    label: str


@dataclass(frozen=True)
class LegendEntry:
    colour: str
    label: str
    count: int


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    bars: tuple[Bar, ...]
    x_ticks: tuple[Tick, ...]
    y_ticks: tuple[Tick, ...]
    legend: tuple[LegendEntry, ...]
    baseline: float
    left: float
    right: float
    description: str
    rows: tuple[tuple[int, tuple[int, ...]], ...]  # (year, count per legend entry): the table


def _nice_step(top: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000):
        if top / step <= 5:
            return step
    return max(1, top // 5)


def timeline(counts: tuple[tuple[int, str, int], ...]) -> Chart:
    """Stacked columns, one per year from the first to the last, coloured by type."""
    types = [t for t in DOC_TYPES if any(c[1] == t for c in counts)]
    types += sorted({c[1] for c in counts} - set(types))
    per_year: dict[int, dict[str, int]] = {}
    for year, doc_type, n in counts:
        per_year.setdefault(year, {})[doc_type] = n
    base = HEIGHT - BOTTOM
    empty = Chart(
        WIDTH, HEIGHT, (), (), (), (), base, LEFT, WIDTH - RIGHT, "No dated documents.", ()
    )
    if not per_year:
        return empty
    first, last = min(per_year), max(per_year)
    years = list(range(first, last + 1))
    top = max(sum(v.values()) for v in per_year.values())
    step = _nice_step(top)
    y_max = max(step, -(-top // step) * step)
    plot_h = base - TOP
    slot = (WIDTH - LEFT - RIGHT) / len(years)
    bar_w = max(1.0, slot * 0.8)
    bars: list[Bar] = []
    for i, year in enumerate(years):
        y = float(base)
        x = LEFT + i * slot + (slot - bar_w) / 2
        for doc_type in types:
            n = per_year.get(year, {}).get(doc_type, 0)
            if not n:
                continue
            h = plot_h * n / y_max
            y -= h
            label = f"{year} · {doc_type.replace('_', ' ')}: {n}"
            bars.append(
                Bar(
                    round(x, 1),
                    round(y, 1),
                    round(bar_w, 1),
                    round(h, 1),
                    COLOURS.get(doc_type, PALETTE[-1]),
                    label,
                )
            )
    every = max(1, -(-len(years) * 40 // (WIDTH - LEFT - RIGHT)))  # ≥ 40 px between labels
    every = next(s for s in (1, 2, 5, 10, 20, 25, 50) if s >= every) if every <= 50 else every
    x_ticks = tuple(
        Tick(round(LEFT + i * slot + slot / 2, 1), base + 16, str(year))
        for i, year in enumerate(years)
        if year % every == 0 or (every == 1)
    )
    y_ticks = tuple(
        Tick(LEFT - 6, round(base - plot_h * v / y_max, 1), str(v))
        for v in range(0, y_max + 1, step)
    )
    totals = {t: sum(n for _, ct, n in counts if ct == t) for t in types}
    legend = tuple(
        LegendEntry(COLOURS.get(t, PALETTE[-1]), t.replace("_", " "), totals[t]) for t in types
    )
    rows = tuple(
        (year, tuple(per_year[year].get(t, 0) for t in types)) for year in sorted(per_year)
    )
    n_docs = sum(totals.values())
    description = (
        f"{n_docs} dated document{'s' if n_docs != 1 else ''} from {first} to {last}, "
        f"by year and type; the tallest year holds {top}."
    )
    return Chart(
        WIDTH,
        HEIGHT,
        tuple(bars),
        x_ticks,
        y_ticks,
        legend,
        base,
        LEFT,
        WIDTH - RIGHT,
        description,
        rows,
    )


__all__ = ["COLOURS", "Chart", "timeline"]
