"""Countries and cities named in text: a gazetteer kept as data.

- countries: pycountry's names (``name``, ``official_name``, ``common_name``;
  "Iran, Islamic Republic of" also read as "Islamic Republic of Iran") plus
  our own aliases (``data/country_aliases.tsv``: "Türkiye", "Republic of
  Niger", "Kingdom of Saudi Arabia", "UAE", …) → ISO 3166-1 alpha-3;
- cities: capitals and major cities with their country (``data/places.tsv``,
  other spellings in a third column: "Makkah" → Mecca).

Text is scanned once with a word index (first word → the names that start
with it, longest first), not with a regex per name. Matching folds case and
accents after the first word, whose first letter must be a capital (so
"turkey" the bird and "chad" the verb are not countries); a name written in
capitals ("UAE", "KSA") matches only in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache

from communique.normalise.wordlists import rows

_TOKEN = re.compile(r"[^\W_]+")
_CAPITAL = re.compile(r"(?<![^\W_])[A-Z\u00c0-\u024f][^\W_]*")


@dataclass(frozen=True)
class Place:
    """A country or city named at ``s[start:end]``."""

    start: int
    end: int
    text: str
    country: str  # ISO 3166-1 alpha-3 (of the city, for a city)
    city: str | None = None  # the gazetteer's name for a city; None for a country


@lru_cache(maxsize=65536)  # the same words come back in every document: fold each once
def fold(word: str) -> str:
    """Lower case without accents: "Türkiye" → "turkiye"."""
    if word.isascii():
        return word.lower()
    decomposed = unicodedata.normalize("NFKD", word.replace("ı", "i"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).lower()


def _key(name: str) -> tuple[str, ...]:
    toks = _TOKEN.findall(name)
    if len(toks) == 1 and toks[0].isupper() and len(toks[0]) <= 5:
        return (toks[0],)  # an acronym: kept in capitals
    out = tuple(fold(t) for t in toks)
    return out[1:] if out[:1] == ("the",) and len(out) > 1 else out


_Index = dict[str, list[tuple[tuple[str, ...], str, str | None]]]


def _index(entries: list[tuple[str, str, str | None]]) -> _Index:
    idx: _Index = {}
    for name, code, city in entries:
        key = _key(name)
        if key:
            idx.setdefault(key[0], []).append((key, code, city))
    for options in idx.values():
        options.sort(key=lambda o: -len(o[0]))
    return idx


@cache
def _countries() -> _Index:
    import pycountry

    entries: list[tuple[str, str, str | None]] = []
    for c in pycountry.countries:
        for attr in ("name", "official_name", "common_name"):
            name = getattr(c, attr, None)
            if not name:
                continue
            if ", " in name:  # "Iran, Islamic Republic of" → "Islamic Republic of Iran"
                head, _, tail = name.partition(", ")
                entries.append((f"{tail} {head}", c.alpha_3, None))
                entries.append((head, c.alpha_3, None))
            else:
                entries.append((name, c.alpha_3, None))
    entries.extend((r[0], r[1], None) for r in rows("country_aliases.tsv"))
    return _index(entries)


@cache
def _cities() -> _Index:
    entries: list[tuple[str, str, str | None]] = []
    for r in rows("places.tsv"):
        entries.append((r[0], r[1], r[0]))
        if len(r) > 2:
            entries.extend((alt, r[1], r[0]) for alt in r[2].split("|") if alt)
    return _index(entries)


def _scan(s: str, idx: _Index) -> list[Place]:
    out: list[Place] = []
    pos = 0
    # a name starts with a capital: only capitalised words are looked up (Latin script;
    # the gazetteers are in it), the words after them only when a name needs them
    for m in _CAPITAL.finditer(s):
        if m.start() < pos:
            continue
        word = m.group(0)
        if not word[:1].isupper():
            continue
        low = fold(word)
        key = word if word.isupper() and len(word) <= 5 else low
        for name, code, city in idx.get(key, []) + idx.get(low, []):
            end = _follows(s, m.end(), name[1:])
            if end is not None:
                out.append(Place(m.start(), end, s[m.start() : end], code, city))
                pos = end
                break
    return out


def _follows(s: str, at: int, words: tuple[str, ...]) -> int | None:
    """Where the name ends if its next ``words`` (folded) come after ``at``, else None."""
    end = at
    tokens = _TOKEN.finditer(s, at)
    for want in words:
        m = next(tokens, None)
        if m is None or fold(m.group(0)) != want:
            return None
        end = m.end()
    return end


def countries_in(s: str) -> list[Place]:
    """Every country named in ``s``, in order (longest name at each place)."""
    return _scan(s, _countries())


def cities_in(s: str) -> list[Place]:
    """Every gazetteer city named in ``s``, in order."""
    return _scan(s, _cities())


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country name as printed ("Republic of Türkiye" → TUR)."""
    bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
    found = countries_in(bare)
    return found[0].country if len(found) == 1 and found[0].text == bare else None


def city(name: str) -> Place | None:
    """The gazetteer entry for a city name as printed ("Makkah" → Mecca, SAU)."""
    found = cities_in(name.strip())
    return found[0] if len(found) == 1 and found[0].text == name.strip() else None


__all__ = ["Place", "cities_in", "city", "countries_in", "country_code", "fold"]
