"""A comparison as one self-contained HTML page (inline CSS, no scripts, no
assets from the network), or as a fragment for a page of the web app.

Semantic markup: a table with a row per pair — the clause's name and status,
a's text, and b's text with removed words in ``<del>`` and added words in
``<ins>``. Every piece of document text passes through ``html.escape``:
documents are untrusted input.
"""

from __future__ import annotations

from html import escape

from communique.link.compare import ClausePair, Comparison
from communique.link.compare_text import summary

CSS = """
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem}
body{color:#1b1b1b}
h1{font-size:1.3rem}
table{border-collapse:collapse;width:100%}
th,td{border-top:1px solid #ddd;padding:.45rem .6rem;vertical-align:top;text-align:left}
th{font-weight:600}
td.name{white-space:nowrap;font-variant-numeric:tabular-nums}
tr.kept td.text{color:#555}
tr.added td.b{background:#eefbe9}
tr.dropped td.a{background:#fdecec}
del{background:#fdd;color:#8a1010}
ins{background:#dfd;color:#0b5a0b;text-decoration:none}
.status{display:block;font-size:.8rem;color:#555}
.force{display:block;font-size:.8rem;color:#8a4b00}
p.summary{margin-top:1rem;color:#333}
"""


def compare_html(comparison: Comparison, *, title: str | None = None) -> str:
    """The whole page."""
    heading = title or f"{comparison.label_a} → {comparison.label_b}"
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f"<title>{escape(heading)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n"
        f"<h1>{escape(heading)}</h1>\n{compare_fragment(comparison)}\n</body>\n</html>\n"
    )


def compare_fragment(comparison: Comparison) -> str:
    """The table and the summary, for embedding in another page."""
    rows = "\n".join(_row(p) for p in comparison.pairs)
    return (
        '<table class="comparison">\n<thead><tr><th scope="col">Clause</th>'
        f'<th scope="col">{escape(comparison.label_a)}</th>'
        f'<th scope="col">{escape(comparison.label_b)}</th></tr></thead>\n'
        f"<tbody>\n{rows}\n</tbody>\n</table>\n"
        f'<p class="summary">{escape(summary(comparison))}</p>'
    )


def _row(pair: ClausePair) -> str:
    notes = ""
    if pair.moved:
        notes += '<span class="status">moved</span>'
    if pair.force:
        notes += (
            f'<span class="force">{escape(pair.force)}: '
            f"{escape(pair.act_a or '')} → {escape(pair.act_b or '')}</span>"
        )
    name = (
        f'<td class="name"><span>{escape(pair.name)}</span>'
        f'<span class="status">{escape(pair.status)}</span>{notes}</td>'
    )
    a = escape(pair.text_a or "")
    b = escape(pair.text_b or "") if pair.status != "changed" else pieces_html(pair)
    return (
        f'<tr class="{escape(pair.status)}">{name}'
        f'<td class="text a">{a}</td><td class="text b">{b}</td></tr>'
    )


def pieces_html(pair: ClausePair) -> str:
    """b's text with the removed words in <del> and the added words in <ins>."""
    out: list[str] = []
    for piece in pair.pieces:
        text = escape(piece.text)
        if piece.op == "del":
            text = f"<del>{text}</del>"
        elif piece.op == "ins":
            text = f"<ins>{text}</ins>"
        out.append((" " if piece.space and out else "") + text)
    return "".join(out)


__all__ = ["compare_fragment", "compare_html", "pieces_html"]
