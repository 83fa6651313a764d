"""Plain-text renderings of records, lists and search hits for the terminal."""

from __future__ import annotations

import textwrap
from collections.abc import Iterable, Sequence
from typing import Any

import click

from communique.models import Clause, Record

_SECTION = {
    "title": "Title block",
    "subject": "Subject",
    "preambular": "Preamble",
    "operative": "Operative",
    "paragraph": "Paragraphs",
    "closing": "Closing",
}


def record_text(record: Record, *, width: int = 88) -> str:
    """A record as a reader wants it: the title block, then its body by kind."""
    lines = [click.style(f"{record.id}  {record.doc_type}", bold=True)]
    for label, value in (
        ("symbol", record.symbol),
        ("title", record.title),
        ("body", record.body),
        ("date", record.date),
        ("language", record.language),
        ("source", f"{record.origin} (document {record.position})"),
    ):
        if value:
            lines.append(f"  {label:<9}{value}")
    section = None
    for clause in record.clauses:
        if clause.kind != section:
            section = clause.kind
            count = sum(1 for c in record.clauses if c.kind == section)
            lines += ["", click.style(f"{_SECTION.get(section, section)} ({count})", bold=True)]
        lines += _clause_lines(clause, width=width, indent=2)
    if record.problems:
        lines += ["", click.style(f"Problems ({len(record.problems)})", bold=True)]
        lines += [f"  [{p.severity}] {p.code}: {p.message}" for p in record.problems]
    if record.furniture:
        lines += ["", click.style(f"Furniture removed ({len(record.furniture)})", bold=True)]
        lines += [f"  {f.kind}: {_short(f.text, width - 14)}" for f in record.furniture]
    return "\n".join(lines)


def _clause_lines(clause: Clause, *, width: int, indent: int) -> list[str]:
    label = clause.number or (str(clause.order) if clause.kind != "title" else "")
    act = f" [{clause.act}]" if clause.act else ""
    head = f"{' ' * indent}{label + '.' if label else '-'}{act} "
    body = textwrap.fill(
        " ".join(clause.text.split()),
        width=width,
        initial_indent=head,
        subsequent_indent=" " * (indent + 4),
    )
    out = [body]
    for item in clause.items:
        out += _clause_lines(item, width=width, indent=indent + 4)
    return out


def table(rows: Sequence[Sequence[Any]], headers: Sequence[str]) -> str:
    """A plain left-aligned table."""
    cells = [[("" if v is None else str(v)) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in cells:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    fmt = "  ".join(f"{{:<{w}}}" for w in widths)
    out = [click.style(fmt.format(*headers), bold=True)]
    out += [fmt.format(*row).rstrip() for row in cells]
    return "\n".join(out)


def highlight(snippet: str, spans: Iterable[tuple[int, int]]) -> str:
    """The snippet with each highlighted span in bold (plain brackets when the
    output is not a terminal, so that the highlight still shows in a pipe)."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and not snippet[merged[-1][1] : start].strip():
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))  # "[Special Envoy]"
        else:
            merged.append((start, end))
    out, pos = [], 0
    for start, end in merged:
        if start < pos:
            continue
        out.append(snippet[pos:start])
        out.append(click.style(f"[{snippet[start:end]}]", bold=True))
        pos = end
    out.append(snippet[pos:])
    return " ".join("".join(out).split())


def _short(text: str, width: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


__all__ = ["highlight", "record_text", "table"]
