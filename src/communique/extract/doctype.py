"""What kind of document this is (``vocab.DOC_TYPES``), from plain evidence.

In order, the first that holds:

1. a resolution header ("RESOLUTION NO. 2/34-P", "Resolution 201 (1965)",
   "38 (1948). Resolution of …") → ``resolution``;
2. "Report of the Meeting" / "Report" in the title block with numbered
   paragraphs → ``meeting_report``;
3. "Joint Communiqué" in the title block, or a subject line "The Foreign
   Ministers:" / "The Ministers …:" → ``joint_communique``;
4. "Press Release" in the title block → ``press_release``;
5. "Declaration" / "Statement" in the title block → ``statement``;
6. a preamble followed by operative clauses → ``resolution``;
7. third-person narrative with "said" → ``news_report``;
8. otherwise ``document``.
"""

from __future__ import annotations

import re

from communique.models import Clause

_RESOLUTION = re.compile(
    r"(?i)\bRESOLUTIONS?\s+N[o°º]\.?\s*\d|^(?:RESOLUTION|Resolution)\s+\d{1,4}\s*\(\d{4}\)"
    r"|^\d{1,4}\s*\(\d{4}\)\.\s*Resolution\b|^R[ée]solution\s+\d"
)
_REPORT = re.compile(r"(?i)\b(?:report of the meeting|report|rapport de la réunion|compte rendu)\b")
_COMMUNIQUE = re.compile(r"(?i)\bjoint\s+communiqu[eé]|communiqu[eé]\s+conjoint|\bcommuniqu[eé]\b")
_MINISTERS = re.compile(r"(?i)^(?:The|Les)\s+(?:\w+\s+){0,3}(?:Foreign\s+)?Minist(?:ers|res)\b.*:$")
_PRESS = re.compile(r"(?i)\bpress\s+release\b|communiqu[eé] de presse")
_STATEMENT = re.compile(r"(?i)\b(?:declaration|statement|déclaration)\b")
_SAID = re.compile(r"\b(?:said|says|told|added|stated)\b")


def classify(clauses: tuple[Clause, ...], text: str) -> str:
    """The document type of a segmented document."""
    titles = [c.text for c in clauses if c.kind == "title"]
    head = "\n".join(titles) or text[:300]
    kinds = [c.kind for c in clauses]
    if any(_RESOLUTION.search(t) for t in titles) or _RESOLUTION.search(text[:200]):
        return "resolution"
    numbered_paragraphs = sum(1 for c in clauses if c.kind == "paragraph" and c.number)
    if _REPORT.search(head) and numbered_paragraphs >= 2:
        return "meeting_report"
    subjects = [c.text for c in clauses if c.kind == "subject"]
    if _COMMUNIQUE.search(head) or any(_MINISTERS.match(t) for t in subjects):
        return "joint_communique"
    if _PRESS.search(head):
        return "press_release"
    if _STATEMENT.search(head):
        return "statement"
    if "preambular" in kinds and "operative" in kinds:
        return "resolution"
    if "operative" in kinds and "subject" in kinds:
        return "resolution"
    if len(_SAID.findall(text)) >= 1 and kinds.count("paragraph") >= 2:
        return "news_report"
    if numbered_paragraphs >= 3 and _REPORT.search(text[:2000]):
        return "meeting_report"
    return "document"
