"""Reflow lines into paragraphs: the last cleaning step.

The cleaned text holds one paragraph per block, blocks separated by exactly
``"\\n\\n"``, the lines of a paragraph joined with one space. Every line break
(with whatever blank lines, page breaks and removed furniture lie in it) is a
*gap* between the line above (A) and the line below (B), and each gap is
decided on evidence:

1. B opens with a printed number or item label ("7 .", "(a)", "iv.") after a
   line that ends a sentence part, or after blank lines → new paragraph.
2. B opens with a known clause word ("Recalling", "Also reaffirming",
   "Decides") after a line ending in punctuation or blank lines, or after the
   subject line ("The Security Council") → new paragraph.
3. Continuation: B starts in lower case, A ends on a function word ("the",
   "of"), a hyphen or slash, or A has an unclosed bracket or emphasis mark →
   same paragraph, even across blank lines or a page break.
4. Otherwise, in a hard-wrapped text (PDF layers, scans: most lines near one
   width) a long line A that does not end a sentence continues; a short one
   ends its paragraph. In a text whose lines are paragraphs (web copies) a
   line break is a paragraph break.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from communique.models import Text
from communique.normalise.offsets import Edit, rewrite
from communique.normalise.wordlists import clause_verbs, words

NUMBERED = re.compile(r"\d{1,3}\s?\.(?:\s|$)|\d{1,3}\)\s|\d{1,3},\s(?=[A-Z][a-z]+s\b)")
ITEM = re.compile(
    r"(?:\([a-z]\)|[a-z]\)|\((?:[ivxlc]{1,6}|\d{1,2})\)|[ivxlc]{1,6}[.)]|[A-Z]\.|[•·▪◦‣∙]|[-*])\s"
)
SUBJECT = re.compile(
    r"(?:The|Le|La|Les)\s[\w\s'-]{0,80}?\b(?:Council|Assembly|Ministers|Conference|Session"
    r"|Committee|Summit|Meeting|Commission|Board|Governments?|Heads of State|Conseil|Assemblée"
    r"|Ministres|Conférence|Comité|Sommet)[,:;]?"
)
RULE_LINE = re.compile(r"(?:[-_*=═─~][ \t]*){3,}")
_TERMINAL = re.compile(r"[.;:!?][)\]\"'*]*$")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LINE = re.compile(r"[^\n]+")


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def opener(line: str) -> tuple[str, str] | None:
    """(act, "pre" | "op") when ``line`` opens with a known clause word."""
    if not line[:1].isupper():
        return None
    verbs = clause_verbs()
    adverbs = words("adverbs_en.txt") | words("adverbs_fr.txt") | words("auxiliaries.txt")
    for i, m in enumerate(_WORD.finditer(line[:80])):
        word = m.group().lower()
        if word in verbs:
            return verbs[word]
        if word not in adverbs or i >= 3:
            return None
    return None


def _last_word(line: str) -> str:
    tail = line[-40:].rsplit(None, 1)[-1] if line.strip() else ""
    return tail.strip("\"'()[]*.,;:!?").lower()


def wrap_width(lines: list[Line]) -> int | None:
    """The width a hard-wrapped text is set to, or None when lines are paragraphs."""
    lengths = sorted(len(ln.text) for ln in lines if len(ln.text) >= 10)
    if len(lengths) < 5:
        return None
    width = lengths[int(0.75 * (len(lengths) - 1))]
    if width > 200:
        return None
    near = sum(1 for n in lengths if n >= 0.7 * width)
    return width if near >= 0.4 * len(lengths) else None


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line) <= 80 and bool(letters) and all(c.isupper() for c in letters)


def _terminal(line: str) -> bool:
    return bool(_TERMINAL.search(line)) or line.endswith(",")


def _marker(line: str) -> bool:
    return bool(NUMBERED.match(line) or ITEM.match(line))


def blank_lines_reliable(lines: list[Line], blanks: list[int]) -> bool:
    """Whether blank lines in this text stand between paragraphs only.

    Past the first three lines (a title block), a gap is *clean* when the line
    above ends a sentence part or the line below is numbered or opens a
    clause. True when at most two gaps, or 15% of them, are not clean. A PDF
    text dump that scatters blank lines inside sentences fails this."""
    pairs = pairwise(lines[3:])
    gaps = [(a, b) for (a, b), k in zip(pairs, blanks[3:], strict=True) if k]
    unclean = sum(
        1 for a, b in gaps if not (_terminal(a.text) or _marker(b.text) or opener(b.text))
    )
    return unclean <= max(2, 0.15 * len(gaps))


def breaks(
    a: Line,
    b: Line,
    blank: int,
    width: int | None,
    *,
    open_star: bool = False,
    reliable: bool = True,
) -> bool:
    """Whether the gap between lines ``a`` and ``b`` is a paragraph break.

    ``blank``: how many blank lines lie between; ``width``: the wrap width of
    a hard-wrapped text (None when lines are paragraphs); ``open_star``: the
    paragraph so far has an unclosed ``*``; ``reliable``: blank lines in this
    text separate paragraphs (see ``blank_lines_reliable``)."""
    at, bt = a.text, b.text
    if RULE_LINE.fullmatch(at) or RULE_LINE.fullmatch(bt):
        return True
    terminal = _terminal(at)
    function_end = _last_word(at) in words("function_words.txt") and not terminal
    long_a = width is not None and len(at) >= 0.7 * width
    if _marker(bt) and (blank or (not function_end and (terminal or not long_a))):
        return True
    if opener(bt) and not function_end and (terminal or blank or SUBJECT.fullmatch(at)):
        return True
    if not blank and SUBJECT.fullmatch(bt) and not function_end:
        return True
    if (
        bt[:1].islower()
        or function_end
        or at.endswith(("-", "/"))
        or at.count("(") + at.count("[") > at.count(")") + at.count("]")
        or open_star
    ):
        return False
    if not blank and _caps(at) and _caps(bt):
        return False
    if blank:
        if reliable or width is None:
            return True
        return not (long_a and not terminal)
    if width is None:
        return True
    return terminal and not long_a and not at.endswith(",")


def reflow(text: Text) -> Text:
    """Join the lines of each paragraph with a space; paragraphs apart by a blank line."""
    s = text.text
    lines = [Line(m.start(), m.end(), m.group()) for m in _LINE.finditer(s) if m.group().strip()]
    if not lines:
        return rewrite(text, [(0, len(s), "")])
    width = wrap_width(lines)
    blanks = [s.count("\n", a.end, b.start) - 1 for a, b in pairwise(lines)]
    reliable = blank_lines_reliable(lines, blanks)
    edits: list[Edit] = [(0, lines[0].start, "")]
    stars = 0
    for (a, b), blank in zip(pairwise(lines), blanks, strict=True):
        stars += a.text.count("*")
        brk = breaks(a, b, blank, width, open_star=stars % 2 == 1, reliable=reliable)
        if brk:
            stars = 0
        sep = "\n\n" if brk else " "
        if s[a.end : b.start] != sep:
            edits.append((a.end, b.start, sep))
    edits.append((lines[-1].end, len(s), ""))
    return rewrite(text, edits)
