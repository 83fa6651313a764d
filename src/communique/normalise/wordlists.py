"""Word lists and patterns kept as data files in ``communique/extract/data``.

Both the cleaning steps (which need to know what may open a clause when they
decide where a paragraph ends) and the extractors read these files, so the
loader lives here, below both. Files are plain UTF-8 text: one entry per line,
``#`` starts a comment line, fields are separated by a tab.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

DATA = Path(__file__).resolve().parent.parent / "extract" / "data"


@cache
def rows(name: str) -> tuple[tuple[str, ...], ...]:
    """The non-comment lines of a data file, split on tabs."""
    lines = (DATA / name).read_text(encoding="utf-8").splitlines()
    # fields stripped by map, not a generator per line: some files have thousands of lines
    return tuple(
        tuple(map(str.strip, line.split("\t")))
        for line in lines
        if line.strip() and not line.startswith("#")
    )


@cache
def words(name: str) -> frozenset[str]:
    """The first field of each line, lower-cased."""
    text = (DATA / name).read_text(encoding="utf-8")
    if "\t" in text:
        return frozenset(r[0].lower() for r in rows(name))
    # one word per line (thousands in some lists): each line is its word, stripped in C,
    # not split by ``rows`` line by line
    lines = [line for line in text.lower().splitlines() if not line.startswith("#")]
    return frozenset(filter(None, map(str.strip, lines)))


@cache
def patterns(name: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """``kind<TAB>regex`` lines, compiled."""
    return tuple((r[0], re.compile(r[1])) for r in rows(name) if len(r) >= 2)


def _en_forms(lemma: str) -> tuple[str, str, str]:
    """Third person, past (= past participle) and -ing form of a regular verb."""
    if lemma.endswith(("s", "sh", "ch", "x", "z", "o")):
        third = lemma + "es"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        third = lemma[:-1] + "ies"
    else:
        third = lemma + "s"
    if lemma.endswith("e"):
        past = lemma + "d"
    elif lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        past = lemma[:-1] + "ied"
    else:
        past = lemma + "ed"
    ing = lemma[:-1] + "ing" if lemma.endswith("e") and not lemma.endswith("ee") else lemma + "ing"
    return third, past, ing


def _fr_forms(infinitive: str) -> tuple[str, ...]:
    """Present (3rd person), present participle and past participles of an -er verb."""
    if not infinitive.endswith("er"):
        return ()
    stem = infinitive[:-2]
    ant = stem + ("e" if stem.endswith("g") else "") + "ant"
    if stem.endswith("c"):
        ant = stem[:-1] + "çant"
    return (stem + "e", stem + "ent", ant, stem + "é", stem + "ée", stem + "és", stem + "ées")


@cache
def clause_verbs() -> dict[str, tuple[str, str]]:
    """Lower-case word form → (act, "pre" | "op"): what a clause opening with it is.

    -ing forms, participles used as adjectives and "whereas" open preambular
    clauses ("pre"); third-person and past forms open operative ones ("op")."""
    table: dict[str, tuple[str, str]] = {}
    for row in rows("verbs_en.txt"):
        lemma = row[0].lower()
        third, past, ing = _en_forms(lemma)
        for form in (third, past):
            table.setdefault(form, (lemma, "op"))
        table.setdefault(ing, (lemma, "pre"))
        for form in " ".join(row[1:]).split():
            f = form.lower()
            kind = "pre" if f.endswith("ing") else "op"
            table[f] = (lemma, kind)
    for row in rows("verbs_fr.txt"):
        act, infinitive = row[0].lower(), row[1].lower()
        extra = " ".join(row[2:]).split()
        for f in (*_fr_forms(infinitive), *extra):
            kind = "pre" if f.endswith("ant") else "op"
            table.setdefault(f, (act, kind))
    for name in ("participles_en.txt", "participles_fr.txt"):
        for row in rows(name):
            table[row[0].lower()] = (row[1].lower(), "pre")
    return table


@cache
def act_objects() -> dict[tuple[str, str], str]:
    """(act of the verb, object word) → act that keeps its object."""
    return {(r[0], r[1].lower()): r[2] for r in rows("objects.tsv")}
