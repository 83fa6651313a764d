"""Split the cleaned text of a file into documents.

A new document starts

- after a rule: a paragraph of nothing but ``-``, ``_``, ``*``, ``=``, ``═``,
  ``─`` or ``~`` (three or more), or
- at a title-block header ("RESOLUTION NO. 3/34-P", "Resolution 201 (1965)",
  "38 (1948). Resolution of …") of the same form as the one that opened the
  file, once the document before it has a body of its own.

A single document is never split: a header only cuts when the part before
it already holds clauses and the part after it holds a clause of its own (a
numbered paragraph, a clause word, a subject line) — a lone heading at the
end of a page (the next resolution of a printed volume, cut off) stays with
the document above; a part with no words in it (what is left around a rule)
is dropped rather than made a document.
"""

from __future__ import annotations

import re

from communique.models import Text
from communique.normalise.layout import NUMBERED, SUBJECT, opener

RULE = re.compile(r"[ \t]*([-_*=═─~][ \t]*){3,}")
HEADERS = (
    ("oic", re.compile(r"(?i)RESOLUTIONS?\s+N[Oo°º]\.?\s*\d+/\d+")),
    ("un", re.compile(r"(?:RESOLUTION|Resolution)\s+\d{1,4}\s*\(\d{4}\)")),
    ("un_volume", re.compile(r"\d{1,4}\s*\(\d{4}\)\.\s*Resolution\b")),
)
_PARAGRAPH = re.compile(r"[^\n]+(?:\n(?!\n)[^\n]+)*")
_BODY = re.compile(r"\w{3,}")


def paragraphs(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """[start, end) of each paragraph (blocks apart by blank lines) in text[start:end]."""
    stop = len(text) if end is None else end
    return [(m.start(), m.end()) for m in _PARAGRAPH.finditer(text, start, stop)]


def _clause(paragraph: str) -> bool:
    return bool(NUMBERED.match(paragraph) or opener(paragraph) or SUBJECT.match(paragraph))


def header_kind(text: str, start: int = 0, end: int | None = None) -> str | None:
    """Which title-block header opens the paragraph text[start:end], if any."""
    stop = len(text) if end is None else end
    for kind, pattern in HEADERS:
        if pattern.match(text, start, stop):
            return kind
    return None


def split(text: Text, paras: list[tuple[int, int]] | None = None) -> tuple[tuple[int, int], ...]:
    """[start, end) of each document in ``text.text``, in order; ``paras``, when
    given, are its ``paragraphs`` (read once by ``extract`` for every stage)."""
    s = text.text
    if paras is None:
        paras = paragraphs(s)
    if not paras:
        return ((0, len(s)),)
    docs: list[list[tuple[int, int]]] = [[]]
    cut_at_header = [False]
    first_header: str | None = None
    for a, b in paras:
        if RULE.fullmatch(s, a, b):
            docs.append([])
            cut_at_header.append(False)
            continue
        kind = header_kind(s, a, b)
        if kind and first_header is None:
            first_header = kind
        elif kind and kind == first_header and len(docs[-1]) >= 3:
            docs.append([])
            cut_at_header.append(True)
        docs[-1].append((a, b))
    for i in range(len(docs) - 1, 0, -1):
        if cut_at_header[i] and not any(_clause(s[a:b]) for a, b in docs[i][1:]):
            docs[i - 1] += docs.pop(i)
            cut_at_header.pop(i)
    parts = [(d[0][0], d[-1][1]) for d in docs if d and _BODY.search(s[d[0][0] : d[-1][1]])]
    return tuple(parts) or ((0, len(s)),)
