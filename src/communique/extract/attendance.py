"""Who chaired or hosted a meeting, and which states attended it.

- chair: "The Secretary General of the OIC chaired the meeting" → "Secretary
  General of the OIC" (an office where no person is named); "His Excellency
  Mr. Yousef Al Dobeay, Assistant Secretary General for Political Affairs,
  chaired the meeting" → "Yousef Al Dobeay"; "hosted by Ambassador Munir
  Akram, the Permanent Representative …" → "Munir Akram"; "chaired by the
  Secretary-General, Dr. Amara Velkonen" → "Amara Velkonen"; "under the
  chairmanship of …", "sous la présidence de …". Honorifics are stripped.
- attendees: the states named in the sentence that says who attended
  ("attended by the Foreign Ministers and representatives of the Republic of
  Azerbaijan, the Republic of Niger, …", "with the participation of …",
  "the members of the Contact Group – …") → ISO alpha-3, in printed order.
"""

from __future__ import annotations

import re

from communique.extract.places import countries_in
from communique.extract.symbols import Found
from communique.normalise.wordlists import words

_ABBREV = frozenset("mr mrs ms dr h.e st no prof sr jr gen col amb hon messrs mme m".split())  # noqa: SIM905
_HONORIFIC = re.compile(
    r"(?:(?:the|The)\s+)?(?:(?:His|Her|Their|Son|Sa)\s+(?:Royal\s+)?(?:Excellency|Excellence|Highness|Majesty)"
    r"|H\.\s?E\.|HE|H\.R\.H\.|Excellency|Ambassador|Ambassadeur|Ambassadrice|Mr|Mrs|Ms|Miss|Dr|Prof"
    r"|Professor|Hon|Honourable|Honorable|Senator|Judge|Justice|M\.|Mme|Messrs|Madame|Monsieur)\.?\s+"
)
_PARTICLES = frozenset("al al- el bin bint ibn bin. de van von der da di la le du ul ud".split())  # noqa: SIM905
# Each word opens with its first letter and checks the word boundary behind it, so the
# engine skips ahead to a "c" or "p" instead of trying \b at every character.
_ACTIVE = re.compile(
    r"(?:c(?<=\bc)(?:o-c)?haired|p(?<=\bp)resided(?: over)?)\s+(?:over\s+)?(?:the|this)\s+"
    r"(?:meeting|session|conference|summit|deliberations)"
)
# The same: every alternative opens with a letter, so the engine can skip to the candidates.
_PASSIVE = re.compile(
    r"(?:c(?<=\bc)(?:o-c)?haired\s+by|p(?<=\bp)resided(?: over)?\s+by|h(?<=\bh)osted\s+by"
    r"|c(?<=\bc)onvened\s+by|l(?<=\bl)ed\s+by"
    r"|u(?<=\bu)nder\s+the\s+(?:chairmanship|chairpersonship|presidency|chair)\s+of"
    r"|s(?<=\bs)ous\s+la\s+présidence\s+de|p(?<=\bp)résidée?\s+par)\s+"
)
_ATTENDED = re.compile(
    r"\battended\s+by\b|\bparticipation\s+of\b|\bin\s+the\s+presence\s+of\b"
    r"|\b(?:members|Member\s+States)\s+of\s+the\s+[^.;]{0,80}?Contact\s+Group[^.;,(:–—-]{0,60}"
    r"(?:\s+(?:–|—|-|:)\s+|\s*\(|,\s+namely\b)"
    r"|\bfollowing\s+(?:member\s+)?(?:States|countries)\b|\ben\s+présence\s+de\b"
    r"|\bavec\s+la\s+participation\s+de\b|\bont\s+participé\b"
)


def sentence_bounds(s: str, pos: int, reach: int = 1000) -> tuple[int, int]:
    """The sentence around ``pos``: stops at ". " (not after "Mr." or "H.E."), ";" and line
    ends, and looks no further than ``reach`` characters either way."""
    lo = max(0, pos - reach)
    start = lo
    for m in _BOUNDARY.finditer(s, lo, pos):
        if m.group(0).startswith(".") and _abbrev_before(s, m.start()):
            continue
        start = m.end()
    end = min(len(s), pos + reach)
    for m in _BOUNDARY_AHEAD.finditer(s, pos, end):
        if m.group(0).startswith(".") and _abbrev_before(s, m.start()):
            continue
        return start, m.start()
    return start, end


def _abbrev_before(s: str, dot: int) -> bool:
    word = re.search(r"([\w.]+)$", s[max(0, dot - 6) : dot])
    return bool(word) and (word.group(1).lower() in _ABBREV or len(word.group(1)) == 1)  # type: ignore[union-attr]


_BOUNDARY = re.compile(r"[.;!?]\s+|\n")
_BOUNDARY_AHEAD = re.compile(r"[.;!?](?=\s|$)|\n")


def strip_honorifics(name: str) -> str:
    out = name.strip()
    while m := _HONORIFIC.match(out):
        out = out[m.end() :]
    return out.strip()


def is_person(name: str) -> bool:
    """Two to six capitalised words (particles allowed), none of them an office word."""
    toks = name.replace(",", " ").split()
    if not 2 <= len(toks) <= 6:
        return False
    for t in toks:
        low = t.lower().strip(".")
        if low in words("office_words.txt") or (t.isupper() and len(t) > 1):
            return False
        if not (t[:1].isupper() or low in _PARTICLES or low.startswith(("al-", "el-"))):
            return False
    return True


def _pick(phrase: str, at: int) -> Found | None:
    """The person named in a "name, office" phrase, else the office."""
    parts = []
    pos = 0
    for piece in re.split(r"(,\s*)", phrase):
        if piece and not re.fullmatch(r",\s*", piece):
            parts.append((piece, at + pos))
        pos += len(piece)
    for piece, p_at in parts:
        name = strip_honorifics(piece)
        if is_person(name):
            a = p_at + piece.index(name)
            return Found(name, a, a + len(name))
    if not parts:
        return None
    office = re.sub(r"^(?:the|The|Le|La|L')\s+", "", parts[0][0].strip())
    if not office or not re.search(r"[A-Z]", office):
        return None
    a = parts[0][1] + parts[0][0].index(office)
    return Found(office, a, a + len(office))


def chair(s: str) -> Found | None:
    """The chair or host of the meeting, as named."""
    for m in _ACTIVE.finditer(s):
        start, _ = sentence_bounds(s, m.start())
        end = m.start()
        while end > start and s[end - 1] in " ,":
            end -= 1
        if lead := re.match(r".*\b(?:and|while|where|which|whereupon)\s+", s[start:end]):
            start += lead.end()
        if end > start:
            return _pick(s[start:end], start)
    for m in _PASSIVE.finditer(s):
        _, end = sentence_bounds(s, m.end())
        stop = re.search(
            r",\s+(?:to|who|which|and|in|at|on)\s|\s+(?:to|in|at|on)\s+(?!the\s+[A-Z])[a-z]",
            s[m.end() : end],
        )
        phrase = s[m.end() : m.end() + stop.start() if stop else end]
        if phrase.strip():
            return _pick(phrase, m.end())
    return None


def attendees(s: str) -> tuple[list[str], Found | None]:
    """States named in the sentence that says who attended; the list and its evidence."""
    for m in _ATTENDED.finditer(s):
        _, end = sentence_bounds(s, m.end())
        found = countries_in(s[m.end() : end])
        codes = list(dict.fromkeys(p.country for p in found))
        if codes:
            last = found[-1]
            return codes, Found(s[m.start() : m.end() + last.end], m.start(), m.end() + last.end)
    return [], None


__all__ = ["attendees", "chair", "is_person", "sentence_bounds", "strip_honorifics"]
