"""Subjects: whether two records of a store are on the same subject.

Two records are on the same subject when they are in the same *series*
(``link.lineage.series``: the same issuing body, else the same document type
and symbol family) and either

- **title**: their *topic words* share a word. A record's topic words are the
  content words of its title — words of three letters or more, not all
  capitals, no numbers, no month names, none of ``GENERIC`` — else, for a
  title without any ("Meeting of the Members of OIC Contact Group"), the words
  of its issuing body's remit: what follows "on" in the body's name ("OIC
  Contact Group on Jammu and Kashmir" → ``jammu``, ``kashmir``). A body
  without a remit ("United Nations Security Council") gives none, and neither
  do numbered titles ("Resolution 201 (1965) of 19 March 1965"); or
- **text**: the TF-IDF cosine of their texts is at least ``TEXT_MIN``. A
  record's text is its clauses other than titles and closings (else its whole
  text); its words are lower-cased runs of three letters or more; a word
  weighs (1 + ln count) × ln(N / records with the word), N the records given,
  so a word every record has weighs nothing. ``TEXT_MIN`` = 0.3: two renewals
  of the force in Cyprus score 0.5–0.9; two resolutions on different
  countries that both ask the Secretary-General to report score under 0.2.

The words shown as evidence are the shared topic words (title) or the
``SHOWN`` shared words that weigh most in both texts (text).
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from operator import mul
from typing import Final, Literal

from communique.extract import organisations
from communique.link.lineage import series
from communique.link.words import tokens
from communique.models import Record

TEXT_MIN: Final = 0.3
SHOWN: Final = 5
GENERIC: Final = frozenset(
    """the of and on in for to a an at by with between from its their
    dispute situation question issue issues process matter resolution resolutions report
    meeting meetings joint communique communiqué declaration statement session sessions
    contact group council conference ministers foreign ministerial members member states
    organization organisation cooperation islamic summit level""".split()  # noqa: SIM905
)
MONTHS: Final = frozenset(
    """january february march april may june july august september october
    november december""".split()  # noqa: SIM905
)
_WORD = re.compile(r"[^\W\d_]{3,}")
_REMIT = re.compile(r"(?i)\s(?:on|for)\s(?P<remit>.+)$")
_SKIP = ("title", "closing")


@dataclass(frozen=True)
class Match:
    """Why two records are on the same subject."""

    rule: Literal["title", "text"]
    words: tuple[str, ...]
    score: float  # shared topic words / topic words (title), cosine (text)


def topic_words(r: Record, body: str | None = None) -> frozenset[str]:
    """The content words of a record's title, else of its issuing body's remit
    (``body``: the body key, else ``Record.body``)."""
    found = content(r.title or "")
    if found:
        return found
    key = body or r.body or ""
    known = organisations.body(key) if "." in key else None
    name = known.name if known else key
    m = _REMIT.search(name)
    return content(m.group("remit")) if m else frozenset()


def content(text: str) -> frozenset[str]:
    """The content words of a title or name (see the module docstring)."""
    return frozenset(
        t.key
        for t in tokens(text.replace("-", " "))
        if t.word
        and len(t.key) > 2
        and t.key not in GENERIC
        and t.key not in MONTHS
        and not any(c.isdigit() for c in t.key)
        and not t.text.isupper()
    )


class Subjects:
    """Topic words, series and text vectors of the records given, computed once."""

    def __init__(self, records: Sequence[Record], bodies: dict[str, str | None]) -> None:
        self.topic = {r.id: topic_words(r, bodies.get(r.id)) for r in records}
        self.series = {r.id: series(r) for r in records}
        counts = {r.id: Counter(w.lower() for w in _WORD.findall(_text(r))) for r in records}
        df: Counter[str] = Counter()
        for c in counts.values():
            df.update(c.keys())
        n = len(records)
        idf = {w: math.log(n / k) for w, k in df.items()}
        self.vector: dict[str, dict[str, float]] = {}
        for rid, c in counts.items():
            v = {w: (1 + math.log(k)) * idf[w] for w, k in c.items() if idf[w] > 0}
            norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
            self.vector[rid] = {w: x / norm for w, x in v.items()}
        self._cache: dict[tuple[str, str], Match | None] = {}

    def same(self, a: Record, b: Record, *, any_series: bool = False) -> Match | None:
        """How ``a`` and ``b`` are on the same subject, or None. ``any_series``
        drops the series condition (for a report by the addressee itself)."""
        if not any_series and self.series.get(a.id) != self.series.get(b.id):
            return None
        key = (a.id, b.id)
        if key not in self._cache:
            self._cache[key] = self._match(a.id, b.id)
        return self._cache[key]

    def _match(self, a: str, b: str) -> Match | None:
        ta, tb = self.topic.get(a, frozenset()), self.topic.get(b, frozenset())
        if shared := ta & tb:
            return Match("title", tuple(sorted(shared)), round(len(shared) / len(ta), 3))
        va, vb = self.vector.get(a, {}), self.vector.get(b, {})
        common = va.keys() & vb.keys()
        cosine = sum(map(mul, map(va.__getitem__, common), map(vb.__getitem__, common)))
        if cosine < TEXT_MIN:
            return None
        top = sorted(common, key=lambda w: (-va[w] * vb[w], w))[:SHOWN]
        return Match("text", tuple(sorted(top)), round(cosine, 3))


def _text(r: Record) -> str:
    kept = [c.text for c in r.clauses if c.kind not in _SKIP]
    return "\n".join(kept) if kept else r.text


__all__ = ["GENERIC", "MONTHS", "SHOWN", "TEXT_MIN", "Match", "Subjects", "content", "topic_words"]
