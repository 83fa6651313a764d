"""A comparison as terminal text: a line per aligned pair, the changed words
in context, then the added and dropped clauses and a one-line summary.

Changes are marked ``[-removed-]`` and ``{+added+}``, or in red and green when
``color`` is true (click.style).
"""

from __future__ import annotations

import textwrap

import click

from communique.link.compare import ClausePair, Comparison
from communique.link.words import Piece

CONTEXT = 6  # words of unchanged text kept on each side of a change


def compare_text(comparison: Comparison, *, color: bool = False, width: int = 88) -> str:
    lines = [_bold(f"{comparison.label_a}  →  {comparison.label_b}", color)]
    for pair in comparison.of_status("kept", "changed"):
        lines.append(_head(pair, color))
        if pair.status == "changed":
            lines.append("    " + marked(pair.pieces, color=color, context=CONTEXT))
    for status, title in (("added", "Added"), ("dropped", "Dropped")):
        pairs = comparison.of_status("added" if status == "added" else "dropped")
        if pairs:
            lines += ["", _bold(f"{title} ({len(pairs)})", color)]
        for pair in pairs:
            text = " ".join(((pair.text_b if status == "added" else pair.text_a) or "").split())
            short = textwrap.shorten(text, width=width - len(pair.name) - 4, placeholder=" …")
            lines.append(f"  {pair.name}  {short}")
    lines += ["", summary(comparison)]
    return "\n".join(lines)


def summary(comparison: Comparison) -> str:
    t = comparison.tally
    force = f"{t.hardened} hardened, {t.softened} softened" if t.hardened or t.softened else "none"
    return (
        f"{t.kept} kept, {t.changed} changed, {t.added} added, {t.dropped} dropped; "
        f"changes of force: {force}"
    )


def _head(pair: ClausePair, color: bool) -> str:
    status: str = pair.status
    if color:
        status = click.style(status, fg="yellow" if status == "changed" else None)
    notes = []
    if pair.moved:
        notes.append("moved")
    if pair.force:
        notes.append(f"{pair.force}: {pair.act_a} → {pair.act_b}")
    return f"{pair.name} {status}" + (f" ({'; '.join(notes)})" if notes else "")


def marked(pieces: tuple[Piece, ...], *, color: bool = False, context: int | None = None) -> str:
    """The pieces as one line; with ``context``, long unchanged stretches
    are cut to that many words around each change."""
    out: list[str] = []
    for k, piece in enumerate(pieces):
        text = piece.text
        if piece.op == "same" and context is not None:
            text = _clip(text, context, first=k == 0, last=k == len(pieces) - 1)
        elif piece.op == "del":
            text = click.style(text, fg="red", strikethrough=True) if color else f"[-{text}-]"
        elif piece.op == "ins":
            text = click.style(text, fg="green", underline=True) if color else f"{{+{text}+}}"
        out.append((" " if piece.space and out else "") + text)
    return "".join(out)


def _clip(text: str, n: int, *, first: bool, last: bool) -> str:
    words = text.split(" ")
    if first and not last and len(words) > n:
        return "… " + " ".join(words[-n:])
    if last and not first and len(words) > n:
        return " ".join(words[:n]) + " …"
    if not first and not last and len(words) > 2 * n + 1:
        return " ".join(words[:n]) + " … " + " ".join(words[-n:])
    return text


def _bold(text: str, color: bool) -> str:
    return click.style(text, bold=True) if color else text


__all__ = ["compare_text", "marked", "summary"]
