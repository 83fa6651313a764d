"""Segment one document into clauses.

The cleaned text already holds one paragraph per block (see
``normalise.layout``); here each paragraph gets its part:

- ``title``: the title block before the body (symbol line, "ON THE …",
  place and date lines);
- ``subject``: "The Security Council,", "The Foreign Ministers:", "The
  Thirty-Fourth Session of … ;" — the body that speaks;
- ``preambular``: paragraphs opening with a participle or the like
  ("Recalling", "Having heard", "Deeply concerned", "Réaffirmant") before the
  operative part;
- ``operative``: numbered paragraphs of a resolution ("1.", "7 ."), or
  unnumbered ones opening with a finite verb ("Reaffirmed", "Decides");
- ``item``: labelled sub-items (i.–vii., (a), a), A., bullets), as children
  of the clause above them (an item of another label style nests one deeper);
- ``paragraph``: numbered narrative paragraphs of reports, and the plain
  paragraphs of news reports and press releases;
- ``closing``: "Adopted …", "Done at …", a date line at the end.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from communique.extract.acts import Opening, opening
from communique.extract.split import paragraphs
from communique.models import Clause, ClauseKind, Text

NUMBER = re.compile(r"(\d{1,3})\s?(?:[.)]\s+(?=\S)|,\s+(?=[A-Z]))")
ITEM_LABEL = re.compile(
    r"(\((?:[a-z]|[ivxlc]{1,6}|\d{1,2})\)|[a-z]\)|[ivxlc]{1,6}[.)]|[a-z]\.|[A-Z]\.|[•·▪◦‣∙*-])\s+(?=\S)"
)
SUBJECT_WORDS = re.compile(
    r"\b(?:Council|Assembly|Ministers|Conference|Session|Committee|Summit|Meeting|Commission"
    r"|Board|Governments?|Heads of State|Parties|Conseil|Assemblée|Ministres|Conférence"
    r"|Comité|Sommet|Réunion)\b"
)
SUBJECT_START = re.compile(r"(?:The|Le|La|Les|Nous|We)\s")
# the first characters a match of ITEM_LABEL / SUBJECT_START can open with (an
# upper-case label "A." is told by its second character): most paragraphs open with
# none of them, and a string test costs less than a regex call that fails
_LABEL_FIRST = frozenset("(abcdefghijklmnopqrstuvwxyz•·▪◦‣∙*-")
_SUBJECT_FIRST = frozenset("TLNW")
CLOSING = re.compile(
    r"(?i)(?:adopted|adapted|adoptée?s?|done at|fait à|signed|issued)\b|(?:\w+,? )?"
    r"(?:\d{1,2}\s+[A-Za-zéû]+\s+\d{4}|[A-Z][a-z]+\.? \d{1,2}, \d{4})\.?$"
)
_ROMAN = frozenset(
    "i ii iii iv v vi vii viii ix x xi xii xiii xiv xv xvi xvii xviii xix xx".split()  # noqa: SIM905
)
_ADOPTED = ("adopted", "adoptée")
_TERMINAL = re.compile(r"[.;:!?,][)\]\"'*]*$")


@dataclass(slots=True)
class _Draft:
    kind: ClauseKind
    start: int
    end: int
    number: str | None = None
    act: str | None = None
    style: str = ""
    items: list[_Draft] = field(default_factory=list)


def item_style(label: str, previous: str | None) -> str:
    """The label style: roman/letter/digit/upper/bullet, with its punctuation."""
    core = label.strip("().")
    shape = label.replace(core, "x") if core else label
    after_h = previous is not None and previous.strip("().") == "h"
    if core in _ROMAN and not (core == "i" and after_h):
        return "roman" + shape
    if core.isdigit():
        return "digit" + shape
    if len(core) == 1 and core.isupper():
        return "upper" + shape
    if len(core) == 1 and core.isalpha():
        return "letter" + shape
    return "bullet"


def _number(para: str) -> re.Match[str] | None:
    """``NUMBER.match(para)``: a paragraph number opens with a digit."""
    return NUMBER.match(para) if para[:1].isdecimal() else None


def _label(para: str) -> re.Match[str] | None:
    """``ITEM_LABEL.match(para)``, tried only where its first characters allow one."""
    if para[:1] in _LABEL_FIRST or para[1:2] == ".":
        return ITEM_LABEL.match(para)
    return None


def is_subject(para: str) -> bool:
    """ "The Security Council,", "The Foreign Ministers:", "The … Session …;"."""
    return (
        len(para) < 400
        and para[:1] in _SUBJECT_FIRST
        and bool(SUBJECT_START.match(para))
        and bool(SUBJECT_WORDS.search(para[:160]))
        and (para.endswith((",", ":", ";")) or not _TERMINAL.search(para))
    )


def _is_body(para: str) -> bool:
    if _number(para) or opening(para) or is_subject(para):
        return True
    if len(para) > 300:
        return True
    return len(para) >= 60 and bool(_TERMINAL.search(para)) and len(para.split()) >= 8


def _whole(para: str, number: re.Match[str] | None, after: Opening | None) -> Opening | None:
    """``opening(para)``, given ``after``, the opening of the text after its number:
    the same where "1." (a label to ``opening`` too) stands before a capital; none for
    "1)" or "1," (a digit opens no clause)."""
    if number is None:
        return after
    if "." not in number.group():
        return None
    if para[number.end() : number.end() + 1].isupper():
        return after
    return opening(para)


def segment(
    text: Text, start: int, end: int, paras: list[tuple[int, int]] | None = None
) -> tuple[Clause, ...]:
    """The clauses of the document at text.text[start:end], in order; ``paras``, when
    given, are its ``paragraphs`` (read once by ``extract``)."""
    s = text.text
    if paras is None:
        paras = paragraphs(s, start, end)
    values = [s[a:b] for a, b in paras]
    body = next((i for i, p in enumerate(values) if _is_body(p)), len(values))
    numbered = [_number(p) for p in values[body:]]
    # each paragraph's opening read once: of the text after its number, and of the whole
    after = [
        opening(p[m.end() :] if m else p) for p, m in zip(values[body:], numbered, strict=True)
    ]
    whole = [_whole(p, m, o) for p, m, o in zip(values[body:], numbered, after, strict=True)]
    numbered_ops = sum(
        1 for m, o in zip(numbered, after, strict=True) if m and o and o.kind == "op"
    )
    n_numbered = sum(1 for m in numbered if m)
    subjects = [is_subject(p) for p in values[body:]]
    has_subject = any(subjects)
    preambles = sum(1 for o in whole if o and o.kind == "pre")
    resolution_like = (
        has_subject
        or (n_numbered > 0 and numbered_ops * 2 >= n_numbered)
        or (preambles >= 2 and numbered_ops >= 1)
    )

    drafts: list[_Draft] = [_Draft("title", a, b) for a, b in paras[:body]]
    zone = "pre"
    last_top: _Draft | None = None
    tail_from = max(body, len(values) - 3)
    for i in range(body, len(values)):
        a, b = paras[i]
        para = values[i]
        num = numbered[i - body]
        label = None if num else _label(para)
        # the cheap test first: CLOSING costs a backtracking match at every paragraph
        closing = (i >= tail_from or para[:7].lower() in _ADOPTED) and CLOSING.match(para)
        if closing and not (num or (label and last_top)):
            started = any(d.kind not in ("title", "closing") for d in drafts)
            drafts.append(_Draft("closing" if started else "title", a, b))
            continue
        if label and last_top is not None and last_top.kind != "title":
            parent = last_top
            raw = label.group(1)
            prev = parent.items[-1].number if parent.items else None
            style = item_style(raw, prev)
            if parent.items and style != parent.items[0].style:
                deeper = parent.items[-1]
                prev = deeper.items[-1].number if deeper.items else None
                style = item_style(raw, prev)
                parent = deeper
            found = opening(para[label.end() :], capitalised=False)
            item = _Draft("item", a + label.end(), b, raw.rstrip("."), found.act if found else None)
            item.style = style
            parent.items.append(item)
            continue
        rest_at = num.end() if num else 0
        found = after[i - body]
        kind: ClauseKind
        if num:
            kind = "operative" if resolution_like else "paragraph"
            if kind == "operative":
                zone = "op"
        elif zone == "pre" and subjects[i - body]:
            kind = "subject"
        elif found and found.kind == "op" and resolution_like:
            kind, zone = "operative", "op"
        elif (
            resolution_like
            and zone == "pre"
            and ((found and found.kind == "pre") or para.endswith((",", ";")))
        ):
            kind = "preambular"
        elif resolution_like and zone == "op" and has_subject:
            kind = "operative"
        else:
            kind = "paragraph"
        draft = _Draft(kind, a + rest_at, b, num.group(1) if num else None)
        if kind in ("preambular", "operative", "paragraph") and found:
            draft.act = found.act
        drafts.append(draft)
        last_top = draft if kind != "subject" else None
    return tuple(_clauses(text, drafts))


def _clauses(text: Text, drafts: list[_Draft]) -> list[Clause]:
    counts: dict[str, int] = {}
    out = []
    for d in drafts:
        order = counts[d.kind] = counts.get(d.kind, 0) + 1
        items = tuple(_clauses(text, d.items)) if d.items else ()
        span = text.span(d.start, d.end)
        out.append(Clause(d.kind, order, text.text[d.start : d.end], span, d.number, d.act, items))
    return out
