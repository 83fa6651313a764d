"""States named by an adjective beside a word for their government, forces or people
abroad: "Indian authorities", "the Portuguese Government", "Pakistani nationals",
"Israeli occupation forces", "the Indian and Pakistani Governments", "les autorités
indiennes" → IND, PRT, PAK, ISR, IND + PAK, IND.

An adjective alone names no state ("Indian Ocean", "Turkish Cyprus", "Kashmiri
people", "Arab League"): it must stand before a word of ``data/demonym_heads.txt``
(after it, in French), and a phrase of ``data/demonym_stops.txt`` cancels it
("Turkish Cypriot authorities"). The adjectives are data: ``position_demonyms.tsv``
(shared with extract.positions) and ``demonyms.tsv``.

A first pass finds capitalised words with an adjective's ending (cheap); only those
are looked up, and only those in the table are checked for a head word after them.
In an ASCII text, find_actors hands over the capitalised runs it has read for places
(``places.capitalised``), and those in the table stand for that pass.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from communique.extract.relative_dates import french
from communique.normalise.wordlists import rows


@dataclass(frozen=True)
class Demonym:
    """A state named by an adjective at ``s[start:end]``."""

    start: int
    end: int
    text: str
    country: str  # ISO alpha-3 (or an ISO 3166-3 code for a former state)


@dataclass(frozen=True)
class _Tables:
    en: dict[str, str]
    fr: dict[str, str]
    stops: frozenset[str]
    trigger: re.Pattern[str]  # capitalised words with an English adjective's ending
    words: frozenset[str]  # the words of en's adjectives that ``trigger`` matches alone
    head_en: re.Pattern[str]  # what may follow an English adjective
    head_fr: re.Pattern[str]  # a French head word and the adjective after it


@cache
def _tables() -> _Tables:
    en = {r[0]: r[1] for r in rows("position_demonyms.tsv")}
    fr: dict[str, str] = {}
    for r in rows("demonyms.tsv"):
        table = fr if len(r) > 2 and r[2] == "fr" else en
        for form in r[0].split("|"):
            table.setdefault(form, r[1])
    heads = [r[0] for r in rows("demonym_heads.txt") if r[0] != "modifier"]
    mods = [r[1] for r in rows("demonym_heads.txt") if r[0] == "modifier" and len(r) > 1]
    endings = sorted({form.split()[-1][-2:] for form in en}, key=len, reverse=True)
    head = "|".join(re.escape(h) for h in sorted(set(heads), key=len, reverse=True))
    mod = "|".join(re.escape(m) for m in sorted(set(mods), key=len, reverse=True))
    capital = r"[A-Z][^\W\d_]+"
    # the whole word at once (possessive), then one look at its ending (a look-behind
    # per length of ending): no retry of every ending at every letter
    trigger = re.compile(rf"[A-Z][^\W\d_]*+(?:{_looking_back(endings)})(?![\w-])")
    last_words = {form.split()[-1] for form in en}
    return _Tables(
        en,
        fr,
        frozenset(r[0] for r in rows("demonym_stops.txt")),
        trigger,
        frozenset(w for w in last_words if trigger.fullmatch(w)),
        re.compile(
            rf"(?P<more>(?:\s*(?:,|and|or)\s+{capital}(?:\s{capital})?)*)"
            rf"\s+(?:(?:{mod})\s+){{0,2}}(?:{head})(?![\w-])"
        ),
        re.compile(
            rf"(?<![\w-])(?:{head})(?:\s+(?:{mod}))?\s+(?P<adj>[^\W\d_][\w-]*)"
            rf"(?:\s+(?:et|ou)\s+(?P<adj2>[^\W\d_][\w-]*))?"
        ),
    )


def _looking_back(endings: list[str]) -> str:
    """A pattern that the text just before ends with one of ``endings``."""
    by_size: dict[int, list[str]] = {}
    for e in endings:
        by_size.setdefault(len(e), []).append(re.escape(e))
    return "|".join(f"(?<={'|'.join(group)})" for group in by_size.values())


def _triggered(
    s: str, t: _Tables, runs: list[re.Match[str]] | None
) -> Iterator[tuple[int, int, str]]:
    """The matches of ``t.trigger`` in ``s`` that can name a state (the last word of an
    adjective in ``t.en``; any others ``_english`` passes over), read from ``runs``
    (``places.capitalised(s)``) where given."""
    if runs is None:
        for m in t.trigger.finditer(s):
            yield m.start(), m.end(), m.group(0)
        return
    for m in runs:
        word = m.group(0)
        if word in t.words:
            # the trigger matches a run of letters from its first capital, and the letters
            # before a run are not capitals (ASCII: \w is a letter, a digit or "_")
            if s[m.end() : m.end() + 1] not in ("_", "-"):
                yield m.start(), m.end(), word
        elif not word.isalpha():  # "A1Indian": the trigger reads the letters after a digit
            for x in t.trigger.finditer(s, m.start(), m.end() + 1):
                yield x.start(), x.end(), x.group(0)


def _english(s: str, t: _Tables, runs: list[re.Match[str]] | None) -> list[Demonym]:
    out: list[Demonym] = []
    for a, b, word in _triggered(s, t, runs):
        before = s[max(0, a - 30) : a].split()
        prev = before[-1] if before else ""
        pair = f"{prev} {word}"
        if pair in t.en:  # "South African", "Sri Lankan"
            a, word = a - len(prev) - 1, pair
        elif word not in t.en:
            continue
        after = s[b : b + 30].split()[:1]
        if pair in t.stops or (after and f"{word} {after[0]}" in t.stops):
            continue  # "Turkish Cypriot authorities", "Indian Ocean"
        head = t.head_en.match(s, b)
        if head is None:
            continue
        if head.group("more") and not _all_adjectives(head.group("more"), t):
            continue  # "Indian and Kashmiri officials": not a list of states
        out.append(Demonym(a, b, s[a:b], t.en[word]))
    return out


def _all_adjectives(more: str, t: _Tables) -> bool:
    words = [w for w in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", more) if w.strip()]
    return all(w.strip() in t.en for w in words)


def _french(s: str, t: _Tables) -> list[Demonym]:
    out = []
    for m in t.head_fr.finditer(s):
        for group in ("adj", "adj2"):
            word = m.group(group)
            if word and word in t.fr:
                out.append(Demonym(m.start(group), m.end(group), word, t.fr[word]))
    return out


def demonyms_in(s: str, runs: list[re.Match[str]] | None = None) -> list[Demonym]:
    """Every state named by an adjective in ``s``, in order. ``runs``:
    ``places.capitalised(s)``, where the caller has read it already."""
    t = _tables()
    found = _english(s, t, runs)
    if french(s):
        found += _french(s, t)
    return sorted(found, key=lambda d: d.start)


__all__ = ["Demonym", "demonyms_in"]
