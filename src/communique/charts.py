"""Small server-side SVG charts: a bar chart and a timeline. No script, no
external fonts or files; every label is XML-escaped, so text from documents
can be drawn safely. Both return a complete ``<svg>`` element."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from html import escape

FONT = 'font-family="Helvetica, Arial, sans-serif"'
INK = "#1f2933"
BAR = "#3b6ea5"
KINDS = {"meeting": "#b5542c", "document": "#3b6ea5", "mandate": "#5a8f29"}


def _t(value: object) -> str:
    return escape(str(value), quote=True)


def bar_chart(
    bars: Sequence[tuple[str, int]],
    *,
    title: str,
    x_label: str,
    y_label: str,
    width: int = 640,
    height: int = 320,
) -> str:
    """Vertical bars, one per (label, count), with labelled axes."""
    left, right, top, bottom = 56, 16, 36, 64
    plot_w, plot_h = width - left - right, height - top - bottom
    peak = max((n for _, n in bars), default=0) or 1
    step = _nice_step(peak)
    ymax = ((peak + step - 1) // step) * step
    parts = [_open(width, height, title)]
    parts.append(
        f'<text x="{width / 2:.0f}" y="20" text-anchor="middle" font-size="14" '
        f'font-weight="bold" {FONT} fill="{INK}">{_t(title)}</text>'
    )
    for v in range(0, ymax + 1, step):
        y = top + plot_h - plot_h * v / ymax
        parts.append(
            f'<line x1="{left}" x2="{left + plot_w}" y1="{y:.1f}" y2="{y:.1f}" '
            'stroke="#d9dee3" stroke-width="1"/>'
        )
        parts.append(
            f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'{FONT} fill="{INK}">{v}</text>'
        )
    slot = plot_w / max(len(bars), 1)
    bar_w = max(min(slot * 0.7, 60), 2)
    for i, (label, n) in enumerate(bars):
        x = left + slot * i + (slot - bar_w) / 2
        h = plot_h * n / ymax
        y = top + plot_h - h
        parts.append(
            f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar_w:.1f}" height="{h:.1f}" '
            f'fill="{BAR}"><title>{_t(label)}: {n}</title></rect>'
        )
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{y - 4:.1f}" text-anchor="middle" '
            f'font-size="11" {FONT} fill="{INK}">{n}</text>'
        )
        parts.append(
            f'<text x="{x + bar_w / 2:.1f}" y="{top + plot_h + 16}" text-anchor="middle" '
            f'font-size="11" {FONT} fill="{INK}">{_t(label)}</text>'
        )
    parts += _axes(left, top, plot_w, plot_h, width, height, x_label, y_label)
    parts.append("</svg>")
    return "\n".join(parts)


@dataclass(frozen=True)
class Event:
    """One mark on a timeline."""

    date: str  # ISO date
    label: str
    kind: str = "document"  # a key of KINDS


def timeline(
    events: Sequence[Event],
    *,
    title: str,
    start: str | None = None,
    end: str | None = None,
    width: int = 760,
) -> str:
    """Events on a time axis (one row per event, a dot at its date), years as ticks."""
    dated = sorted((e for e in events if _day(e.date)), key=lambda e: e.date)
    days = [d for e in dated if (d := _day(e.date))]
    lo = _day(start) or (days[0] if days else date.today())
    hi = _day(end) or (days[-1] if days else lo)
    if hi <= lo:
        hi = date(lo.year + 1, 1, 1)
    left, right, top, row = 250, 24, 60, 22
    plot_w = width - left - right
    height = top + row * max(len(dated), 1) + 56
    axis_y = height - 40
    span = (hi - lo).days or 1

    def x_of(d: date) -> float:
        return left + plot_w * (d - lo).days / span

    parts = [_open(width, height, title)]
    parts.append(
        f'<text x="{width / 2:.0f}" y="20" text-anchor="middle" font-size="14" '
        f'font-weight="bold" {FONT} fill="{INK}">{_t(title)}</text>'
    )
    for year in range(lo.year, hi.year + 1):
        d = date(year, 1, 1)
        if lo <= d <= hi:
            x = x_of(d)
            parts.append(
                f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{top - 8}" y2="{axis_y}" '
                'stroke="#d9dee3" stroke-width="1"/>'
            )
            parts.append(
                f'<text x="{x:.1f}" y="{axis_y + 16}" text-anchor="middle" font-size="11" '
                f'{FONT} fill="{INK}">{year}</text>'
            )
    parts.append(
        f'<line x1="{left}" x2="{left + plot_w}" y1="{axis_y}" y2="{axis_y}" '
        f'stroke="{INK}" stroke-width="1"/>'
    )
    parts.append(
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 6}" text-anchor="middle" '
        f'font-size="12" {FONT} fill="{INK}">Date</text>'
    )
    for i, e in enumerate(dated):
        d = _day(e.date)
        assert d is not None
        y = top + row * i + row / 2
        colour = KINDS.get(e.kind, BAR)
        label = e.label if len(e.label) <= 28 else e.label[:27] + "…"
        parts.append(
            f'<text x="{left - 8}" y="{y + 4:.1f}" text-anchor="end" font-size="11" '
            f'{FONT} fill="{INK}">{_t(e.date)} {_t(label)}</text>'
        )
        parts.append(
            f'<circle cx="{x_of(d):.1f}" cy="{y:.1f}" r="5" fill="{colour}">'
            f"<title>{_t(e.date)}: {_t(e.label)} ({_t(e.kind)})</title></circle>"
        )
    legend_x = left
    for kind in sorted({e.kind for e in dated}):
        parts.append(
            f'<circle cx="{legend_x}" cy="{top - 18}" r="5" fill="{KINDS.get(kind, BAR)}"/>'
        )
        parts.append(
            f'<text x="{legend_x + 9}" y="{top - 14}" font-size="11" {FONT} '
            f'fill="{INK}">{_t(kind)}</text>'
        )
        legend_x += 90
    parts.append("</svg>")
    return "\n".join(parts)


def _open(width: int, height: int, title: str) -> str:
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{_t(title)}">'
        f'<rect width="{width}" height="{height}" fill="#ffffff"/>'
    )


def _axes(
    left: int,
    top: int,
    plot_w: int,
    plot_h: int,
    width: int,
    height: int,
    x_label: str,
    y_label: str,
) -> list[str]:
    base = top + plot_h
    return [
        f'<line x1="{left}" x2="{left + plot_w}" y1="{base}" y2="{base}" stroke="{INK}"/>',
        f'<line x1="{left}" x2="{left}" y1="{top}" y2="{base}" stroke="{INK}"/>',
        f'<text x="{left + plot_w / 2:.0f}" y="{height - 12}" text-anchor="middle" font-size="12" '
        f'{FONT} fill="{INK}">{_t(x_label)}</text>',
        f'<text x="14" y="{top + plot_h / 2:.0f}" text-anchor="middle" font-size="12" {FONT} '
        f'fill="{INK}" transform="rotate(-90 14 {top + plot_h / 2:.0f})">{_t(y_label)}</text>',
    ]


def _nice_step(peak: int) -> int:
    for step in (1, 2, 5, 10, 20, 50, 100, 200, 500, 1000):
        if peak / step <= 6:
            return step
    return max(peak // 5, 1)


def _day(iso: str | None) -> date | None:
    if not iso:
        return None
    try:
        return date.fromisoformat(iso[:10]) if len(iso) >= 10 else date(int(iso[:4]), 1, 1)
    except ValueError:
        return None


__all__ = ["Event", "bar_chart", "timeline"]
