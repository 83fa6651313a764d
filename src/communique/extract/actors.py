"""Actors named in a document: states, organisations and their organs,
persons with their roles, and places — each with its span and normalised id.

This module only gathers what the finders return (``places``, ``regions``,
``demonyms``, ``organisations``, ``persons``) into ``Actor`` values in text
order; the rules live in those modules and their data files. Where a region
and a country have the same words ("Kosovo"), the region is recorded and no
state: a disputed territory gets no country attribution.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable
from itertools import accumulate

from communique.extract.demonyms import demonyms_in
from communique.extract.organisations import named_bodies
from communique.extract.persons import find_persons
from communique.extract.places import Place, capitalised, places_in
from communique.extract.regions import is_region, region_entries
from communique.models import Actor, Text


def find_actors(
    text: Text, start: int, end: int, *, family: str | None = None
) -> tuple[Actor, ...]:
    """Every state (by name or adjective), body, person and gazetteer place (city or
    region) named in text.text[start:end]."""
    s = text.text[start:end]
    found: list[Actor] = []
    taken: list[tuple[int, int]] = []
    for a, b, body_id, kind, _ in named_bodies(s, family=family):
        a, b = start + a, start + b
        found.append(Actor(kind, text.text[a:b], text.span(a, b), id=body_id))
        taken.append((a, b))
    for person in find_persons(text, start, end):
        found.append(person)
        taken.append((person.span.start, person.span.end))
    is_taken = _cover(taken)
    runs = capitalised(s)  # one scan of the capitalised words for places and demonyms
    countries, cities = places_in(s, region_entries(), runs)
    regions = [(p.start, p.end) for p in cities if is_region(p.city)]
    is_skipped = _cover(regions + _vote_lines(s))
    states = [(p.start, p.end) for p in countries if not is_skipped(p.start, p.end)]
    is_state = set(states)
    for place in countries:
        a, b = start + place.start, start + place.end
        # "Islamic Republic of Pakistan" in a body's name; "Kosovo", "Northern Cyprus": a region
        if (place.start, place.end) in is_state and not is_taken(a, b):
            found.append(Actor("state", place.text, text.span(a, b), id=place.country))
    for place in cities:
        a, b = start + place.start, start + place.end
        if is_taken(a, b) or (is_region(place.city) and _within(place, states)):
            continue  # "Bosnia" in "Bosnia and Herzegovina"
        found.append(Actor("place", place.text, text.span(a, b), id=place.city))
    for adj in demonyms_in(s, runs):  # "Indian authorities", "the Portuguese Government"
        a, b = start + adj.start, start + adj.end
        if not is_taken(a, b) and not is_skipped(adj.start, adj.end):
            found.append(Actor("state", adj.text, text.span(a, b), id=adj.country))
    return tuple(sorted(found, key=lambda x: (x.span.start, -x.span.end)))


def _vote_lines(s: str) -> list[tuple[int, int]]:
    """Adoption paragraphs that list voters ("Adopted … with 2 abstentions (Ukrainian
    Soviet Socialist Republic, …)"): how states voted belongs to the adoption, not to
    the states the text names."""
    out = []
    at = s.find("Adopted")
    while at >= 0:
        end = s.find("\n\n", at)
        end = len(s) if end < 0 else end
        if "abstention" in s[at:end] or "vote" in s[at:end]:
            out.append((at, end))
        at = s.find("Adopted", end)
    return out


def _cover(spans: list[tuple[int, int]]) -> Callable[[int, int], bool]:
    """Whether one of ``spans`` holds a..b, by a binary search: a span holds a..b when one
    of those that start at or before ``a`` reaches ``b`` (a text has many bodies and persons)."""
    ordered = sorted(spans)
    starts = [s for s, _ in ordered]
    reach = list(accumulate((e for _, e in ordered), max))

    def inside(a: int, b: int) -> bool:
        i = bisect.bisect_right(starts, a)
        return i > 0 and reach[i - 1] >= b

    return inside


def _within(place: Place, spans: list[tuple[int, int]]) -> bool:
    """Is ``place`` inside a longer span of ``spans``?"""
    a, b = place.start, place.end
    return any(s <= a and b <= e and e - s > b - a for s, e in spans)


__all__ = ["find_actors"]
