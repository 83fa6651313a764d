"""Words in quotation marks and the person the text attributes them to.

    find_quotes(text, start, end, persons) -> tuple[Quote, ...]
    attribute_quotes(text, start, end, persons) -> tuple[Attribution, ...]  # with how

The cleaner has made every double quotation mark a straight ``"`` (curly
quotes and French guillemets alike), so marks are paired in order within a
paragraph. Single quotes inside a quotation are part of its words. A quotation
left open at the end of a paragraph continues when the next paragraph opens
with a mark, as journalists print a quotation of several paragraphs; the
re-opening mark is dropped from the words. One left open otherwise ends with
its paragraph. ``Quote.text`` is the words between the marks (a trailing comma
dropped), ``Quote.span`` their span.

The speaker, in this order:

1. after the closing mark, in the same sentence: a speech verb
   (``speech_verbs_en.txt``, ``speech_verbs_fr.txt``) with a person ("…," said
   OIC Secretary General Dr Yousef …; « … », a déclaré M. X), a pronoun ("…,"
   he said) or a role ("…," said the Secretary-General);
2. before the opening mark, in the same sentence or clause (a ";" ends one):
   the person, pronoun or role nearest before the last speech verb ("Ambassador
   X, Permanent Representative of Y, who said that "…""; "He further stated
   that … was the "densest occupation in history""; "Dr Y also asked India to
   "cease" …"). A second quotation in a sentence with no verb of its own takes
   the speaker of the first;
3. a paragraph that opens with a quotation and names no speaker continues the
   speaker of the quotation before it.

"he"/"she"/"il"/"elle" resolve to the most recent person mentioned before the
pronoun; a role resolves to the most recent person given a role with the same
head. ``Quote.speaker`` is the person's fullest name in the document (no
honorific), ``Quote.speaker_span`` the named mention it was resolved from;
``Attribution`` keeps how (``via``) and the words that decided (``cue``).
A quotation whose sentence has no speech verb (a title, a term) or whose
speaker is not a person (an organisation) has no speaker.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache

from communique.extract.persons import full_names, role_pattern
from communique.models import Actor, Quote, Span, Text
from communique.normalise.wordlists import words

_BOUNDARY = re.compile(
    r"""(?<!\b[A-Z])(?<!\bMrs)(?<!\b(?:Mr|Dr|Ms|St|No|Pr))(?<!\bMme)[.!?;]["')]*\s"""
)
_PRONOUN = re.compile(r"(?<![\w'-])(?:[Hh]e|[Ss]he|[Ii]l|[Ee]lle)(?![\w'-])")
_WINDOW = 400


@dataclass(frozen=True)
class Attribution:
    """A quotation and how its speaker was found: ``via`` is "name", "pronoun",
    "role", "continuation" or None (no speaker); ``cue`` the words that decided."""

    quote: Quote
    via: str | None = None
    cue: Span | None = None


@cache
def _verbs() -> re.Pattern[str]:
    forms = words("speech_verbs_en.txt") | words("speech_verbs_fr.txt")
    alternation = "|".join(sorted(map(re.escape, forms), key=len, reverse=True))
    return re.compile(rf"(?<![\w'-])(?:{alternation})(?![\w'-])")


def _quotations(s: str, start: int, end: int) -> list[tuple[int, int, tuple[int, ...]]]:
    """(opening mark, closing mark or paragraph end, re-opening marks dropped).

    Marks and line breaks are found with str.find, which skips through the text
    in C; a regex for either of them is tried at every character."""
    out: list[tuple[int, int, tuple[int, ...]]] = []
    opened = s.find('"', start, end)
    while opened >= 0:
        reopened: list[int] = []
        pos = opened
        while True:
            close = s.find('"', pos + 1, end)
            nl = s.find("\n", pos + 1, close if close >= 0 else end)
            if nl < 0:
                break
            nxt = nl + 1
            while nxt < end and s[nxt].isspace():
                nxt += 1
            if nxt < end and s[nxt] == '"':
                reopened.append(nxt)  # the quotation goes on in the next paragraph
                pos = nxt
            else:
                close = nl  # left open: it ends with its paragraph
                break
        if close < 0:
            out.append((opened, end, tuple(reopened)))
            break
        out.append((opened, close, tuple(reopened)))
        opened = s.find('"', close + 1, end)
    return out


def _quote(text: Text, o: int, c: int, reopened: tuple[int, ...]) -> Quote | None:
    s = text.text
    while o + 1 < c and s[o + 1] in " \n":
        o += 1  # a guillemet's space: « mot » is cleaned to " mot "
    inner_end = c
    while inner_end > o + 1 and s[inner_end - 1] in ", \n":
        inner_end -= 1
    words_ = s[o + 1 : inner_end]
    if reopened:
        words_ = "".join(ch for i, ch in enumerate(words_, o + 1) if i not in reopened)
    if not words_.strip():
        return None
    return Quote(words_, text.span(o + 1, inner_end))


class _Speakers:
    """Person mentions in text order, with the look-ups attribution needs."""

    def __init__(self, text: Text, persons: tuple[Actor, ...]) -> None:
        self.text = text
        self.mentions = sorted(persons, key=lambda a: a.span.start)
        self.full = full_names(persons)

    def name(self, actor: Actor) -> str:
        return self.full.get(actor.id or "", actor.name)

    def before(self, pos: int, lo: int) -> Actor | None:
        found = [a for a in self.mentions if lo <= a.span.start and a.span.end <= pos]
        return found[-1] if found else None

    def with_role(self, head: str, pos: int) -> Actor | None:
        key = head.lower().replace("-", " ")
        for a in reversed(self.mentions):
            if a.span.start < pos and a.role and key in a.role.lower().replace("-", " "):
                return a
        return None

    def attribution(self, quote: Quote, s: int, e: int, verb: int, doc: int) -> Attribution | None:
        """The speaker named in [s, e): a person, pronoun or role; nearest ``verb``."""
        text = self.text.text
        cands: list[tuple[int, str, int, int]] = []  # distance, via, start, end
        cands += [
            (abs(verb - a.span.start), "name", a.span.start, a.span.end)
            for a in self.mentions
            if s <= a.span.start and a.span.end <= e
        ]
        cands += [
            (abs(verb - m.start()), "pronoun", m.start(), m.end())
            for m in _PRONOUN.finditer(text, s, e)
        ]
        cands += [
            (abs(verb - m.start()) + 1000, "role", m.start(), m.end())
            for m in role_pattern().finditer(text, s, e)
        ]
        for _, via, cs, ce in sorted(cands):
            if via == "name":
                who = self.before(ce, cs)
            elif via == "pronoun":
                who = self.before(cs, doc)
            else:
                who = self.with_role(text[cs:ce], cs)
            if who is not None:
                q = replace(quote, speaker=self.name(who), speaker_span=who.span)
                return Attribution(q, via, self.text.span(cs, ce))
        return None


def _sentence_start(s: str, pos: int, floor: int) -> int:
    lo = max(floor, pos - _WINDOW, s.rfind("\n", floor, pos) + 1)
    last = lo
    for m in _BOUNDARY.finditer(s, lo, pos):
        last = m.end()
    return last


def _sentence_end(s: str, pos: int, ceiling: int) -> int:
    hi = min(ceiling, pos + _WINDOW)
    nl = s.find("\n", pos, hi)
    m = _BOUNDARY.search(s, pos, nl if nl >= 0 else hi)
    return m.start() + 1 if m else (nl if nl >= 0 else hi)


def attribute_quotes(
    text: Text, start: int, end: int, persons: tuple[Actor, ...]
) -> tuple[Attribution, ...]:
    """Every quotation in ``text.text[start:end]`` with its speaker and how it was found."""
    s = text.text
    who = _Speakers(text, persons)
    out: list[Attribution] = []
    for o, c, reopened in _quotations(s, start, end):
        quote = _quote(text, o, c, reopened)
        if quote is not None:
            out.append(_attribute(text, quote, o, c, (start, end), who, out[-1] if out else None))
    return tuple(out)


def _attribute(
    text: Text,
    quote: Quote,
    o: int,
    c: int,
    bounds: tuple[int, int],
    who: _Speakers,
    prev: Attribution | None,
) -> Attribution:
    s, verbs = text.text, _verbs()
    start, end = bounds
    tail_end = _sentence_end(s, c + 1, end)
    nxt = s.find('"', c + 1, tail_end)
    tail_end = nxt if nxt >= 0 else tail_end
    v = verbs.search(s, c + 1, min(tail_end, c + 60))
    found = who.attribution(quote, c + 1, tail_end, v.start(), start) if v else None
    sentence = _sentence_start(s, o, start)
    head = max(sentence, s.rfind('"', sentence, o) + 1)  # after an earlier quotation
    before = list(verbs.finditer(s, head, o))
    if found is None and before:
        found = who.attribution(quote, head, before[-1].start(), before[-1].start(), start)
    if found is not None or prev is None or prev.via is None:
        return found or Attribution(quote)
    q = replace(quote, speaker=prev.quote.speaker, speaker_span=prev.quote.speaker_span)
    if s[s.rfind("\n", start, o) + 1 : o].strip() == "":
        return Attribution(q, "continuation", prev.cue)  # a paragraph opening with a quotation
    if prev.quote.span.start > sentence and not before:
        return Attribution(q, prev.via, prev.cue)  # a second quotation in the sentence
    return Attribution(quote)


def find_quotes(text: Text, start: int, end: int, persons: tuple[Actor, ...]) -> tuple[Quote, ...]:
    """Every quotation in ``text.text[start:end]``, with its speaker where the text names one."""
    return tuple(a.quote for a in attribute_quotes(text, start, end, persons))


__all__ = ["Attribution", "attribute_quotes", "find_quotes"]
