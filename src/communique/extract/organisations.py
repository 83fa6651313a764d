"""Organisations and their organs named in text: a gazetteer kept as data.

The bodies, their aliases and the organ-of relation live in
``data/organisations.yaml`` (its header says how to add one). They are loaded
once and compiled into one matcher: a single regex whose alternatives are the
aliases, longest first, so the longest name wins at each place.

Generic forms ("Secretary-General", "Member States", "Contact Group") name a
different organ in each family of documents. They resolve, in order, by a
family name written right before them ("UN Secretary General", "OIC's
General Secretariat"), by "of the <family>" right after them
("Secretary-General of the United Nations"), or by the ``family`` of the
document being read; failing all three the mention keeps ``id=None`` and
``generic=True``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import yaml

from communique.extract.tries import trie_pattern

DATA = Path(__file__).resolve().parent / "data" / "organisations.yaml"
KINDS = ("organisation", "organ", "group")
_SEP = re.compile(r"[\s\-‐–]+")
_BEFORE = re.compile(r"(?:['’]s)?[\s\-]+")  # "UN Secretary", "OIC's Secretary", "OIC-IPHRC"
_AFTER = re.compile(r"\s+of\s+(?:the\s+)?")  # "Secretary-General of the United Nations"


@dataclass(frozen=True)
class Body:
    """One gazetteer entry."""

    id: str
    kind: str  # KINDS
    name: str
    part_of: str | None = None
    aliases: tuple[str, ...] = ()
    generic: tuple[str, ...] = ()


@dataclass(frozen=True)
class OrgMention:
    """An organisation, organ or group named at ``text[start:end]`` (offsets
    include the ``offset`` given to ``find_organisations``)."""

    start: int
    end: int
    id: str | None  # None: a generic organ word whose family is unknown
    kind: str
    name: str  # as printed
    generic: bool = False  # named by a generic form ("Secretary-General")


@dataclass(frozen=True)
class Gazetteer:
    bodies: Mapping[str, Body]
    aliases: frozenset[str]  # every alias and generic form
    lowered: re.Pattern[str]  # group 1: ``pattern``'s matches in a text made by _lowered
    exact: Mapping[str, str]  # case-sensitive alias key → id
    folded: Mapping[str, str]  # lower-case alias key → id
    generic: Mapping[str, Mapping[str, str]]  # lower-case generic key → family → id
    generic_kind: Mapping[str, str]

    @property
    def pattern(self) -> re.Pattern[str]:
        """The aliases in any case, in the text as printed (a name is its own match)."""
        return _any_case(self.aliases)


@cache  # compiled on first use: only texts that _lowered cannot serve need it
def _any_case(aliases: frozenset[str]) -> re.Pattern[str]:
    trie = _trie_regex(aliases, space=r"[\s\-‐–]+", apostrophe="['’]")
    return re.compile(rf"(?<![\w]){trie}(?![\w])", re.IGNORECASE)


@lru_cache(maxsize=8192)  # the same names come back in every document
def _key(alias: str) -> str:
    return _SEP.sub(" ", alias.replace("’", "'")).strip()


def _sensitive(alias: str) -> bool:
    """Short capitals (OIC, UN, CFM, IsDB) match only as written."""
    return len(alias) <= 5 and alias[:1].isupper() and sum(c.isupper() for c in alias) >= 2


def _trie_regex(aliases: frozenset[str], *, space: str, apostrophe: str) -> str:
    """One alternation over all aliases as a character trie (lower case;
    ``space`` stands for a run of spaces and hyphens, ``apostrophe`` for an
    apostrophe)."""
    keys = {_key(alias).lower() for alias in aliases}
    return trie_pattern(keys, {" ": space, "'": apostrophe})


def _bodies(entries: list[dict[str, Any]]) -> dict[str, Body]:
    out: dict[str, Body] = {}
    for e in entries:
        kind = str(e.get("kind", "organ"))
        if kind not in KINDS:
            raise ValueError(f"organisations.yaml: {e.get('id')}: kind {kind!r} not in {KINDS}")
        body = Body(
            id=str(e["id"]),
            kind=kind,
            name=str(e.get("name", e["id"])),
            part_of=e.get("part_of"),
            aliases=tuple(str(a) for a in e.get("aliases") or ()),
            generic=tuple(str(a) for a in e.get("generic") or ()),
        )
        if body.id in out:
            raise ValueError(f"organisations.yaml: duplicate id {body.id!r}")
        out[body.id] = body
    for b in out.values():
        if b.part_of is not None and b.part_of not in out:
            raise ValueError(f"organisations.yaml: {b.id}: part_of {b.part_of!r} is not an id")
    return out


def build(entries: list[dict[str, Any]]) -> Gazetteer:
    """Compile gazetteer entries (the YAML's list) into a matcher."""
    bodies = _bodies(entries)
    exact: dict[str, str] = {}
    folded: dict[str, str] = {}
    generic: dict[str, dict[str, str]] = {}
    generic_kind: dict[str, str] = {}
    alternatives: set[str] = set()
    for b in bodies.values():
        for alias in b.aliases:
            k = _key(alias)
            (exact if _sensitive(alias) else folded).setdefault(
                k if _sensitive(alias) else k.lower(), b.id
            )
            alternatives.add(alias)
        for alias in b.generic:
            k = _key(alias).lower()
            generic.setdefault(k, {})[family_of_body(bodies, b.id)] = b.id
            generic_kind.setdefault(k, b.kind)
            alternatives.add(alias)
    aliases = frozenset(alternatives)
    # plain atoms: _lowered writes every hyphen as a space and every apostrophe in
    # ASCII, so a separator is \s+, not a set (met ~500 times, each set costs compiling)
    trie = _trie_regex(aliases, space=r"\s+", apostrophe="'")
    # a pattern that opens with a character class lets the engine skip straight to
    # the non-word characters; a look-behind or IGNORECASE would make it try everywhere
    lowered = re.compile(rf"\W({trie}(?![\w]))")
    return Gazetteer(bodies, aliases, lowered, exact, folded, generic, generic_kind)


def family_of_body(bodies: Mapping[str, Body], body_id: str) -> str:
    """The top of the part_of chain: ``oic.special_envoy.jammu_kashmir`` → ``oic``."""
    seen = {body_id}
    current = bodies[body_id]
    while current.part_of is not None and current.part_of not in seen:
        seen.add(current.part_of)
        current = bodies[current.part_of]
    return current.id


@cache
def gazetteer() -> Gazetteer:
    """The gazetteer from ``data/organisations.yaml``, loaded once."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    entries = yaml.load(DATA.read_text(encoding="utf-8"), Loader=loader)
    return build(list(entries))


def family_of_id(body_id: str) -> str | None:
    """The family (top body) of a gazetteer id; None for an unknown id."""
    g = gazetteer()
    return family_of_body(g.bodies, body_id) if body_id in g.bodies else None


def body(body_id: str) -> Body | None:
    return gazetteer().bodies.get(body_id)


def _is_root(g: Gazetteer, body_id: str | None) -> bool:
    return body_id is not None and g.bodies[body_id].part_of is None


def _resolve(
    g: Gazetteer, text: str, raw: list[tuple[int, int, str | None, str]], family: str | None
) -> list[tuple[int, int, str | None, str, bool]]:
    """Give generic matches their family; merge "UN" + "Secretary-General"."""
    out: list[tuple[int, int, str | None, str, bool]] = []
    i = 0
    while i < len(raw):
        start, end, body_id, key = raw[i]
        if body_id is not None:
            out.append((start, end, body_id, g.bodies[body_id].kind, False))
            i += 1
            continue
        options = g.generic[key]
        kind = g.generic_kind[key]
        prev = out[-1] if out else None
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if (
            prev is not None
            and _is_root(g, prev[2])
            and _BEFORE.fullmatch(text, prev[1], start)
            and prev[2] in options
        ):
            out[-1] = (prev[0], end, options[str(prev[2])], kind, False)
        elif (
            nxt is not None
            and _is_root(g, nxt[2])
            and _AFTER.fullmatch(text, end, nxt[0])
            and nxt[2] in options
        ):
            out.append((start, nxt[1], options[str(nxt[2])], kind, False))
            i += 1
        else:
            found = options.get(family) if family else None
            out.append((start, end, found, kind, True))
        i += 1
    return out


def _lowered(text: str) -> str | None:
    """The text in which ``Gazetteer.lowered`` finds the matches of ``pattern`` (shifted
    by one): a space (a name at the start follows a non-word character), then the text
    in lower case, its apostrophes in ASCII and its hyphens as spaces (a hyphen plays a
    space's every part in ``pattern``: a separator, a non-word character). None where
    lower() would move a character or the text has "ı" or "ſ" (IGNORECASE reads them
    as i and s)."""
    low = " " + text.lower()
    if len(low) != len(text) + 1 or "ı" in text or "ſ" in text:
        return None
    return low.replace("’", "'").replace("-", " ").replace("‐", " ").replace("–", " ")


def find_organisations(
    text: str, offset: int = 0, *, family: str | None = None
) -> tuple[OrgMention, ...]:
    """Every organisation, organ or group named in ``text``, in order.

    ``family`` ("oic", "un", or another top-level id) resolves bare generic
    names such as "Secretary-General"; ``offset`` is added to every position
    (pass the start of ``text`` inside a larger text)."""
    return tuple(
        OrgMention(s + offset, e + offset, body_id, kind, text[s:e], gen)
        for s, e, body_id, kind, gen in named_bodies(text, family=family)
    )


def named_bodies(
    text: str, *, family: str | None = None
) -> list[tuple[int, int, str | None, str, bool]]:
    """``find_organisations(text, family=family)`` as plain (start, end, id, kind,
    generic) tuples, for a caller that makes its own record of each: building an
    OrgMention (a frozen dataclass) on the way would cost as much again."""
    g = gazetteer()
    raw: list[tuple[int, int, str | None, str]] = []
    low = _lowered(text)
    if low is not None:  # three times as fast as ``pattern``
        spans = [(m.start(1) - 1, m.end(1) - 1) for m in g.lowered.finditer(low)]
    else:
        spans = [m.span() for m in g.pattern.finditer(text)]
    for start, end in spans:
        exact = _key(text[start:end])
        key = exact.lower()
        found = g.exact.get(exact) or g.folded.get(key)
        if found is None and key not in g.generic:
            continue  # an acronym in the wrong case ("un", "au")
        raw.append((start, end, found, key))
    return _resolve(g, text, raw, family)


__all__ = [
    "Body",
    "Gazetteer",
    "OrgMention",
    "body",
    "build",
    "family_of_body",
    "family_of_id",
    "find_organisations",
    "gazetteer",
    "named_bodies",
]
