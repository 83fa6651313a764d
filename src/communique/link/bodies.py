"""A body's identity: the gazetteer id for a name as printed.

``body_key("OIC Contact Group on Jammu and Kashmir")`` and
``body_key("Ministerial Contact Group on Jammu and Kashmir")`` both give
``oic.contact_group.jammu_kashmir``. A generic name ("Council of Foreign
Ministers") takes the family of the document that prints it. A name the
gazetteer lacks keeps its own words, folded: ``name:g-20 tourism working
group`` — still a key, never guessed into another body.
"""

from __future__ import annotations

import re
from functools import lru_cache

from communique.extract.organisations import body, family_of_id, find_organisations

_WORDS = re.compile(r"[^\W_]+(?:[-'’][^\W_]+)*")
_LEADING = frozenset({"the", "a", "an"})


@lru_cache(maxsize=4096)
def body_key(name: str, family: str | None = None) -> str | None:
    """The gazetteer id of the longest body named in ``name``, else the
    name's folded words prefixed ``name:``; None for a name with no words.
    A gazetteer id given as the name is kept as it is."""
    if body(name) is not None:
        return name
    found = [m for m in find_organisations(name, family=family) if m.id is not None]
    if found:
        best = max(found, key=lambda m: (m.end - m.start, -m.start))
        return best.id
    words = [w.casefold() for w in _WORDS.findall(name)]
    while words and words[0] in _LEADING:
        words.pop(0)
    return f"name:{' '.join(words)}" if words else None


def family_of(key: str | None) -> str | None:
    """The family ("oic", "un", …) of a body key; None for a name key."""
    if key is None or key.startswith("name:"):
        return None
    return family_of_id(key)


__all__ = ["body_key", "family_of"]
