"""The act of a clause: the lemma of its leading verb (corpus README rule).

Adverbs and particles before the verb are dropped ("Also reaffirming" →
``reaffirm``, "Strongly supports" → ``support``), as is the auxiliary of a
perfect participle ("Having heard" → ``hear``). Two verbs keep their object,
because the object is the act: "Expressing deep concern" → ``express
concern`` and "Taking note" → ``take note`` (``objects.tsv``). French clause
verbs map to the same English acts ("Réaffirmant" → ``reaffirm``), so one
vocabulary serves both languages.

The word tables are data: ``verbs_en.txt``, ``verbs_fr.txt``,
``participles_*.txt``, ``adverbs_*.txt``, ``auxiliaries.txt``,
``objects.tsv`` and ``object_modifiers.txt`` in ``extract/data``.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from itertools import islice
from typing import NamedTuple

from communique.normalise.wordlists import act_objects, clause_verbs, words

_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LABEL = re.compile(r"\s*(?:\d{1,3}\s?\.|\(?[a-z]{1,4}\)|[ivx]{1,5}\.)\s+")
_MAX_LEAD = 4  # adverbs/auxiliaries allowed before the verb


class Opening(NamedTuple):  # a tuple: made for every clause, at a fraction of a dataclass's cost
    """What the first words of a clause say about it."""

    act: str
    kind: str  # "pre": a preambular opening; "op": a finite (operative) one
    verb: str  # the verb form as printed


@lru_cache(maxsize=4096)  # segment asks it of each paragraph two or three times
def opening(text: str, *, capitalised: bool = True) -> Opening | None:
    """The act and kind of the clause ``text`` opens, or None.

    With ``capitalised`` the first word must start with a capital letter, as a
    clause opening does; items ("reverse all measures") pass False."""
    # a label opens with a space, a digit, "(" or a small letter: not with a capital
    label = None if text[:1].isupper() else _LABEL.match(text)
    body = text[label.end() :] if label else text
    first = body.lstrip("\"'( ")
    if capitalised and not first[:1].isupper():
        return None
    verbs, skip, auxiliaries, object_acts = _tables()
    # the verb stands in the first _MAX_LEAD + 1 words; its object in the 4 after it
    # (words are read one by one, each by a search from the last: most clauses are
    # decided by their first word, and one search costs less than an iterator of them)
    end = 0
    aux = False
    for _ in range(_MAX_LEAD + 1):
        m = _WORD.search(first, end, 120)
        if m is None:
            return None
        end = m.end()
        token = m.group()
        word = token.lower()
        if word in verbs:
            act, kind = verbs[word]
            if aux:
                kind = "pre"
            if act in object_acts:  # only these read the words after the verb
                act = _with_object(
                    act, [t.group() for t in islice(_WORD.finditer(first, end, 120), 4)]
                )
            return Opening(act, kind, token)
        if word in auxiliaries:
            aux = True
            continue
        if word not in skip:
            return None
    return None


class _Tables(NamedTuple):
    verbs: dict[str, tuple[str, str]]  # clause verb form → (act, kind)
    adverbs: frozenset[str]  # English and French adverbs that may stand before the verb
    auxiliaries: frozenset[str]
    object_acts: frozenset[str]  # the acts that may keep an object (``objects.tsv``)


@cache
def _tables() -> _Tables:
    """The word tables ``opening`` reads, made once and fetched by one call per clause."""
    return _Tables(
        clause_verbs(),
        words("adverbs_en.txt") | words("adverbs_fr.txt"),
        words("auxiliaries.txt"),
        frozenset(act for act, _ in act_objects()),
    )


def _with_object(act: str, rest: list[str]) -> str:
    """``express`` + "deep concern" → ``express concern``; ``take`` + "note" → ``take note``."""
    objects = act_objects()
    modifiers = words("object_modifiers.txt")
    for token in rest[:4]:
        word = token.lower()
        if (act, word) in objects:
            return objects[(act, word)]
        if word not in modifiers:
            break
    return act


def act_of(text: str, *, capitalised: bool = True) -> str | None:
    """Just the act of the clause ``text`` opens."""
    found = opening(text, capitalised=capitalised)
    return found.act if found else None
