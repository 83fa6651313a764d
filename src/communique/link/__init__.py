"""The link stage: documents set side by side.

- ``compare(a, b)``: two documents aligned clause by clause (kept, changed
  with the words removed and added, added, dropped, and changes of force).
- ``lineage(records)``: each clause's closest ancestor in earlier documents
  of the same body or series.
- ``assemble_meetings(records)``: one meeting per meeting the records
  describe or reference, every attribute a set of claims with their sources
  and the disagreements between them.
- ``resolve_references(records)``: each reference resolved to the records
  (or meeting) it names, or kept as an open spec.
"""

from __future__ import annotations

from communique.link.claims import Claim, Disagreement
from communique.link.compare import ClausePair, Comparison, Tally, compare
from communique.link.compare_html import compare_html
from communique.link.compare_text import compare_text
from communique.link.lineage import Ancestry, lineage
from communique.link.meetings import Meeting, MeetingDocument, assemble_meetings
from communique.link.resolve import ResolvedLink, resolve_references
from communique.link.words import Edit, Piece

__all__ = [
    "Ancestry",
    "Claim",
    "ClausePair",
    "Comparison",
    "Disagreement",
    "Edit",
    "Meeting",
    "MeetingDocument",
    "Piece",
    "ResolvedLink",
    "Tally",
    "assemble_meetings",
    "compare",
    "compare_html",
    "compare_text",
    "lineage",
    "resolve_references",
]
