"""Instruments cited by name: charters, agreements, declarations, named laws.

Known instruments and their spellings are data (``data/instruments.tsv``);
the canonical name becomes the hit's ``symbol``. Other names are found by a
general pattern: capitalised words ending in Act, Agreement, Accord, Charter,
Convention, Covenant, Declaration, Protocol, Statute or Treaty, with an "of …"
or "on …" tail of capitalised words ("International Covenant on Civil and
Political Rights"). Leading clause verbs ("Recalling", "Reaffirms") are not
part of a name, and a name needs two capitalised words.

A declaration or communiqué "adopted by" a meeting ("the Special Declarations
on Jammu and Kashmir adopted by the Seventh Session of the Islamic Summit
Conference") is a document of that meeting, not an instrument: it is returned
as kind "document" and ``references`` gives it the meeting's body and session.

Both patterns run only in windows around a keyword, found with ``str.find``.
"""

from __future__ import annotations

import re
from functools import cache

from communique.extract.reference_hits import Hit
from communique.normalise.wordlists import rows

_KEYWORDS = (
    "Charte", "Agreement", "Accord", "Declaration", "Déclaration", "Treaty", "Covenant",
    "Pacte", "Convention", "Statute", "Act", "Protocol", "AFSPA", "UAPA", "ICCPR", "ICESCR",
)  # fmt: skip
_END = (
    r"(?:Act|Agreement|Accords?|Charter|Conventions?|Covenant|Declarations?|Protocol"
    r"|Statute|Treaty)"
)
_CAP = r"(?:[A-Z][\w'’.\-]*|\([A-Z]\w*\))"
_GENERAL = re.compile(
    rf"(?<![\w.])(?:{_CAP}\s+(?:(?:{_CAP}|of|for)\s+){{0,6}})?(?P<end>{_END})\b"
    rf"(?:\s+(?:of|on|for|against|relating to|relative to)(?:\s+the)?\s+{_CAP}"
    rf"(?:\s+(?:{_CAP}|(?:of|on|in|and|for|to)(?:\s+the)?(?=\s+[A-Z])))*)?"
)
# Where a _GENERAL match may start: not after a letter, digit or dot, at a capital or "(".
_NAME_START = re.compile(r"(?<![\w.])[A-Z(]")
_END_WORD = re.compile(rf"{_END}\b")  # the word every _GENERAL match holds
_ADOPTED = re.compile(r",?\s+(?:adopted|issued|agreed)\s+(?:by|at|during|in)\s+(?:the\s+)?")
_STOP = frozenset(
    ("The", "This", "That", "These", "Those", "Its", "Their", "Our", "A", "An", "All", "Both",
     "Any", "Such", "Under", "In", "By", "Of", "And", "Also", "Further", "Recalling")
)  # fmt: skip


_Trie = dict[str, "_Trie"]  # next word -> the spellings' rest; "" marks a spelling's end


@cache
def _known() -> tuple[re.Pattern[str], dict[str, str]]:
    canon: dict[str, str] = {}
    trie: _Trie = {}
    for row in rows("instruments.tsv"):
        canon[_key(row[-1])] = row[0]
        node = trie
        for word in _SEPARATORS.split(row[-1]):
            node = node.setdefault(word, {})
        node[""] = {}
    return re.compile(r"(?:" + _branches(trie, opening=True) + r")(?![\w])"), canon


def _branches(node: _Trie, opening: bool = False) -> str:
    """The spellings' rest under ``node`` as alternatives, each gap written once.

    A gap between words stands once for all the spellings sharing the words
    before it (one pattern of every spelling in full is costly to compile). A
    spelling ending at a word is tried after the spellings continuing it, and a
    word before any word it begins with ("U.N." before "U"): as in one
    alternation of the spellings, longest first, the longest spelling matching
    at a place wins.

    An ``opening`` spelling must not follow a word character or a dot: checked
    after its first character, so that every alternative opens with a literal and
    the regex engine skips ahead to a character that can start one instead of
    trying the whole pattern at every place."""
    branches = []
    for word in sorted((w for w in node if w), reverse=True):
        rest = node[word]
        more = _branches(rest)
        if "|" in more:
            more = f"(?:{more})"
        if more:
            more = rf"[\s\-]+{more}"
        first = re.escape(word[0])
        opened = first + rf"(?<![\w.]{first})" + re.escape(word[1:]) if opening else re.escape(word)
        branches.append(opened + (f"(?:{more})?" if more and "" in rest else more))
    return "|".join(branches)


# compiled once (called for every name found, not looked up in re's cache each time)
_SEPARATORS = re.compile(r"[\s\-]+")
_LINE_START = re.compile(r"(?:^|\n)\s*[\w.()]{0,5}\s*$")
_TOKEN = re.compile(r"\S+")
_CAPITAL = re.compile(r"\b[A-Z]")


def _key(name: str) -> str:
    return _SEPARATORS.sub(" ", name).strip()


def _windows(s: str, start: int, end: int) -> list[tuple[int, int]]:
    spots: list[int] = []
    for kw in _KEYWORDS:
        i = s.find(kw, start, end)
        while i >= 0:
            if not (kw == "Act" and s[i + 3 : i + 4].isalpha()):  # "Action", "Activities"
                spots.append(i)
            i = s.find(kw, i + 1, end)
    out: list[tuple[int, int]] = []
    for p in sorted(spots):
        a, b = max(start, p - 120), min(end, p + 160)
        while a > start and not s[a - 1].isspace():
            a -= 1
        while b < end and not s[b].isspace():
            b += 1
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


def _general(s: str, wa: int, wb: int) -> list[re.Match[str]]:
    """``_GENERAL.finditer(s, wa, wb)``, tried only where a match may start.

    Every match holds an end word ("Act", "Charter" …) with at most seven words (no
    spaces inside) before it, and starts at a capital or "(" not after a word or a dot:
    so the pattern is matched at such places among the seven words before each end
    word, not searched for across the whole window, where every capitalised word would
    start a costly attempt."""
    out: list[re.Match[str]] = []
    pos = wa  # where the next match may start
    for e in _END_WORD.finditer(s, wa, wb):
        if e.start() < pos:
            continue
        words = s[pos : e.start()].rsplit(maxsplit=7)
        lo = pos + len(words[0]) if len(words) == 8 else pos
        for c in _NAME_START.finditer(s, lo, e.start() + 1):
            if m := _GENERAL.match(s, c.start(), wb):
                out.append(m)
                pos = m.end()
                break
        else:  # none starts up to this end word: no later one starts before it either
            pos = e.start() + 1
    return out


def _trim(s: str, a: int, b: int) -> int:
    """The start of the name once leading clause words are dropped."""
    para = a == 0 or s[a - 1] == "\n" or bool(_LINE_START.search(s[:a][-8:]))
    for tok in _TOKEN.finditer(s[a:b]):
        w = tok.group(0)
        verb = w.endswith("ing") or (para and tok.start() == 0 and w.endswith(("s", "ed")))
        if w in _STOP or verb:
            continue
        return a + tok.start()
    return b


def instruments(s: str, start: int, end: int) -> list[Hit]:
    known, canon = _known()
    out: list[Hit] = []
    for wa, wb in _windows(s, start, end):
        taken: list[tuple[int, int]] = []
        for m in known.finditer(s, wa, wb):
            sym = canon.get(_key(m.group(0)))
            out.append(Hit(m.start(), m.end(), "instrument", m.group(0), sym))
            taken.append((m.start(), m.end()))
        for m in _general(s, wa, wb):
            a = _trim(s, m.start(), m.start("end"))
            if any(x < m.end() and a < y for x, y in taken):
                continue
            name = s[a : m.end()]
            if len(_CAPITAL.findall(name)) < 2:
                continue
            adopted = _ADOPTED.match(s, m.end())
            plural = m.group("end").endswith("s") and m.group("end") not in ("Accords",)
            if adopted:
                out.append(Hit(a, m.end(), "document", name))
            elif not plural or m.group("end") == "Conventions":
                out.append(Hit(a, m.end(), "instrument", name))
    return out


def adopted_at(s: str, hit: Hit) -> int | None:
    """Where the meeting that adopted a document named at ``hit`` begins, if printed."""
    m = _ADOPTED.match(s, hit.end)
    return m.end() if m else None


__all__ = ["adopted_at", "instruments"]
