"""The link stage: documents set side by side.

- ``compare(a, b)``: two documents aligned clause by clause (kept, changed
  with the words removed and added, added, dropped, and changes of force).
- ``lineage(records)``: each clause's closest ancestor in earlier documents
  of the same body or series.
"""

from __future__ import annotations

from communique.link.compare import ClausePair, Comparison, Tally, compare
from communique.link.compare_html import compare_html
from communique.link.compare_text import compare_text
from communique.link.lineage import Ancestry, lineage
from communique.link.words import Edit, Piece

__all__ = [
    "Ancestry",
    "ClausePair",
    "Comparison",
    "Edit",
    "Piece",
    "Tally",
    "compare",
    "compare_html",
    "compare_text",
    "lineage",
]
