"""Stances the text attributes to a party other than its author.

    find_positions(text, start, end, author=None) -> tuple[Position, ...]

The text records what a party holds; it is not the author's own view, and it
is kept as the party's claim. Patterns (verbs in ``stance_verbs_en.txt`` and
``stance_verbs_fr.txt``):

- ``<party> has/had [in the past, always …] said|asked|stated|called …`` (a
  reporting verb counts only in the perfect: a plain "X said" reports an
  event, and its words are quotes or statements, not a standing position);
- ``<party> maintains|insists|argues|claims|rejects|denies …`` in any tense;
- ``according to <party>, …``; ``<party>'s position|view|stance is that …``;
- French: ``<party> a (toujours) affirmé|estimé|soutenu … que``, ``<party>
  estime|considère|soutient que``, ``selon <party>, …``, ``la position de
  <party> est que``.

The party is a run of capitalised words ("India", "the Government of India",
"Indian authorities"). ``holder`` is as printed (without a leading "the");
``holder_id`` is the ISO alpha-3 code when the party is a state named in the
country gazetteer (``extract/places.py``) or by an adjective before
"government"/"authorities"/"officials" (``position_demonyms.tsv``). A party the
gazetteer does not know is kept (``holder_id`` None) only when it opens its
sentence ("Caspira has said …"), so that a stray capitalised word mid-sentence
is not taken for a party. A party equal to ``author`` (as printed or as its
code) is the author itself and is skipped.

``text`` and ``span`` are the attributed clause as printed, not the whole
sentence: after "saying/arguing (that)" when the sentence has one ("India has
asked the OIC not to …, saying it was an internal matter" → "it was an internal
matter"), else the complement of the verb without "that"/"que", to the end of
the sentence or to a second predicate of the party (", and did not attend").
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache

from communique.extract.places import country_code
from communique.models import Position, Text
from communique.normalise.wordlists import clause_verbs, rows, words

_WORD = r"[^\W\d_][\w'-]*"
_CAP = r"(?:[A-Z]|[ÀÉÈÎÔÜ])[\w'-]*"
_PARTY = (
    rf"(?P<holder>(?:[Tt]he |[Ll]e |[Ll]a |[Ll]')?{_CAP}(?: (?:of |de |du |and |et )?{_CAP}){{0,4}}"
    r"(?: [Gg]overnment| authorities| officials)?)"
)
_AUX = r"(?P<aux>has|have|had|a|ont|avait|avaient)"
_END = re.compile(r"(?<!\b[A-Z])(?<!\b(?:Mr|Dr|Ms|St|No))[.!?;](?=\s|$)|\n")
_SECOND = re.compile(
    r", (?:and|but) (?:did|does|has|have|had|was|were|is|will|would|also|then|[a-z]+ed)\b"
)
_LEAD = re.compile(r"(?:that|que|qu')\s*", re.IGNORECASE)
_PREPOSITION = re.compile(r"\b(?:in|of|to|for|from|with|on|by|at|into|de|du|des|en|à)\s$")
_SUFFIX = re.compile(r" (?:[Gg]overnment|authorities|officials)$")
_PREFIX = re.compile(r"^(?:[Tt]he |[Ll]e |[Ll]a |[Ll]')")


@cache
def _verbs() -> dict[str, str]:
    return {r[0]: r[1] for n in ("stance_verbs_en.txt", "stance_verbs_fr.txt") for r in rows(n)}


_FORWARD = re.compile(
    rf"(?:[Aa]ccording to |[Ss]elon |[Ll]a position (?:de |du |d')){_PARTY}"
    r"(?:, | (?:est|était|demeure) qu)"
)
_POSSESSIVE = re.compile(
    r"'s (?:[a-z-]+ )?(?:position|view|stance) (?:is|was|has been|remains) that "
)
_FORWARD_CUES = ("ccording to ", "elon ", "a position d")
_POSSESSIVE_CUES = (" position ", " view ", " stance ")
_AUXILIARIES = frozenset({"has", "have", "had", "a", "ont", "avait", "avaient"})
_BEFORE_VERB = re.compile(rf"{_PARTY} (?:{_AUX} )?(?:[a-z]+ ){{0,3}}?$")
_BEFORE_POSSESSIVE = re.compile(rf"{_PARTY}$")


def _occurrences(s: str, word: str, start: int, end: int) -> list[int]:
    """Where ``word`` stands in ``s[start:end]`` (str.find: cue words are rare, and
    finding them one by one in C is faster than any regex over the whole text)."""
    out, i = [], s.find(word, start, end)
    while i >= 0:
        out.append(i)
        i = s.find(word, i + 1, end)
    return out


@cache
def _stems() -> tuple[tuple[str, tuple[str, ...]], ...]:
    """The cue verbs (not the gerunds) grouped under a shared stem ("maint" for
    "maintains", "maintained", "maintient", "maintenu"): one str.find per stem
    instead of one per form, each a pass over the whole text."""
    groups: dict[str, list[str]] = {}
    for form, kind in _verbs().items():
        if kind != "gerund":
            groups.setdefault(form[:5], []).append(form)
    out = []
    for forms in groups.values():
        stem = forms[0]
        while not all(f.startswith(stem) for f in forms):
            stem = stem[:-1]
        out.append((stem, tuple(forms)))
    return tuple(out)


def _cue_verbs(s: str, start: int, end: int) -> Iterator[tuple[str, int]]:
    """(form, where) of every cue verb in [start, end), form by form in the order of
    the word lists, each form's occurrences in text order."""
    found: dict[str, list[int]] = {}
    for stem, forms in _stems():
        for i in _occurrences(s, stem, start, end):
            for form in forms:
                if s.startswith(form, i, end):
                    found.setdefault(form, []).append(i)
    for form in _verbs():
        for i in found.get(form, ()):
            yield form, i


def _cues(s: str, start: int, end: int) -> list[tuple[int, int, int, bool]]:
    """(party start, party end, clause start) for every cue in [start, end): a cue
    word is found first, then the party read backwards from it (or forwards after
    "according to"), and whether the party is the subject."""
    out = []
    verbs = _verbs()
    for form, i in _cue_verbs(s, start, end):
        kind = verbs[form]
        e = i + len(form)
        if (i > 0 and s[i - 1] != " ") or (e < end and (s[e].isalnum() or s[e] in "'-")):
            continue
        lo = max(start, i - 120)
        near = s[max(lo, i - 50) : i].split()[-5:]
        if not any(w[:1].isupper() for w in near) or (
            kind == "report" and not _AUXILIARIES.intersection(near)
        ):
            continue  # cheap checks first: no capitalised word, no auxiliary
        m = _BEFORE_VERB.search(s[lo:i])
        if m is not None and (kind == "stance" or m.group("aux")):
            out.append((lo + m.start("holder"), lo + m.end("holder"), e, True))
    for cue in _FORWARD_CUES:
        for i in _occurrences(s, cue, start, end):
            f = _FORWARD.search(s, max(start, i - 1), min(end, i + 120))
            if f is not None:
                out.append((f.start("holder"), f.end("holder"), f.end(), False))
    for cue in _POSSESSIVE_CUES:
        for i in _occurrences(s, cue, start, end):
            p = _POSSESSIVE.search(s, max(start, i - 20), min(end, i + 40))
            base = max(start, p.start() - 80) if p else 0
            h = _BEFORE_POSSESSIVE.search(s[base : p.start()]) if p else None
            if p and h:
                out.append((base + h.start("holder"), base + h.end("holder"), p.end(), True))
    return out


@cache
def _not_parties() -> frozenset[str]:
    """Words that do not open a party's name: names' stopwords, clause verbs, adverbs."""
    stop = words("name_stopwords.txt") - {"government"}
    return stop | clause_verbs().keys() | words("adverbs_en.txt") | words("adverbs_fr.txt")


def _holder_id(holder: str) -> str | None:
    bare = _SUFFIX.sub("", holder)
    for prefix in ("Government of ", "government of "):
        if bare.startswith(prefix):
            bare = bare[len(prefix) :]
    code = country_code(bare)
    if code is None and bare != holder:
        code = {r[0]: r[1] for r in rows("position_demonyms.tsv")}.get(bare)
    return code


def _sentence_end(s: str, pos: int, end: int) -> int:
    m = _END.search(s, pos, end)
    return m.start() if m else end


def _opens_sentence(s: str, pos: int, start: int) -> bool:
    before = s[max(start, pos - 3) : pos]
    return pos == start or before.endswith(("\n", ". ", "; ", "? ", "! ")) or not before.strip()


def _clause(s: str, pos: int, end: int) -> tuple[int, int]:
    """The attributed clause from ``pos``: after a "saying" in the sentence, else from ``pos``."""
    stop = _sentence_end(s, pos, end)
    verbs = _verbs()
    for m in re.finditer(rf", ({_WORD}) ", s[pos:stop]):
        if verbs.get(m.group(1)) == "gerund":
            pos += m.end()
            break
    while pos < stop and s[pos].isspace():
        pos += 1
    lead = _LEAD.match(s, pos, stop)
    pos = lead.end() if lead else pos
    second = _SECOND.search(s, pos, stop)
    stop = second.start() if second else stop
    while stop > pos and s[stop - 1] in " ,:":
        stop -= 1
    return pos, stop


def find_positions(text: Text, start: int, end: int, *, author: str | None) -> tuple[Position, ...]:
    """Positions attributed in ``text.text[start:end]`` to parties other than ``author``."""
    s = text.text
    stop = _not_parties()
    found: dict[int, Position] = {}
    for hs, he, after, subject in _cues(s, start, end):
        holder = _PREFIX.sub("", s[hs:he])
        if subject and _PREPOSITION.search(s, max(start, hs - 6), hs):
            continue  # "… in Palestine considers …": the party is not the subject
        hid = _holder_id(holder)
        if hid is None and (
            holder.split()[0].lower() in stop or (subject and not _opens_sentence(s, hs, start))
        ):
            continue
        if author is not None and author.strip().lower() in (holder.lower(), (hid or "").lower()):
            continue
        cs, ce = _clause(s, after, end)
        if ce - cs >= 3:
            found.setdefault(cs, Position(holder, s[cs:ce], text.span(cs, ce), hid))
    return tuple(found[k] for k in sorted(found))


__all__ = ["find_positions"]
