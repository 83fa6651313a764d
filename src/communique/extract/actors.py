"""Actors named in a document: states, organisations and their organs,
persons with their roles, and places — each with its span and normalised id.

This module only gathers what the finders return (``places``,
``organisations``, ``persons``) into ``Actor`` values in text order; the
rules live in those modules and their data files.
"""

from __future__ import annotations

from communique.extract.organisations import find_organisations
from communique.extract.persons import find_persons
from communique.extract.places import places_in
from communique.models import Actor, Text


def find_actors(
    text: Text, start: int, end: int, *, family: str | None = None
) -> tuple[Actor, ...]:
    """Every state, body, person and gazetteer city named in text.text[start:end]."""
    s = text.text[start:end]
    found: list[Actor] = []
    taken: list[tuple[int, int]] = []
    for org in find_organisations(s, start, family=family):
        found.append(Actor(org.kind, org.name, text.span(org.start, org.end), id=org.id))
        taken.append((org.start, org.end))
    for person in find_persons(text, start, end):
        found.append(person)
        taken.append((person.span.start, person.span.end))
    countries, cities = places_in(s)
    for place in countries:
        a, b = start + place.start, start + place.end
        if not _inside(a, b, taken):  # "Islamic Republic of Pakistan" in a body's name
            found.append(Actor("state", place.text, text.span(a, b), id=place.country))
    for place in cities:
        a, b = start + place.start, start + place.end
        if not _inside(a, b, taken):
            found.append(Actor("place", place.text, text.span(a, b), id=place.city))
    return tuple(sorted(found, key=lambda x: (x.span.start, -x.span.end)))


def _inside(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(s <= a and b <= e for s, e in spans)


__all__ = ["find_actors"]
