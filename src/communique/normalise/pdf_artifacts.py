"""Steps for what PDF text layers (and OCR of printed pages) leave behind.

- an ordinal whose suffix was set as a superscript and landed on a line of
  its own ("8" / blank / "th" / " October") → "8th October"; "35 th" → "35th";
- runs of spaces inside a line → one space; spaces at line ends removed;
- a word broken at a line end with a hyphen: the hyphen goes when the joined
  word occurs elsewhere in the document or the break is a plain syllable
  break; it stays for a real compound ("self-" / "determination", a prefix
  from ``compound_prefixes.txt``, or a hyphenated form found elsewhere) and
  before a capital or a digit ("OIC/ICFM-" / "34/POL"). A soft hyphen
  (U+00AD) at a line end always goes.
"""

from __future__ import annotations

import re

from communique.models import Text
from communique.normalise.offsets import Edit, rewrite
from communique.normalise.wordlists import words

_GAP = r"[ \t]*(?:\n[ \t\f]*)+"
# "8" [gap] "th" [gap] → delete both gaps but put one space after the suffix
_SPLIT_ORDINAL = re.compile(
    r"(?<=\d)(" + _GAP + r")(st|nd|rd|th)\b(" + _GAP + r"|[ \t]*(?=[^\w\s]|$))", re.M
)
_SPACED_ORDINAL = re.compile(r"(?<=\d)( +)(st|nd|rd|th)\b(?!['\w])")
_LINE_END_SPACES = re.compile(r"[ \t]+$", re.M)
_LINE_START_SPACES = re.compile(r"^[ \t]+", re.M)
_SPACE_RUNS = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
_LINE_END_HYPHEN = re.compile(
    r"(?<![\w-])([A-Za-z][\w/.-]*?)([A-Za-z]*)(-|\u00ad)(" + _GAP + r")([A-Za-z0-9]\w*)"
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")


def split_ordinals(text: Text) -> Text:
    """Rejoin ordinal suffixes that a PDF layer put on their own line or apart."""
    edits: list[Edit] = []
    for m in _SPLIT_ORDINAL.finditer(text.text):
        edits.append((m.start(1), m.end(1), ""))
        if m.group(3):
            edits.append((m.start(3), m.end(3), " "))
    text = rewrite(text, edits)
    return rewrite(text, ((m.start(1), m.end(1), "") for m in _SPACED_ORDINAL.finditer(text.text)))


def line_spaces(text: Text) -> Text:
    """Spaces at the start and end of lines removed; inner runs → one space."""
    t = rewrite(text, ((m.start(), m.end(), "") for m in _LINE_END_SPACES.finditer(text.text)))
    t = rewrite(t, ((m.start(), m.end(), "") for m in _LINE_START_SPACES.finditer(t.text)))
    return rewrite(t, ((m.start(), m.end(), " ") for m in _SPACE_RUNS.finditer(t.text)))


def vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words and hyphenated words of a text."""
    return frozenset(w.lower() for w in _WORD.findall(text))


def keep_hyphen(head: str, tail: str, known: frozenset[str]) -> bool:
    """Whether "head-" + line break + "tail" is a real compound.

    ``head`` is the last hyphen-free part before the break, ``tail`` the word
    after it; ``known`` the document's vocabulary."""
    if not tail[:1].islower():
        return True  # "Pakistan-" / "India", "ICFM-" / "34"
    joined = (head + tail).lower()
    hyphenated = f"{head}-{tail}".lower()
    if joined in known and hyphenated not in known:
        return False
    if hyphenated in known:
        return True
    return head.lower() in words("compound_prefixes.txt")


def line_end_hyphens(text: Text) -> Text:
    """Join words broken at a line end, keeping the hyphen of real compounds."""
    s = text.text
    if "-\n" not in s and "\u00ad" not in s and "- \n" not in s:
        return text
    known = vocabulary(s)
    edits: list[Edit] = []
    for m in _LINE_END_HYPHEN.finditer(s):
        lead, head, mark, tail = m.group(1), m.group(2), m.group(3), m.group(5)
        if tail.isdigit() and s[m.end(5) : m.end(5) + 1] in (".", ")"):
            continue  # a numbered paragraph follows, not the rest of a word
        word = (lead + head).rsplit("-", 1)[-1].rsplit("/", 1)[-1]
        if mark == "\u00ad" or not keep_hyphen(word, tail, known):
            edits.append((m.start(3), m.end(4), ""))
        else:
            edits.append((m.start(4), m.end(4), ""))
    return rewrite(text, edits)


STEPS = (split_ordinals, line_spaces, line_end_hyphens)
