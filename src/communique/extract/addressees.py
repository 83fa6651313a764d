"""Who an ask is addressed to: the phrase as printed, split and resolved.

``split_addressees`` turns the words between an asking verb and what is asked
("the Islamic Development Bank and the Islamic Solidarity Fund", "both the
Government of India and the Government of Pakistan", "the Governments of
India and Pakistan") into one phrase per addressee, each with its offsets
in the phrase. ``resolve`` gives a phrase its id (organisations gazetteer,
else ISO alpha-3 through ``places``) and says whether the addressee belongs
to the issuing organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from communique.extract.organisations import family_of_id, named_bodies
from communique.extract.places import Place, countries_in
from communique.models import direct_init

# a parenthesis inside the phrase: "the Government of India, in the interest of …, to"
_ASIDE = re.compile(
    r",\s*(?:in|with|within|through|as|acting|pending|under|after|upon|on|at|by|for|if|when|"
    r"while|where|inter alia|therefore|accordingly|notably|in particular|en|dans|avec|"
    r"conformément|agissant|compte tenu)\b.*$",
    re.IGNORECASE | re.DOTALL,
)
_INCLUDING = re.compile(r",?\s+(?:including|y compris|notamment)\b[^,]*(?:,|$)", re.IGNORECASE)
_LEAD = re.compile(
    r"^(?:(?:also|further|again|once again|once more|hereby|(?:both|either)(?=\s+the\b)|"
    r"urgently|strongly|earnestly|en outre|également|de nouveau|instamment|vivement)\s+)+",
    re.IGNORECASE,
)
_TRAIL = re.compile(
    r"(?:\s+(?:also|further|again|once again|urgently|immediately|forthwith|now|"
    r"[a-z]+ly|instamment|vivement|en outre|également))+$"
)
# "\s*(?:,\s*and|,\s*or|;\s*and|,|;|\s+and|\s+as well as|\s+et|\s+ainsi que)\s+", written to
# open with the class of its first character, so that the engine skips to the
# candidates instead of trying the pattern at every character
_SPLIT = re.compile(
    r"[\s,;](?:(?<=,)(?:\s*and|\s*or|)|(?<=;)(?:\s*and|)"
    r"|(?<=\s)\s*(?:,\s*and|,\s*or|;\s*and|,|;|and|as well as|et|ainsi que))\s+"
)
# a person in apposition: "the Special Envoy …, Ambassador Rafiq Dornhalt,"
_PERSON = re.compile(
    r"^(?:Ambassador|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|H\.\s?E\.|His Excellency|Her Excellency|"
    r"Professor|Prof\.|Judge|Sir|General|M\.|Mme)\b"
)
_DETERMINER = re.compile(
    r"^(?:the|all|its|their|his|her|our|other|any|each|every|both|two|those|these|"
    r"respective|relevant|concerned|le|la|les|l'|tous|toutes|ses|leurs?|aux?|à)\b\s*",
    re.IGNORECASE,
)
_PLURAL_OF = re.compile(
    r"^(?P<det>(?:the\s+)?)(?P<head>Governments|Foreign Ministers|authorities)"
    r"\s+of\s+(?P<rest>.+)$"
)
_STATE_WRAP = re.compile(
    r"^(?:the\s+)?(?:(?:Government|Governments|authorities|Authorities|people|delegations?)\s+of\s+"
    r"(?:the\s+)?|gouvernement\s+(?:de\s+l'|de\s+la\s+|du\s+|des\s+|d'))",
    re.IGNORECASE,
)
_ANAPHOR = re.compile(
    r"^(?:each of\s+|both of\s+|all of\s+)?(?:those|these|the said|the above-mentioned)\s+"
    r"(?:Governments|Powers|parties|States|two Governments|two parties)$",
    re.IGNORECASE,
)
_STATE_SHAPE = re.compile(
    r"\b(?:Republic|Kingdom|Sultanate|Emirate|Principality|Federation|Commonwealth|"
    r"Grand Duchy|State) of [A-Z]|\bGovernments? of\b|\bRépublique\b|\bRoyaume\b"
)
_GROUPS_OUTSIDE = re.compile(
    r"\b(?:parties|party|sides|States|communities|factions|movements|authorities|"
    r"Government|Governments|people|peoples|leaders|régime|regime|all concerned|"
    r"philanthropists|organizations|organisations)\b",
    re.IGNORECASE,
)


_EMPTY = re.compile(
    r"(?i:the|a|an|it|its|them|him|her|he|she|they|such|any|all|these|those|this|that|"
    r"others?|interested|concerned|collectively|individually|[a-z]+ly|nationally.*)"
)


@direct_init
@dataclass(frozen=True)
class Addressee:
    """One addressee: the words as printed at ``phrase[start:end]``."""

    text: str
    start: int
    end: int


def _strip(phrase: str, start: int, end: int) -> tuple[int, int]:
    """Trim spaces, punctuation and leading/trailing adverbs off phrase[start:end]."""
    while start < end and phrase[start] in " ,;:\n\t(":
        start += 1
    seg = phrase[start:end]
    m = _LEAD.match(seg)
    if m:
        start += m.end()
    seg = phrase[start:end]
    t = _TRAIL.search(seg)
    if t and t.start() > 0:
        end = start + t.start()
    while start < end and phrase[start] in " ,;:\n\t(":
        start += 1
    while end > start and phrase[end - 1] in " ,;:.\n\t)":
        end -= 1
    return start, end


# (start, end, id, kind, generic) of each organisation named, as ``named_bodies``
_Body = tuple[int, int, str | None, str, bool]


# The same strings are scanned by ``_protected``, ``resolve`` and ``_state`` (a phrase
# that is one addressee): each string is scanned once.
@lru_cache(maxsize=8192)
def _bodies(text: str, family: str | None) -> tuple[_Body, ...]:
    """The organisations named in ``text``, as ``named_bodies`` gives them."""
    return tuple(named_bodies(text, family=family))


@lru_cache(maxsize=8192)  # see _bodies
def _countries(text: str) -> tuple[Place, ...]:
    """The countries named in ``text``, as ``countries_in`` gives them."""
    return tuple(countries_in(text))


def _protected(phrase: str, family: str | None) -> list[tuple[int, int]]:
    """Stretches not to split inside: organisation names, country names, and
    a place list after "in" ("Permanent Representatives in New York and Geneva")."""
    spans = [(b[0], b[1]) for b in _bodies(phrase, family)]
    spans += [(p.start, p.end) for p in _countries(phrase)]
    for m in re.finditer(
        r"\b(?:in|at)\s+[A-Z][\w ]*?\s+and\s+[A-Z]\w+"
        r"|\bGovernments\s+of\s+[^,;]+?\s+and\s+[A-Z][\w-]*",
        phrase,
    ):
        spans.append((m.start(), m.end()))
    return spans


# Addressee phrases recur from one document to the next ("the Secretary-General", "all
# States"): both functions below are pure and return frozen values, so each is read once.
@lru_cache(maxsize=4096)
def split_addressees(phrase: str, family: str | None = None) -> tuple[Addressee, ...]:
    """One addressee per coordinated name in ``phrase``, in order."""
    end = len(phrase)
    aside = _ASIDE.search(phrase)
    if aside:
        end = aside.start()
    body = phrase[:end]
    inc = _INCLUDING.search(body)
    if inc:
        end = inc.start()
    protected = _protected(phrase[:end], family)
    cuts: list[tuple[int, int]] = []
    for m in _SPLIT.finditer(phrase, 0, end):
        if any(a < m.start() < b or a < m.end() < b for a, b in protected):
            continue
        cuts.append((m.start(), m.end()))
    pieces: list[tuple[int, int]] = []
    pos = 0
    for a, b in cuts:
        pieces.append((pos, a))
        pos = b
    pieces.append((pos, end))
    out: list[Addressee] = []
    for a, b in pieces:
        a, b = _strip(phrase, a, b)
        if a >= b:
            continue
        text = phrase[a:b]
        if text.lower().startswith("such as "):
            if out and out[-1].text.lower().startswith("other "):
                out.pop()  # "other Islamic Institutions, such as the Islamic Solidarity Fund"
            a += 8
            text = phrase[a:b]
        if _PERSON.match(text) and out:
            continue  # a person in apposition to the addressee before
        if not any(ch.isalpha() for ch in text) or _EMPTY.fullmatch(text):
            continue  # a pronoun or a stray word, not an addressee
        out.extend(_distribute(text, a, b))
    return tuple(out)


def _distribute(text: str, start: int, end: int) -> list[Addressee]:
    """ "the Governments of India and Pakistan" → Government of India, Government of Pakistan."""
    m = _PLURAL_OF.match(text)
    if m:
        places = _countries(m.group("rest"))
        if len(places) >= 2:
            head = m.group("head")
            single = head[:-1] if head.endswith("s") and head != "authorities" else head
            base = start + m.start("rest")
            return [
                Addressee(f"{single} of {p.text}", base + p.start, base + p.end) for p in places
            ]
    return [Addressee(text, start, end)]


# compiled once (used for every addressee, not looked up in re's cache each time)
_MEMBER = re.compile(r"\bMember")
_ARTICLE = re.compile(r"^(?:the|l'|la|le)\s*", re.IGNORECASE)
_STATE_TAIL = re.compile(r"(?:authorities|Government|forces)")


def is_anaphor(text: str) -> bool:
    """ "each of those Governments": the addressees of the clause before."""
    return _ANAPHOR.match(text) is not None


@direct_init
@dataclass(frozen=True)
class Resolved:
    id: str | None
    internal: bool | None
    kind: str | None  # "state", or the gazetteer kind; None when unknown


def _head(text: str, bodies: tuple[_Body, ...]) -> _Body | None:
    """The organisation the phrase is headed by: the first one named, when
    only determiners come before it."""
    for m in bodies:
        before = text[: m[0]]
        rest = before
        while True:
            d = _DETERMINER.match(rest)
            if not d or not d.group():
                break
            rest = rest[d.end() :]
        if not rest.strip() or rest.strip() in ("OIC", "OIC's", "UN"):
            return m
        return None
    return None


@lru_cache(maxsize=4096)  # see split_addressees
def resolve(text: str, *, family: str | None) -> Resolved:
    """The id of an addressee as printed and whether it is internal to the
    issuing organisation (of ``family``; None when not known)."""
    lead = _DETERMINER.match(text)
    core = text[lead.end() :] if lead and lead.group() else text
    head = _head(core, _bodies(core, family)) if core != text else None
    head = head or _head(text, _bodies(text, family))
    if head is not None:
        _, _, body_id, kind, generic = head
        if body_id is None:  # a generic organ word, issuer unknown
            return Resolved(None, True if kind != "organisation" else None, kind)
        if body_id == "international_community":
            return Resolved(body_id, False, kind)
        owner = family_of_id(body_id)
        if family is None:
            return Resolved(body_id, True if generic else None, kind)
        return Resolved(body_id, owner == family, kind)
    state = _state(text)
    if state is not None:
        return Resolved(state, False, "state")
    if _STATE_SHAPE.search(text):
        return Resolved(None, False, "state")
    if _GROUPS_OUTSIDE.search(text) and not _MEMBER.search(text):
        return Resolved(None, False, None)
    return Resolved(None, None, None)


def _state(text: str) -> str | None:
    """ISO alpha-3 when the phrase names one state: "India", "the Government
    of India", "the Republic of Valdoria" (None: not in the gazetteer)."""
    wrap = _STATE_WRAP.match(text)
    core = text[wrap.end() :] if wrap else text
    core = _ARTICLE.sub("", core)
    places = _countries(core)
    if len(places) == 1 and places[0].start <= 1 and places[0].city is None:
        tail = core[places[0].end :].strip()
        if not tail or _STATE_TAIL.fullmatch(tail):
            return places[0].country
    return None


__all__ = ["Addressee", "Resolved", "is_anaphor", "resolve", "split_addressees"]
