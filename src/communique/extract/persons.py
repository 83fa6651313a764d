"""Persons named in a document, with their honorifics and roles as printed.

    find_persons(text, start, end) -> tuple[Actor, ...]   # one Actor per mention

A person is found from the shape of the text around a name, never from a
statistical model:

- an honorific before a run of capitalised words: "His Excellency Mr. Yousef
  Al Dobeay", "Ambassador Munir Akram", "Mr. Yaseen Malik", "M. Jean Dupont";
- a role printed as a title straight before a name: "President Musharraf",
  "OIC Secretary General Dr Yousef bin Ahmad Al-Othaimeen";
- a role before the name and a comma: "the Special Envoy, Mr. Yousef Al Dobeay";
- a role after the name: "Ambassador Munir Akram, the Permanent Representative
  of Pakistan to the UN", and a second one after "as" ("…, Assistant
  Secretary-General for Political Affairs as Special Representative of …").

A run of capitalised words stops at a word of ``name_stopwords.txt`` (so
"Dr Report" or an honorific before "Islamic Development Bank" gives no person),
at a lower-case word other than a name particle ("bin", "al", "de", "van"…) and
at punctuation. Honorifics are in ``honorifics_en.txt`` and ``honorifics_fr.txt``;
role heads, modifiers and connectors in ``roles_en.txt`` and ``roles_fr.txt``.

Each mention is an ``Actor(kind="person")``: ``name`` as printed without the
honorific, ``span`` on the name, ``honorific``, ``role`` when this mention
carries one (one Actor per role, so a name with a role before and after it
gives two), and ``id``, the person key of ``person_id``. A mention of one name
word ("Dr Yousef", "Mr. Malik", or a bare "Akram" after "Munir Akram" was
found) takes the id of the one person found earlier in the document whose name
has that word; with none or several it keeps its own.

Limits of the key: it folds case, diacritics and hyphens ("Al-Othaimeen" =
"Al Othaimeen", "Sinirlioğlu" = "Sinirlioglu") but not transliterations
("Yousef"/"Yusuf"), dropped or added name parts ("Yousef Al-Othaimeen" vs
"Yousef bin Ahmad Al-Othaimeen") or name order; those stay separate persons
for a later linking step. A role that continues into a name ("President of
Pakistan Pervez Musharraf") is read as one long role: without a gazetteer of
places the end of the scope is not known.
"""

from __future__ import annotations

import bisect
import re
import unicodedata
from dataclasses import dataclass
from functools import cache
from typing import Any

from communique.models import Actor, Text
from communique.normalise.wordlists import rows, words

_PARTICLES = frozenset(
    {"bin", "bint", "binti", "ibn", "al", "el", "ul", "ud", "de", "del", "della", "der", "den"}
    | {"di", "da", "dos", "das", "du", "van", "von", "le", "la"}
)
_NAME_TOKEN = re.compile(r"[^\W\d_]\.(?= [^\W\d_])|[^\W\d_]+(?:['-][^\W\d_]+)*")
_ROLE_TOKEN = re.compile(r"(?:[ldLD]')?[^\W\d_]+(?:['-][^\W\d_]+)*")
_ACRONYM = re.compile(r"(?:[A-Z]{2,6} )+$")
_POSSESSIVE = re.compile(r"(?:[A-Z][\w-]* ){0,3}[A-Z][\w-]*'s $")
_PREVIOUS_WORD = re.compile(r"([^\W\d_][\w'-]*) $")
_AFTER_NAME = re.compile(r", (?:the |The |le |la |l')?")
_FOLD = str.maketrans({"ı": "i", "ø": "o", "Ø": "O", "ß": "ss", "æ": "ae", "Æ": "AE"})
_FOLD.update(str.maketrans({"đ": "d", "Đ": "D", "ł": "l", "Ł": "L", "œ": "oe", "Œ": "OE"}))
_MAX_NAME = 7
_MAX_ROLE = 16


def person_id(name: str) -> str:
    """The person key: lower case, diacritics folded, words joined by "-"."""
    folded = unicodedata.normalize("NFKD", name.translate(_FOLD))
    plain = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", plain.lower()).strip("-")


def full_names(persons: tuple[Actor, ...]) -> dict[str, str]:
    """Person id → the longest name printed for it (the name a short mention stands for)."""
    best: dict[str, str] = {}
    for p in persons:
        if p.id is not None and len(p.name) > len(best.get(p.id, "")):
            best[p.id] = p.name
    return best


@dataclass(frozen=True)
class _Role:
    start: int
    end: int


@dataclass(frozen=True)
class _Tables:
    honorific: re.Pattern[str]  # one honorific ("Mr.", "His Excellency"); see _honorifics
    role: re.Pattern[str]
    role_scan: re.Pattern[str]
    connectors: frozenset[str]
    role_words: frozenset[str]
    stop: frozenset[str]


def _alternation(phrases: list[str], *, hyphen: bool) -> str:
    """A pattern of the phrases, the longest that matches first; a phrase not ending
    in "." ends a word. The space between words also matches a hyphen where ``hyphen``.

    The phrases are factored as a character trie so that the engine follows one branch
    per character instead of trying every phrase. The branches at each point stay
    exclusive (see ``_branches``), so the first match the engine finds is the longest
    phrase, as in a list sorted by length. Where a phrase ends the trie has an empty
    branch, tried last, and ``_END`` after the trie checks the end of the word: one
    check instead of one per phrase, which made the pattern slow to compile."""
    trie: _Trie = {}
    for phrase in set(phrases):
        node = trie
        for ch in " ".join(phrase.split()):
            node = node.setdefault(ch, {})
        node[""] = {}  # a phrase ends here
    return f"(?:{_branches(trie, hyphen)}){_END}"


_Trie = dict[str, Any]  # character → the rest; "" where a phrase ends
_END = r"(?:(?<=\.)|(?![\w'-]))"  # a phrase not ending in "." ends a word


def _branches(node: _Trie, hyphen: bool) -> str:
    out = []
    for ch in sorted(c for c in node if c):
        if ch == " " and hyphen and "-" in node:
            # "Vice President" and "Vice-President": a hyphen goes on in either trie
            out.append(r"\ " + _branches(node[" "], hyphen))
            out.append(r"\-" + _branches(_merged(node[" "], node["-"]), hyphen))
        elif ch != "-" or not (hyphen and " " in node):
            atom = "[ -]" if ch == " " and hyphen else re.escape(ch)
            out.append(atom + _branches(node[ch], hyphen))
    if "" in node:  # after the longer phrases: the engine tries branches in order
        out.append("")
    return out[0] if len(out) == 1 else "(?:" + "|".join(out) + ")"


def _merged(a: _Trie, b: _Trie) -> _Trie:
    out = dict(a)
    for ch, rest in b.items():
        out[ch] = _merged(out[ch], rest) if ch in out else rest
    return out


@cache
def _tables() -> _Tables:
    hon = [r[0] for n in ("honorifics_en.txt", "honorifics_fr.txt") for r in rows(n)]
    roles = [r for n in ("roles_en.txt", "roles_fr.txt") for r in rows(n) if len(r) == 2]
    heads = [w for k, w in roles if k == "head"]
    mods = [w for k, w in roles if k == "modifier"]
    # no look-behind at the start of a scanning pattern: a pattern that opens with
    # an alternation of words is scanned by its first letters, five times faster
    honorific = re.compile(_alternation(hon, hyphen=False))
    mod = _alternation(mods, hyphen=False)
    head = _alternation(heads, hyphen=True)
    role = re.compile(rf"(?<![\w-])(?:(?:{mod})[ -])*(?:{head})")
    role_scan = re.compile(_alternation(heads + mods, hyphen=True))
    connectors = frozenset(w.lower() for k, ws in roles if k == "connector" for w in ws.split())
    role_words = frozenset(w.lower() for k, w in roles if k == "word")
    return _Tables(honorific, role, role_scan, connectors, role_words, words("name_stopwords.txt"))


def _honorifics(s: str, start: int, end: int, t: _Tables) -> list[tuple[int, int]]:
    """Runs of honorifics joined by single spaces ("His Excellency Mr."), in order.

    The chain is followed here rather than written in the pattern, which would then
    hold the long alternation twice (compiling it is most of ``_tables``' cost)."""
    runs: list[tuple[int, int]] = []
    for h in t.honorific.finditer(s, start, end):
        if runs and runs[-1][1] + 1 == h.start() and s[h.start() - 1] == " ":
            runs[-1] = (runs[-1][0], h.end())
        else:
            runs.append(h.span())
    return runs


def _name_at(text: str, pos: int, end: int, stop: frozenset[str]) -> tuple[int, int] | None:
    """The span of a personal name starting at ``pos``, or None."""
    tokens: list[tuple[int, int, bool]] = []  # start, end, is a particle
    p = pos
    while len(tokens) < _MAX_NAME:
        m = _NAME_TOKEN.match(text, p, end)
        if not m:
            break
        tok = m.group()
        if tok[0].isupper() and not (len(tok) > 2 and tok.isupper()):
            if tok.lower() in stop:
                break
            tokens.append((m.start(), m.end(), False))
        elif tok.lower() in _PARTICLES or tok.split("-", 1)[0].lower() in _PARTICLES:
            tokens.append((m.start(), m.end(), "-" not in tok))
        else:
            break
        if m.end() + 1 >= end or text[m.end()] != " ":
            break
        p = m.end() + 1
    while tokens and tokens[-1][2]:
        tokens.pop()
    if not tokens or (tokens[0][2] and len(tokens) < 2):
        return None
    last = tokens[-1][1]
    if text.endswith("'s", tokens[-1][0], last):
        last -= 2  # "Sir Owen Dixon's report": the possessive is not part of the name
    return tokens[0][0], last


def _role_end(text: str, pos: int, end: int, t: _Tables) -> int:
    """Where the role whose head ends at ``pos`` ends: through connectors and the
    capitalised words of its scope ("for Political Affairs", "to the UN")."""
    last, p, scoped = pos, pos, False
    for _ in range(_MAX_ROLE):
        if p + 1 >= end or text[p] != " ":
            break
        m = _ROLE_TOKEN.match(text, p + 1, end)
        if not m:
            break
        tok = m.group()
        low = tok.lower()
        if low[:2] in ("l'", "d'") and len(tok) > 2:
            scoped, low, tok = True, low[2:], tok[2:]
        if low in t.connectors and tok[0].islower():
            if low == "to" and not text.startswith(" the ", m.end()):
                break
            if low in ("and", "et") and t.honorific.match(text, m.end() + 1, end):
                break
            scoped = True
        elif low in t.role_words or (
            tok[0].isupper() and scoped and t.honorific.match(text, m.start(), end) is None
        ):
            last = m.end()
        else:
            break
        p = m.end()
    return last


def _roles(text: str, start: int, end: int, t: _Tables) -> list[_Role]:
    """Role heads with their scope, in order; ``start`` is the head's (see ``_qualified``)."""
    found: list[_Role] = []
    last = start
    for c in t.role_scan.finditer(text, start, end):
        if c.start() < last or _word_before(text, c.start()):
            continue
        m = t.role.match(text, c.start(), end)  # its look-behind: as _word_before
        if m is not None:
            found.append(_Role(m.start(), _role_end(text, m.end(), end, t)))
            last = m.end()
    return found


def _qualified(text: str, role: _Role, start: int) -> _Role:
    """The role with what qualifies it before its head: an acronym ("OIC Secretary
    General") or a possessive ("Secretary General's Special Envoy")."""
    before = text[max(start, role.start - 60) : role.start]
    q = _POSSESSIVE.search(before) or _ACRONYM.search(before)
    if q and not q.group().startswith(("The ", "This ")):
        return _Role(role.start - len(q.group()), role.end)
    return role


def _role_from(s: str, pos: int, roles: list[_Role], heads: list[int], start: int) -> _Role | None:
    """The role that starts at ``pos``, its head there or just after a qualifier."""
    i = bisect.bisect_left(heads, pos)
    if i < len(roles) and roles[i].start - pos <= 60:
        role = _qualified(s, roles[i], start)
        if role.start == pos:
            return role
    return None


def _word_before(s: str, pos: int) -> bool:
    """Whether ``pos`` is inside a word (a match there is not a word of its own)."""
    return pos > 0 and (s[pos - 1].isalnum() or s[pos - 1] in "_-.")


def role_pattern() -> re.Pattern[str]:
    """The pattern of a role head with its modifiers ("Assistant Secretary-General")."""
    return _tables().role


def find_persons(text: Text, start: int, end: int) -> tuple[Actor, ...]:
    """Every mention of a person in ``text.text[start:end]``, in text order."""
    t, s = _tables(), text.text
    roles = _roles(s, start, end, t)
    by_end = {r.end: r for r in roles}
    heads = [r.start for r in roles]
    found: list[tuple[int, int, str | None, _Role | None]] = []  # name, honorific, role
    covered: set[int] = set()
    for h_start, h_end in _honorifics(s, start, end, t):
        if _word_before(s, h_start):
            continue
        name = _name_at(s, h_end + 1, end, t.stop) if s[h_end : h_end + 1] == " " else None
        if name is None:
            continue
        covered.add(name[0])
        mine: list[_Role | None] = []
        before = by_end.get(h_start - 1) or by_end.get(h_start - 2)
        if before and s[before.end : h_start] in (" ", ", "):
            mine.append(_qualified(s, before, start))
        after = _AFTER_NAME.match(s, name[1], end)
        role = _role_from(s, after.end(), roles, heads, start) if after else None
        while role is not None:
            mine.append(role)
            at = role.end + 4
            role = (
                _role_from(s, at, roles, heads, start) if s.startswith(" as ", role.end) else None
            )
        for r in mine or [None]:
            found.append((name[0], name[1], s[h_start:h_end], r))
    for r in roles:
        if s[r.end : r.end + 1] == " " and r.end + 1 not in covered:
            name = _name_at(s, r.end + 1, end, t.stop)
            if name is not None and not t.honorific.match(s, name[0], end):
                found.append((name[0], name[1], None, _qualified(s, r, start)))
    found.sort(key=lambda f: f[0])
    return _resolve(text, found, end)


def _resolve(
    text: Text, found: list[tuple[int, int, str | None, _Role | None]], end: int
) -> tuple[Actor, ...]:
    """Actors with ids; one-word names take the id of the one earlier person with that word."""
    s = text.text
    out: list[Actor] = []
    seen: dict[str, set[str]] = {}  # folded name word → ids of multi-word names
    for ns, ne, honorific, role in found:
        name = s[ns:ne]
        pid = person_id(name)
        parts = pid.split("-")
        if len(parts) == 1 and len(seen.get(pid, ())) == 1:
            (pid,) = seen[pid]
        elif len(parts) > 1:
            for part in parts:
                seen.setdefault(part, set()).add(pid)
        text_role = s[role.start : role.end] if role else None
        out.append(Actor("person", name, text.span(ns, ne), pid, text_role, honorific))
    every = out + list(_bare_surnames(text, out, seen, end))
    return tuple(sorted(every, key=lambda a: a.span.start))


def _bare_surnames(
    text: Text, found: list[Actor], seen: dict[str, set[str]], end: int
) -> tuple[Actor, ...]:
    """Later mentions of a found person by the last word of the name alone ("Akram said")."""
    last: dict[str, Actor] = {}
    for a in found:
        word = a.name.split()[-1]
        if a.id and len(word) >= 4 and len(seen.get(person_id(word), ())) == 1:
            last.setdefault(word, a)
    if not last:
        return ()
    taken = [(a.span.start, a.span.end) for a in found]
    pattern = re.compile(r"(?<![\w'-])(?:" + "|".join(map(re.escape, last)) + r")(?![\w'-])")
    out = []
    for m in pattern.finditer(text.text, min(a.span.end for a in last.values()), end):
        first = last[m.group()]
        if m.start() <= first.span.start or any(a <= m.start() < b for a, b in taken):
            continue
        prev = _PREVIOUS_WORD.search(text.text, max(0, m.start() - 40), m.start())
        if prev and prev.group(1)[0].isupper():
            continue  # part of another name
        out.append(Actor("person", m.group(), text.span(m.start(), m.end()), first.id))
    return tuple(out)


__all__ = ["find_persons", "full_names", "person_id", "role_pattern"]
