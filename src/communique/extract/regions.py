"""Regions, lines, crossings, glaciers and rivers beyond the city gazetteer, as data
(``data/regions.tsv``: name, other forms, country or territory, kind).

The name is the neutral id recorded beside the wording as printed: "Indian Illegally
Occupied Jammu and Kashmir" and "Pakistan-occupied Kashmir" are kept as printed, with
"Jammu and Kashmir" beside them. A disputed or occupied territory has no country, so
that the record takes no side ("Kashmir", "Siachen", "Kosovo", "Crimea", "West Bank").
The names are read in the same pass as the cities (``places.places_in``), the longest
name winning ("Azad Jammu and Kashmir" over "Jammu and Kashmir" over the city "Jammu").
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from communique.normalise.wordlists import rows


@dataclass(frozen=True)
class Region:
    """One line of ``regions.tsv``."""

    name: str
    forms: tuple[str, ...]  # other names and spellings, as printed
    country: str  # ISO alpha-3 where neutral and standard; "" for a disputed territory
    kind: str  # "region", "line", "crossing", "glacier", "river", ...


@cache
def regions() -> dict[str, Region]:
    """Every region of the gazetteer by name."""
    out = {}
    for r in rows("regions.tsv"):
        name, forms, country, kind = (*r, "", "", "")[:4]
        out[name] = Region(name, tuple(f for f in forms.split("|") if f), country, kind or "region")
    return out


@cache
def region_entries() -> tuple[tuple[str, str, str], ...]:
    """(form, country, name) for each name and form: the gazetteer ``places_in`` reads."""
    return tuple(
        (form, reg.country, reg.name)
        for reg in regions().values()
        for form in (reg.name, *reg.forms)
    )


def is_region(name: str | None) -> bool:
    """Is ``name`` (a gazetteer name) a region of this gazetteer rather than a city?"""
    return name is not None and name in regions()


__all__ = ["Region", "is_region", "region_entries", "regions"]
