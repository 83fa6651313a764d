"""Words of a clause and the word-level differences between two clauses.

Tokens: words (letters and digits, with inner hyphens, apostrophes, dots and
slashes: ``Secretary-General``, ``S/6228``, ``Add.1``) and single punctuation
marks, so ``194(1964)`` and ``194 (1964)`` are the same four tokens. Words are
compared lower-cased, with curly quotes made straight.

Left out before comparing, because they are layout and not wording:

- line breaks and runs of spaces;
- footnote markers: a number of one to three digits right after a capitalised
  word that does not take a number (``Secretary-General 4 recommends``, but not
  ``resolution 186`` or ``Phase 2``) and before a lower-case word, a mark or
  the end; or a bare number ending the clause after a mark (``…-General; 4``).

A difference is reported as *runs*: contiguous words removed from the first
text and added in the second (``removed ["three"]``, ``added ["six"]``). A run
is trimmed of punctuation and of the folded words (``and``, ``the``, ``a``,
``an``) at its edges, keeping brackets that it opens or closes; a run that is
nothing but those is not reported. So "194 (1964) and 198 (1964)" →
"194 (1964), 198 (1964) and 201 (1965)" reports only added ["201 (1965)"], and
OCR noise such as "while. the" is no change at all.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import lru_cache
from typing import Literal

_TOKEN = re.compile(r"\w+(?:['./-]\w+)*|[^\w\s]")
QUOTES = str.maketrans(  # curly and other quote marks to straight ones
    {"‘": "'", "’": "'", "‚": "'", "‛": "'", "`": "'", "´": "'", "′": "'"}
    | {"“": '"', "”": '"', "„": '"', "«": '"', "»": '"', "″": '"'}
)
FOLDED = frozenset({"and", "the", "a", "an"})
_OPEN = {"(": ")", "[": "]", "{": "}", '"': '"'}
_CLOSE = {v: k for k, v in _OPEN.items()}
# capitalised words that take a number after them, so the number is no footnote
_NUMBERED_WORDS = """
    resolution resolutions paragraph paragraphs article articles chapter section annex
    appendix part item items rule rules page pages no number protocol phase stage level
    class category group round volume vol table figure step option goal goals target
    pillar principle decision element region zone sector session meeting committee
    january february march april may june july august september october november december
"""
_NUMBERED = frozenset(_NUMBERED_WORDS.split())


@dataclass(frozen=True)
class Token:
    text: str  # as printed, quotes made straight
    key: str  # what is compared: lower case
    start: int  # [start, end) in the clause text
    end: int
    space: bool  # whitespace stands before it in the clause text

    @property
    def word(self) -> bool:
        return self.key[0].isalnum() or self.key[0] == "_"

    @property
    def minor(self) -> bool:
        """Punctuation or a folded word: not reported at the edge of a run."""
        return not self.word or self.key in FOLDED


@lru_cache(maxsize=8192)
def tokens(text: str) -> tuple[Token, ...]:
    """The tokens of ``text``, footnote markers left out (cached: a clause is
    tokenised once for its shingles and once for its diff)."""
    text = text.translate(QUOTES)
    found = [(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(text)]
    kept: list[Token] = []
    last_end = 0
    for i, (tok, start, end) in enumerate(found):
        if _footnote(found, i):
            continue
        space = bool(kept) and any(c.isspace() for c in text[last_end:start])
        kept.append(Token(tok, tok.lower(), start, end, space))
        last_end = end
    return tuple(kept)


def _footnote(found: list[tuple[str, int, int]], i: int) -> bool:
    tok = found[i][0]
    if not (tok.isdigit() and len(tok) <= 3) or i == 0:
        return False
    prev = found[i - 1][0]
    nxt = found[i + 1][0] if i + 1 < len(found) else None
    if nxt is None and prev in ";,." and i >= 2:
        return True
    if not (prev[0].isupper() and prev[0].isalpha()) or prev.lower() in _NUMBERED:
        return False
    return nxt is None or (not nxt[0].isalnum() and nxt not in "([") or nxt[0].islower()


def normal_form(text: str) -> str:
    """The clause as compared for "identical": tokens joined by single spaces
    where the text had any space, footnote markers and line breaks gone."""
    return join(tokens(text))


def join(toks: tuple[Token, ...] | list[Token]) -> str:
    return "".join((" " if t.space and i else "") + t.text for i, t in enumerate(toks))


@dataclass(frozen=True)
class Edit:
    """One run of difference: words removed from a, words added in b ("" for none)."""

    removed: str = ""
    added: str = ""


@dataclass(frozen=True)
class Piece:
    """A stretch of the word-level view: b's text, a's removed words, b's added words."""

    op: Literal["same", "del", "ins"]
    text: str
    space: bool  # a space stands before it


@dataclass(frozen=True)
class WordDiff:
    similarity: float  # 2 × matched words / all words, 0..1
    exact: bool  # the normal forms are identical
    edits: tuple[Edit, ...]
    pieces: tuple[Piece, ...]

    @property
    def removed(self) -> tuple[str, ...]:
        return tuple(e.removed for e in self.edits if e.removed)

    @property
    def added(self) -> tuple[str, ...]:
        return tuple(e.added for e in self.edits if e.added)


def word_diff(a: str, b: str) -> WordDiff:
    """The word-level differences between clause texts ``a`` and ``b``."""
    ta, tb = tokens(a), tokens(b)
    edits: list[Edit] = []
    pieces: list[Piece] = []
    matched = 0
    for kind, i1, i2, j1, j2 in _hunks(ta, tb):
        if kind == "equal":
            matched += sum(1 for t in ta[i1:i2] if t.word)
            _same(pieces, tb[j1:j2])
            continue
        r1, r2 = trim(ta, i1, i2)
        s1, s2 = trim(tb, j1, j2)
        if r1 == r2 and s1 == s2:
            _same(pieces, tb[j1:j2])
            continue
        edits.append(Edit(join(ta[r1:r2]), join(tb[s1:s2])))
        _same(pieces, tb[j1:s1] if s1 < s2 else tb[j1:j2])
        if r1 < r2:
            pieces.append(Piece("del", join(ta[r1:r2]), ta[r1].space))
        if s1 < s2:
            pieces.append(Piece("ins", join(tb[s1:s2]), tb[s1].space))
            _same(pieces, tb[s2:j2])
    words = sum(1 for t in ta if t.word) + sum(1 for t in tb if t.word)
    similarity = 2 * matched / words if words else 1.0
    exact = join(ta) == join(tb)
    return WordDiff(round(similarity, 3), exact, tuple(edits), tuple(pieces))


# One step of the edit script: "=" (a index, b index), "-" (a index), "+" (b index).
_Step = tuple[str, int, int]


def _hunks(ta: tuple[Token, ...], tb: tuple[Token, ...]) -> list[tuple[str, int, int, int, int]]:
    """Equal and differing stretches, (kind, i1, i2, j1, j2), with every pure
    insertion or deletion slid to its best place (see ``_slide``)."""
    ka, kb = [t.key for t in ta], [t.key for t in tb]
    script: list[_Step] = []
    for op, i1, i2, j1, j2 in SequenceMatcher(None, ka, kb, False).get_opcodes():
        if op == "equal":
            script += [("=", i, j) for i, j in zip(range(i1, i2), range(j1, j2), strict=True)]
        else:
            script += [("-", i, -1) for i in range(i1, i2)] + [("+", -1, j) for j in range(j1, j2)]
    _slide(script, ka, kb)
    out: list[tuple[str, int, int, int, int]] = []
    i = j = 0
    k = 0
    while k < len(script):
        same = script[k][0] == "="
        e = k
        while e < len(script) and (script[e][0] == "=") == same:
            e += 1
        di = sum(1 for s in script[k:e] if s[0] != "+")
        dj = sum(1 for s in script[k:e] if s[0] != "-")
        out.append(("equal" if same else "change", i, i + di, j, j + dj))
        i, j, k = i + di, j + dj, e
    return out


def _slide(script: list[_Step], ka: list[str], kb: list[str]) -> None:
    """Place each pure run of insertions (or deletions) where the same edit
    could equally stand: where its brackets balance, else furthest right —
    "to continue to act" adds "continue to", "(1964) and 201 (1965) and" adds
    "201 (1965) and"."""
    k = 0
    while k < len(script):
        op = script[k][0]
        if op == "=":
            k += 1
            continue
        e = k
        while e < len(script) and script[e][0] == op:
            e += 1
        pure = (k == 0 or script[k - 1][0] == "=") and (e == len(script) or script[e][0] == "=")
        if pure:
            keys = ka if op == "-" else kb
            at = 1 if op == "-" else 2
            while k > 0 and script[k - 1][0] == "=" and _shift(script, k - 1, e - 1, keys, at):
                k, e = k - 1, e - 1
            best, best_k = _balance(script, k, e, keys, at), k
            while e < len(script) and _shift(script, k, e, keys, at):
                k, e = k + 1, e + 1
                if (score := _balance(script, k, e, keys, at)) >= best:
                    best, best_k = score, k
            while k > best_k:
                _shift(script, k - 1, e - 1, keys, at)
                k, e = k - 1, e - 1
        k = e


def _shift(script: list[_Step], lo: int, hi: int, keys: list[str], at: int) -> bool:
    """Swap the equal step and the run across script[lo..hi] (the equal step
    at one end) when the tokens allow it; True when done."""
    first, last = script[lo], script[hi]
    if first[0] == "=":  # equal before the run: run moves left
        run = script[lo + 1 : hi + 1]
        if keys[_at(first, at)] != keys[_at(run[-1], at)]:
            return False
        moved = [_with(s, _at(s, at) - 1, at) for s in run]
        script[lo : hi + 1] = [*moved, _with(first, _at(run[-1], at), at)]
        return True
    if last[0] != "=":
        return False
    run = script[lo:hi]
    if keys[_at(last, at)] != keys[_at(run[0], at)]:
        return False
    script[lo : hi + 1] = [_with(last, _at(run[0], at), at)] + [
        _with(s, _at(s, at) + 1, at) for s in run
    ]
    return True


def _at(step: _Step, at: int) -> int:
    return step[1] if at == 1 else step[2]


def _with(step: _Step, index: int, at: int) -> _Step:
    return (step[0], index, step[2]) if at == 1 else (step[0], step[1], index)


def _balance(script: list[_Step], k: int, e: int, keys: list[str], at: int) -> int:
    run = [keys[_at(s, at)] for s in script[k:e]]
    return -sum(abs(run.count(o) - run.count(c)) for o, c in _OPEN.items() if o != c)


def _same(pieces: list[Piece], toks: tuple[Token, ...]) -> None:
    if not toks:
        return
    text = join(toks)
    if pieces and pieces[-1].op == "same":
        last = pieces[-1]
        pieces[-1] = Piece("same", last.text + (" " if toks[0].space else "") + text, last.space)
    else:
        pieces.append(Piece("same", text, toks[0].space))


def trim(toks: tuple[Token, ...], i: int, j: int) -> tuple[int, int]:
    """[i, j) without minor tokens at its edges; brackets it opens or closes stay."""
    while i < j and toks[i].minor and not _balanced_open(toks, i, j):
        i += 1
    while j > i and toks[j - 1].minor and not _balanced_close(toks, i, j - 1):
        j -= 1
    return i, j


def _balanced_open(toks: tuple[Token, ...], i: int, j: int) -> bool:
    closer = _OPEN.get(toks[i].key)
    return closer is not None and any(t.key == closer for t in toks[i + 1 : j])


def _balanced_close(toks: tuple[Token, ...], i: int, k: int) -> bool:
    opener = _CLOSE.get(toks[k].key)
    return opener is not None and any(t.key == opener for t in toks[i:k])


def word_keys(text: str) -> tuple[str, ...]:
    """The compared words of a text, punctuation left out."""
    return tuple(t.key for t in tokens(text) if t.word)


__all__ = [
    "FOLDED",
    "QUOTES",
    "Edit",
    "Piece",
    "Token",
    "WordDiff",
    "join",
    "normal_form",
    "tokens",
    "trim",
    "word_diff",
    "word_keys",
]
