"""Phrase history: how often a phrase appears per year and per body, with the
clauses behind each count.

A clause counts once when its words contain the phrase's words in a row.
Words are the tokens of ``link.words`` (lower case, curly quotes straight),
with hyphens taken as spaces — "self-determination" matches "self
determination" — and punctuation left out, so "5 August 2019" matches
"5 August, 2019" but not "August 5, 2019". Clauses are those a search
indexes (``vocab.SEARCHABLE_KINDS``), their sub-items included; a record's
year is its ``year``, its body its ``body`` (else the body it was held by,
``link.occasions.held``; else "—").
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from communique.extract import organisations
from communique.link.compare import PREFIX
from communique.link.occasions import held
from communique.link.words import tokens
from communique.models import Clause, Record
from communique.vocab import SEARCHABLE_KINDS

UNKNOWN = "—"
SNIPPET = 160


@dataclass(frozen=True)
class Occurrence:
    """One clause that contains the phrase."""

    record: str
    symbol: str | None
    title: str | None
    year: int | None
    body: str
    kind: str
    clause: str  # "O3", "P1", "N12", "T1"
    snippet: str  # the words around the first match, as printed


@dataclass(frozen=True)
class PhraseHistory:
    phrase: str
    by_year: tuple[tuple[int | None, int], ...]  # (year, clauses), years ascending, None last
    by_body: tuple[tuple[str, int], ...]  # (body, clauses), most first
    by_year_body: tuple[tuple[int | None, str, int], ...]
    occurrences: tuple[Occurrence, ...]

    @property
    def total(self) -> int:
        return len(self.occurrences)


def phrase_words(text: str) -> tuple[str, ...]:
    """The compared words of a text: hyphens as spaces, punctuation left out."""
    return tuple(t.key for t in tokens(text.replace("-", " ").replace("‐", " ")) if t.word)


def phrase_history(
    records: Iterable[Record], phrase: str, *, by: Sequence[str] = ("year", "body")
) -> PhraseHistory:
    """Counts of the clauses containing ``phrase``, per year and per body.

    ``by`` names the groupings wanted ("year", "body"); the others are empty."""
    wanted = phrase_words(phrase)
    found: list[Occurrence] = []
    if wanted:
        for r in records:
            body = _body(r)
            for c, label in _clauses(r):
                if (at := _find(c.text, wanted)) is not None:
                    found.append(_occurrence(r, body, c, label, at))
    years = Counter(o.year for o in found)
    bodies = Counter(o.body for o in found)
    pairs = Counter((o.year, o.body) for o in found)

    def year_key(y: int | None) -> tuple[bool, int]:
        return (y is None, y or 0)

    return PhraseHistory(
        phrase,
        tuple(sorted(years.items(), key=lambda kv: year_key(kv[0]))) if "year" in by else (),
        tuple(sorted(bodies.items(), key=lambda kv: (-kv[1], kv[0]))) if "body" in by else (),
        tuple(
            (y, b, n)
            for (y, b), n in sorted(pairs.items(), key=lambda kv: (year_key(kv[0][0]), kv[0][1]))
        )
        if "year" in by and "body" in by
        else (),
        tuple(found),
    )


def _body(r: Record) -> str:
    if r.body:
        return r.body
    key = held(r).body
    if key and "." in key and (b := organisations.body(key)):
        return b.name
    return key or UNKNOWN


def _clauses(r: Record) -> list[tuple[Clause, str]]:
    """Searchable clauses and their sub-items, labelled "O3", "P1", "O3.ii"."""
    out: list[tuple[Clause, str]] = []
    for c in r.clauses:
        if c.kind in SEARCHABLE_KINDS:
            label = f"{PREFIX.get(c.kind, c.kind[:1].upper())}{c.number or c.order}"
            out.append((c, label))
            out.extend((i, f"{label}.{i.number or i.order}") for i in c.items)
    return out


def _find(text: str, wanted: tuple[str, ...]) -> int | None:
    """Where in ``text`` the phrase starts, or None."""
    toks = [t for t in tokens(text.replace("-", " ").replace("‐", " ")) if t.word]
    n = len(wanted)
    for i in range(len(toks) - n + 1):
        if toks[i].key == wanted[0] and all(toks[i + k].key == wanted[k] for k in range(1, n)):
            return toks[i].start
    return None


def _occurrence(r: Record, body: str, c: Clause, label: str, at: int) -> Occurrence:
    start = max(0, at - SNIPPET // 2)
    snippet = " ".join(c.text[start : start + SNIPPET].split())
    if start > 0:
        snippet = "…" + snippet
    if start + SNIPPET < len(c.text):
        snippet += "…"
    return Occurrence(r.id, r.symbol, r.title, r.year, body, c.kind, label, snippet)


__all__ = ["Occurrence", "PhraseHistory", "phrase_history", "phrase_words"]
