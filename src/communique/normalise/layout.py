"""Reflow lines into paragraphs: the last cleaning step.

The cleaned text holds one paragraph per block, blocks separated by exactly
``"\\n\\n"``, the lines of a paragraph joined with one space. Every line break
(with whatever blank lines, page breaks and removed furniture lie in it) is a
*gap* between the line above (A) and the line below (B), and each gap is
decided on evidence:

1. B opens with a printed number or item label ("7 .", "(a)", "iv.") after a
   line that ends a sentence part, or after blank lines → new paragraph.
   B opens with the next label of a running sequence ("v." after a
   paragraph that opened "iv.", "(d)" after "(c)", "6." after "5.") after a
   line that ends a sentence part or on "and"/"or" ("…hours; and") → new
   paragraph.
2. B opens with a known clause word ("Recalling", "Also reaffirming",
   "Decides") after a line ending in punctuation or blank lines, or after the
   subject line ("The Security Council") → new paragraph.
   A title-block heading ("RESOLUTION NO. 4/12-POL", "Resolution 201 (1965)")
   stands on its own; a capitals line ("THE MARROW BASIN WATER DISPUTE")
   is apart from the mixed-case lines around it, so a title block without
   blank lines still comes apart into heading, title and session line.
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
from bisect import bisect_left
from functools import cache

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
HEADING = re.compile(
    r"(?i:RESOLUTIONS?\s+N[o°º]\.?\s*\d\S*)|(?:RESOLUTION|Resolution)\s+\d{1,4}\s*\(\d{4}\)"
)
LABEL = re.compile(r"(\(?)([ivxlc]{1,6}|[a-z]|[A-Z]|\d{1,3})\s?([.)])(?:\s|$)")
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_NUMERAL = re.compile(r"[IVXLCDM]+")
_AND = frozenset(("and", "or", "et", "ou"))
_MARKER = re.compile(f"(?:{NUMBERED.pattern})|(?:{ITEM.pattern})")  # one match, not two
_RULE_START = frozenset("-_*=═─~")  # what a RULE_LINE opens with: most lines need no regex
_HEADING_START = ("R", "r")  # what HEADING opens with, even case-folded
_SUBJECT_START = ("T", "L")  # what SUBJECT opens with ("The", "Le", "La", "Les")
_WORD = re.compile(r"[^\W\d_][\w'-]*")
_LETTER_RUN = re.compile(r"[^\W\d_]{2,}")


def opener(line: str) -> tuple[str, str] | None:
    """(act, "pre" | "op") when ``line`` opens with a known clause word."""
    if not line[:1].isupper():
        return None
    verbs = clause_verbs()
    adverbs = _before_verb()
    for i, m in enumerate(_WORD.finditer(line, 0, 80)):
        word = m.group().lower()
        if word in verbs:
            return verbs[word]
        if word not in adverbs or i >= 3:
            return None
    return None


@cache
def _before_verb() -> frozenset[str]:
    """Adverbs and auxiliaries that may stand before a clause verb (made once, not per line)."""
    return words("adverbs_en.txt") | words("adverbs_fr.txt") | words("auxiliaries.txt")


def _first_word(line: str) -> str:
    m = _WORD.search(line[:40])
    return m.group().lower() if m else ""


def _last_word(line: str) -> str:
    parts = line[-40:].rsplit(None, 1)
    return parts[-1].strip("\"'()[]*.,;:!?").lower() if parts else ""


def wrap_width(lines: list[str]) -> int | None:
    """The width a hard-wrapped text is set to, or None when lines are paragraphs."""
    # sorted lengths cut and counted by bisection, not by a generator over the lines
    lengths = sorted(map(len, lines))
    lengths = lengths[bisect_left(lengths, 10) :]
    if len(lengths) < 5:
        return None
    width = lengths[int(0.75 * (len(lengths) - 1))]
    if width > 200:
        return None
    near = len(lengths) - bisect_left(lengths, 0.7 * width)
    return width if near >= 0.4 * len(lengths) else None


def _caps(line: str) -> bool:
    """A short line whose cased letters are all capitals (str.isupper: at least one)."""
    return len(line) <= 80 and line.isupper()


def _caps_title(line: str) -> bool:
    """A capitals line of a title block: it opens with a letter and has two words
    or more of two letters or more, roman numerals aside ("(S-V), 2324 (XXII)" is not)."""
    if not _caps(line) or not line[:1].isalpha():
        return False
    return sum(1 for w in _LETTER_RUN.findall(line) if not _NUMERAL.fullmatch(w)) >= 2


def _heading(line: str) -> bool:
    """A title-block heading on a line of its own ("RESOLUTION NO. 4/12-POL")."""
    if line[:1] not in _HEADING_START:
        return False
    m = HEADING.match(line)
    return m is not None and len(line) - m.end() <= 12


def _roman(core: str) -> int | None:
    if not core or any(c not in _ROMAN for c in core):
        return None
    values = [_ROMAN[c] for c in core]
    total = sum(
        -v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values)
    )
    return total if total > 0 and _to_roman(total) == core else None


def _to_roman(n: int) -> str:
    out = ""
    for value, numeral in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix")):
        while n >= value:
            out, n = out + numeral, n - value
    return out + ("", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii")[n] if n < 9 else out


Label = tuple[str, str]  # (shape, core): ("(x)", "c"), ("x.", "iv"), ("9.", "5")


def label(line: str) -> Label | None:
    """The item label or printed number that opens ``line``."""
    m = LABEL.match(line)
    if not m or (m.group(1) and m.group(3) != ")"):
        return None
    core = m.group(2)
    shape = m.group(1) + ("9" if core.isdigit() else "x") + m.group(3)
    return shape, core


class Running:
    """The last label that opened a paragraph, by label shape. The lines that open
    paragraphs are kept and labelled only when a gap asks for the labels (most
    paragraph breaks are decided without them: a label per break cost more)."""

    def __init__(self) -> None:
        self.opened: list[str] = []  # lines that opened paragraphs, not yet labelled
        self._labels: dict[str, Label] = {}

    def labels(self) -> dict[str, Label]:
        """The last label of each shape, from every line opened so far."""
        for line in self.opened:
            if found := label(line):
                self._labels[found[0]] = found
        self.opened.clear()
        return self._labels


def follows(prev: Label, nxt: Label) -> bool:
    """Whether ``nxt`` is the next label after ``prev`` in a running sequence
    (5. → 6., iv → v, (c) → (d), b) → c); "i" after "h" is a letter)."""
    (shape, core), (next_shape, next_core) = prev, nxt
    if shape != next_shape:
        return False
    if core.isdigit():
        return int(next_core) == int(core) + 1
    if len(core) == 1 and len(next_core) == 1 and ord(next_core) == ord(core) + 1:
        return True
    value = _roman(core.lower())
    return value is not None and _to_roman(value + 1) == next_core.lower()


def _terminal(line: str) -> bool:
    """A line (no line break in it) that ends a sentence part: ".", ";", ":", "!" or
    "?", maybe before closing brackets, quotes or stars, or a ","."""
    # rstrip, not a regex searched from every position of the line
    core = line.rstrip(")]\"'*")
    return (core != "" and core[-1] in ".;:!?") or line.endswith(",")


def _unclosed(line: str) -> bool:
    """More "(" and "[" than ")" and "]" in ``line``."""
    # most lines have no opening bracket: ``in`` tests first, not four counts
    if "(" not in line and "[" not in line:
        return False
    return line.count("(") + line.count("[") > line.count(")") + line.count("]")


def _marker(line: str) -> bool:
    return _MARKER.match(line) is not None


def _rule(line: str) -> bool:
    return line[:1] in _RULE_START and RULE_LINE.fullmatch(line) is not None


def _subject(line: str) -> bool:
    # most lines open with no _SUBJECT_START: they need no regex
    return line[:1] in _SUBJECT_START and SUBJECT.fullmatch(line) is not None


def blank_lines_reliable(lines: list[str], blanks: list[int]) -> bool:
    """Whether blank lines in this text stand between paragraphs only.

    Past the first three lines (a title block), a gap is *clean* when the line
    above ends a sentence part or the line below is numbered or opens a
    clause. True when at most two gaps, or 15% of them, are not clean. A PDF
    text dump that scatters blank lines inside sentences fails this."""
    # line i and line i + 1 stand either side of gap i (blanks[i] blank lines)
    gaps = [i for i in range(3, len(blanks)) if blanks[i]]
    unclean = sum(
        1
        for i in gaps
        if not (_terminal(lines[i]) or _marker(lines[i + 1]) or opener(lines[i + 1]))
    )
    return unclean <= max(2, 0.15 * len(gaps))


def breaks(
    at: str,
    bt: str,
    blank: int,
    width: int | None,
    *,
    open_star: bool = False,
    reliable: bool = True,
    running: Running | None = None,
) -> bool:
    """Whether the gap between lines ``at`` (above) and ``bt`` (below) is a paragraph break.

    ``blank``: how many blank lines lie between; ``width``: the wrap width of
    a hard-wrapped text (None when lines are paragraphs); ``open_star``: the
    paragraph so far has an unclosed ``*``; ``reliable``: blank lines in this
    text separate paragraphs (see ``blank_lines_reliable``); ``running``: the
    lines that opened paragraphs so far, for the last label of each shape."""
    if _rule(at) or _rule(bt):
        return True
    terminal = _terminal(at)
    last = "" if terminal else _last_word(at)  # only read where a line goes on
    function_end = not terminal and last in words("function_words.txt")
    long_a = width is not None and len(at) >= 0.7 * width
    # the cheap conditions are tested before the patterns they guard
    if (blank or (not function_end and (terminal or not long_a))) and _marker(bt):
        return True
    if running is not None and (blank or terminal or last in _AND) and (labels := running.labels()):
        nxt = label(bt)
        if nxt and nxt[0] in labels and follows(labels[nxt[0]], nxt):
            return True
    goes_on = function_end or at.endswith(("-", "/"))  # A runs on into B
    if not goes_on and _heading(bt) and (blank or terminal or not long_a or _caps(at)):
        return True
    if bt[:1].islower():
        return False  # the rules below need a capital, or break no line before a lower-case one
    caps_a, caps_b = _caps(at), _caps(bt)
    if not goes_on:
        if (
            _heading(at)
            and bt[:1].isupper()
            and (caps_b or _first_word(bt) not in words("function_words.txt"))
        ):
            return True
        if caps_b and _caps_title(bt) and not caps_a and not bt[:1].isdigit():
            return True
        if caps_a and len(at) > 1 and not long_a and bt[:1].isupper() and not caps_b:
            return True
    if not function_end and opener(bt) and (terminal or blank or _subject(at)):
        return True
    if not blank and not function_end and _subject(bt):
        return True
    if goes_on or _unclosed(at) or open_star:
        return False
    if not blank and caps_a and caps_b:
        return False
    if blank:
        if reliable or width is None:
            return True
        return not (long_a and not terminal)
    if width is None:
        return True
    return terminal and not long_a and not at.endswith(",")


def _lines(s: str) -> tuple[list[str], list[int], list[int]]:
    """The lines of ``s`` that are not blank, where each starts, and how many blank
    lines lie between each line and the next (split, not a regex: it is faster)."""
    lines: list[str] = []
    starts: list[int] = []
    blanks: list[int] = []
    pos = 0
    blank = 0
    for raw in s.split("\n"):
        if raw and not raw.isspace():  # not blank (no stripped copy made)
            if lines:
                blanks.append(blank)
            lines.append(raw)
            starts.append(pos)
            blank = 0
        else:
            blank += 1
        pos += len(raw) + 1
    return lines, starts, blanks


def _plain_run_on(above: str, below: str) -> bool:
    """A gap without blank lines, in a hard-wrapped text, that ``breaks`` cannot but
    decide to join although ``below`` may open with a capital: ``above`` does not end a
    sentence part and is no rule, capitals line, heading or subject line; ``below``
    opens with no number, label, rule or heading, is no capitals title line and no
    subject line. Then every rule of ``breaks`` that makes a break fails, and a line
    that does not end a sentence part runs on. Most other gaps of a wrapped text are
    such; this test is cheaper than ``breaks``."""
    c = below[:1]
    if c.isupper():
        if "." in below[1:3] or ")" in below[1:3]:  # a capital opens a label only so: "A.", "B )"
            return False
    elif c in _RULE_START or _marker(below) or label(below):
        return False
    a = above[:1]
    # the cheap first tests of ``_caps``, ``_heading``, ``_caps_title`` and ``_subject``
    # made here, before the calls: most lines fail them
    return not (
        _terminal(above)
        or a in _RULE_START
        or (above.isupper() and _caps(above))
        or (a in _HEADING_START and _heading(above))
        or (c in _HEADING_START and _heading(below))
        or (below.isupper() and _caps_title(below))
        or (c in _SUBJECT_START and _subject(below))
        or (a in _SUBJECT_START and _subject(above))
    )


def _plain_break(above: str, below: str) -> bool:
    """A gap with blank lines (in a text whose blank lines can be trusted, or whose
    lines are paragraphs, and no ``*`` left open) that ``breaks`` cannot but decide
    to break: ``above`` ends a sentence part and closes its brackets, ``below``
    does not open in lower case. Most gaps between paragraphs are such; this
    test is cheap."""
    return _terminal(above) and not below[:1].islower() and not _unclosed(above)


def reflow(text: Text) -> Text:
    """Join the lines of each paragraph with a space; paragraphs apart by a blank line."""
    s = text.text
    lines, starts, blanks = _lines(s)
    if not lines:
        return rewrite(text, [(0, len(s), "")])
    width = wrap_width(lines)
    reliable = blank_lines_reliable(lines, blanks)
    trusted = reliable or width is None  # a blank line then breaks, unless the text runs on
    edits: list[Edit] = [(0, starts[0], "")]
    stars = 0
    count_stars = "*" in s  # most texts have none: no count per line
    running = Running()
    opened = running.opened
    opened.append(lines[0])
    # where the map allows (nearly every text), every line break is made a space at once
    # (str.replace) and the plain joins below make no edit each (an edit costs far more);
    # every other gap then has an edit, even one that stays "\n\n", which puts back
    # what it keeps
    bulk_joins = _joins_keep_map(text)
    gaps = zip(lines[:-1], lines[1:], starts[:-1], starts[1:], blanks, strict=True)
    for at, bt, a_start, b_start, blank in gaps:
        if count_stars:
            stars += at.count("*")
        a_end = a_start + len(at)
        if not blank:
            # a gap that ``breaks`` cannot but decide to join: ``bt`` opens in lower case,
            # but not with "r" (a heading, case-folded) nor with a possible label ("a)",
            # "iv.": a "." or ")" in its first 8 characters), and ``at`` is no rule. Most
            # gaps of a wrapped text are such (tested here, not in a function: a call per
            # gap cost more than the test); else, in a wrapped text, ``_plain_run_on``
            b0 = bt[:1]
            if (
                b0.islower()
                and b0 != "r"
                and at[:1] not in _RULE_START
                and "." not in (head := bt[:8])
                and ")" not in head
            ) or (width is not None and _plain_run_on(at, bt)):
                if not bulk_joins:
                    edits.append((a_end, b_start, " "))  # the gap is one "\n"
                continue
        open_star = stars % 2 == 1
        if blank and trusted and not open_star and _plain_break(at, bt):
            brk = True
        else:
            brk = breaks(
                at, bt, blank, width, open_star=open_star, reliable=reliable, running=running
            )
        if brk:
            stars = 0
            opened.append(bt)
        sep = "\n\n" if brk else " "
        # with no blank line between, the gap is "\n": it changes
        if not blank or bulk_joins or s[a_end:b_start] != sep:
            edits.append((a_end, b_start, sep))
    edits.append((starts[-1] + len(lines[-1]), len(s), ""))
    if bulk_joins:
        text = Text(s.replace("\n", " "), text.offsets, text.furniture, text.problems)
    return rewrite(text, edits)


def _joins_keep_map(text: Text) -> bool:
    """Whether the offset map of ``text`` stays as it is when a line break is replaced by
    a space, or a ``"\\n\\n"`` by itself: every segment is 1:1 and none starts inside a
    ``"\\n\\n"`` (``rewrite`` keeps the map for a same-length edit inside one 1:1 segment)."""
    s = text.text
    segs = text.offsets.segments
    return all(g.end - g.start == g.src_end - g.src_start for g in segs) and not any(
        s[g.start - 1 : g.start + 1] == "\n\n" for g in segs[1:]
    )
