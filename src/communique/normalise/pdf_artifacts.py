"""Steps for what PDF text layers (and OCR of printed pages) leave behind.

- an ordinal whose suffix was set as a superscript and landed on a line of
  its own ("8" / blank / "th" / " October") → "8th October"; "35 th" → "35th";
- runs of spaces inside a line → one space; spaces at line ends removed;
- a word broken at a line end with a hyphen ("-" before a line break, or the
  soft hyphen U+00AD that the PDF reader writes where pdfium joined the two
  lines): the hyphen stays before a capital or a digit ("OIC/ICFM-" /
  "34/POL"), and for a real compound — when the joined word is not found
  unhyphenated elsewhere in the document and either the hyphenated form is,
  or the first part is a compound prefix (``compound_prefixes.txt``: "self-"
  / "determination"), or it is a number word ("seventy-" / "two"), or both
  parts are common words while the joined word is not ("water-" / "use";
  ``common_words_en.txt``). Otherwise it is a syllable break and goes
  ("recom-" / "mendations").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from functools import partial

from communique.models import Text
from communique.normalise.offsets import Edit, rewrite
from communique.normalise.wordlists import words

_GAP = r"[ \t]*(?:\n[ \t\f]*)+"
# "8" [gap] "th" [gap] → delete both gaps but put one space after the suffix
# The ordinal patterns match the digit before what they edit rather than look behind for
# it: a pattern that opens with a character class is searched much faster. Only the
# groups are edited, and a match never ends on a digit, so no digit is needed twice.
_SPLIT_ORDINAL = re.compile(
    r"\d(" + _GAP + r")(st|nd|rd|th)\b(" + _GAP + r"|[ \t]*(?=[^\w\s]|$))", re.M
)
_SPACED_ORDINAL = re.compile(r"\d( +)(st|nd|rd|th)\b(?!['\w])")
# what both ordinal patterns need: one scan of the text, instead of two, when it has none
_ORDINAL = re.compile(r"\d[ \t\n\f]+(?:st|nd|rd|th)\b")
# what _ORDINAL needs, a suffix after a space or line break, one pattern per suffix: a
# pattern that opens with a literal is searched several times faster than one that opens
# with a class such as \d (and most texts have no such suffix)
_SUFFIXES = tuple(re.compile(rf"{x}(?<=[ \t\n\f]{x})\b") for x in ("st", "nd", "rd", "th"))
_LINE_END_SPACES = re.compile(r"[ \t]+$", re.M)
_LINE_START_SPACES = re.compile(r"^[ \t]+", re.M)
# the same runs in a text without tabs (``characters.spaces`` makes them spaces), by
# patterns that open with a literal: searched several times faster than a class or "^"
_LINE_END_SPACES_ONLY = re.compile(r"  *$", re.M)
_AFTER_LINE_BREAK_SPACES = re.compile(r"\n( +)")
_SPACE_RUNS = re.compile(r"(?<=\S)[ \t]{2,}(?=\S)")
# a soft hyphen may stand between the two parts with no line break left
_LINE_END_HYPHEN = re.compile(
    r"(?<![\w-])([A-Za-z][\w/.-]*?)([A-Za-z]*)(-|\u00ad)(" + _GAP + r"|(?<=\u00ad))([A-Za-z0-9]\w*)"
)
# where _LINE_END_HYPHEN can have its mark (group 3)
_MARK = re.compile(r"-(?=[ \t]*\n)|\u00ad")
_TENS = frozenset(("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"))
_UNITS = frozenset(
    (
        *("one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
        *("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"),
    )
)
_WORD = re.compile(r"[A-Za-z\u00c0-\u024f]+(?:-[A-Za-z\u00c0-\u024f]+)*")
# a word of ``vocabulary`` where one starts: findall starts one at a letter after no
# letter, and after no hyphen that follows a letter (that hyphen joins the word before)
_WORD_AT = re.compile(r"(?<![A-Za-z\u00c0-\u024f])(?<![A-Za-z\u00c0-\u024f]-)" + _WORD.pattern)


def split_ordinals(text: Text) -> Text:
    """Rejoin ordinal suffixes that a PDF layer put on their own line or apart."""
    if not any(p.search(text.text) for p in _SUFFIXES) or not _ORDINAL.search(text.text):
        return text
    edits: list[Edit] = []
    for m in _SPLIT_ORDINAL.finditer(text.text):
        edits.append((m.start(1), m.end(1), ""))
        if m.group(3):
            edits.append((m.start(3), m.end(3), " "))
    text = rewrite(text, edits)
    return rewrite(text, ((m.start(1), m.end(1), "") for m in _SPACED_ORDINAL.finditer(text.text)))


def line_spaces(text: Text) -> Text:
    """Spaces at the start and end of lines removed; inner runs → one space."""
    # each pattern is searched only where the text has what it needs (``in`` is fast,
    # and fastest for one character: the pairs with a tab are looked for only after one)
    t, s = text, text.text
    tabs = "\t" in s
    if " \n" in s or (tabs and "\t\n" in s) or s.endswith((" ", "\t")):
        ends = _LINE_END_SPACES if tabs else _LINE_END_SPACES_ONLY
        t = rewrite(t, ((m.start(), m.end(), "") for m in ends.finditer(s)))
        s = t.text
    if tabs and ("\n\t" in s or "\n " in s or s.startswith((" ", "\t"))):
        t = rewrite(t, ((m.start(), m.end(), "") for m in _LINE_START_SPACES.finditer(s)))
        s = t.text
    elif not tabs and ("\n " in s or s.startswith(" ")):
        edits = [(m.start(1), m.end(1), "") for m in _AFTER_LINE_BREAK_SPACES.finditer(s)]
        t = rewrite(t, [(0, len(s) - len(s.lstrip(" ")), ""), *edits])
        s = t.text
    if tabs or "  " in s:
        t = rewrite(t, ((m.start(), m.end(), " ") for m in _SPACE_RUNS.finditer(s)))
    return t


def vocabulary(text: str) -> frozenset[str]:
    """Lower-cased words and hyphenated words of a text."""
    return frozenset(map(str.lower, _WORD.findall(text)))  # map: no Python-level loop


def in_vocabulary(text: str, lowered: str, word: str) -> bool:
    """``word in vocabulary(text)``, looked up where ``word`` occurs in ``lowered``.

    ``lowered`` is ``text.lower()`` with one character for each character of
    ``text`` (equal lengths), so an occurrence stands where it stands in
    ``text``; it is a word of the vocabulary when a ``_WORD`` match starts there
    and ends with it. Faster than collecting every word of a long text for the
    few words a document's hyphen decisions ask about."""
    end = len(word)
    p = lowered.find(word)
    while p >= 0:
        m = _WORD_AT.match(text, p)
        if m is not None and m.end() == p + end:
            return True
        p = lowered.find(word, p + 1)
    return False


def keep_hyphen(head: str, tail: str, known: Callable[[str], bool]) -> bool:
    """Whether "head-" + line break + "tail" is a real compound.

    ``head`` is the last hyphen-free part before the break, ``tail`` the word
    after it; ``known`` whether a word is in the document's vocabulary."""
    if not tail[:1].islower():
        return True  # "Pakistan-" / "India", "ICFM-" / "34"
    first, second = head.lower(), tail.lower()
    joined = first + second
    if known(f"{first}-{second}"):
        return True
    if known(joined):
        return False
    if first in words("compound_prefixes.txt") or (first in _TENS and second in _UNITS):
        return True
    common = words("common_words_en.txt")
    return first in common and second in common and joined not in common


def _hyphen_breaks(s: str) -> Iterator[re.Match[str]]:
    """``_LINE_END_HYPHEN.finditer(s)``, the pattern tried only where a match can start.

    A match starts in the run of word characters, "/", "." and "-" before its mark, at
    the start of the run or after a "/" or "." in it (the look-behind); searching the
    whole text instead tries the lazy pattern at every word, which is slow."""
    pos = 0  # where the last match ended: matches do not overlap
    for mark in _MARK.finditer(s):
        k = mark.start()
        run = k
        while run > 0 and (s[run - 1].isalnum() or s[run - 1] in "_/.-"):
            run -= 1
        for start in range(max(run, pos), k):
            if start > run and s[start - 1] not in "/.":
                continue
            m = _LINE_END_HYPHEN.match(s, start)
            if m is not None:
                yield m
                pos = m.end()
                break


def line_end_hyphens(text: Text) -> Text:
    """Join words broken at a line end, keeping the hyphen of real compounds."""
    s = text.text
    if "-\n" not in s and "\u00ad" not in s and "- \n" not in s:
        return text
    lowered = s.lower()
    known = (
        partial(in_vocabulary, s, lowered)
        if len(lowered) == len(s)
        else vocabulary(s).__contains__  # a character lower-cased into two: positions differ
    )
    edits: list[Edit] = []
    for m in _hyphen_breaks(s):
        lead, head, mark, tail = m.group(1), m.group(2), m.group(3), m.group(5)
        if tail.isdigit() and s[m.end(5) : m.end(5) + 1] in (".", ")"):
            continue  # a numbered paragraph follows, not the rest of a word
        word = (lead + head).rsplit("-", 1)[-1].rsplit("/", 1)[-1]
        if not keep_hyphen(word, tail, known):
            edits.append((m.start(3), m.end(4), ""))
        elif mark == "\u00ad":
            edits.append((m.start(3), m.end(4), "-"))
        else:
            edits.append((m.start(4), m.end(4), ""))
    return rewrite(text, edits)


STEPS = (split_ordinals, line_spaces, line_end_hyphens)
