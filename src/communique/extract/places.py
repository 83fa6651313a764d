"""Countries and cities named in text: a gazetteer kept as data.

- countries: pycountry's names (``name``, ``official_name``, ``common_name``;
  "Iran, Islamic Republic of" also read as "Islamic Republic of Iran") plus
  our own aliases (``data/country_aliases.tsv``: "Türkiye", "Republic of
  Niger", "Kingdom of Saudi Arabia", "UAE", …) → ISO 3166-1 alpha-3;
- cities: capitals and major cities with their country (``data/places.tsv``,
  other spellings in a third column: "Makkah" → Mecca).

Text is scanned once with a word trie (first word → the names that start
with it, then word by word; the longest name wins), not with a regex per name.
Matching folds case and accents after the first word, whose first letter must
be a capital (so "turkey" the bird and "chad" the verb are not countries); a
name written in capitals ("UAE", "KSA") matches only in capitals.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import cache, lru_cache
from itertools import compress
from typing import NamedTuple

from communique.normalise.wordlists import rows

_TOKEN = re.compile(r"[^\W_]+")
# a capital not preceded by a letter or digit; the pattern opens with the capital (the
# look-behind spans it) so that the regex engine skips straight to capitals
_CAPITAL = re.compile(r"[A-Z\u00c0-\u024f](?<![^\W_].)[^\W_]*")
# in an ASCII text, a third faster (sets of characters, not Unicode categories): every
# run of letters and digits from a capital, those inside a word too ("McDonald" is one
# run, "Donald" none), so that demonyms can read the same runs; _scan_both keeps the
# runs that start a word, those _CAPITAL finds
_ASCII_RUN = re.compile(r"[A-Z][A-Za-z0-9]*")


class Place(NamedTuple):  # a tuple is built at a fraction of a frozen dataclass's cost
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


_Entry = tuple[str, str | None]  # country code, the gazetteer's city name (None: a country)


class _Node:
    """A word trie of names: a text is read word by word, not name by name."""

    __slots__ = ("entry", "next")

    def __init__(self) -> None:
        self.entry: _Entry | None = None  # the name that ends here
        self.next: dict[str, _Node] = {}  # the next word (folded) → the names that go on


# the root of a trie: its next words are the first words of names (folded, or an acronym
# in capitals); a node, not a dict, so that it can key a cache
_Index = _Node


def _index(entries: list[tuple[str, str, str | None]]) -> _Index:
    idx = _Node()
    for name, code, city in entries:
        key = _key(name)
        if not key:
            continue
        node = idx
        for word in key:
            node = node.next.setdefault(word, _Node())
        if node.entry is None:  # the first entry of a name wins
            node.entry = (code, city)
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
    entries.extend((r[0], r[1], None) for r in rows("historic_states.tsv"))
    return _index(entries)


def _country(code: str) -> str:
    """A city's country code; "" for a city whose sovereignty is disputed ("-" in the data)."""
    return "" if code == "-" else code


@cache
def _city_entries() -> tuple[tuple[str, str, str | None], ...]:
    entries: list[tuple[str, str, str | None]] = []
    for r in rows("places.tsv"):
        entries.append((r[0], _country(r[1]), r[0]))
        if len(r) > 2:
            entries.extend((alt, _country(r[1]), r[0]) for alt in r[2].split("|") if alt)
    return tuple(entries)


@cache
def _cities() -> _Index:
    return _index(list(_city_entries()))


def capitalised(s: str) -> list[re.Match[str]] | None:
    """The runs of letters and digits from a capital letter in an ASCII text, those
    inside a word included ("McDonald", "2Indian"); None for a text not in ASCII.
    find_actors reads them once for places_in and demonyms_in."""
    return list(_ASCII_RUN.finditer(s)) if s.isascii() else None


def _scan(s: str, idx: _Index) -> list[Place]:
    return _scan_both(s, idx, None)[0]


def _scan_both(
    s: str, first: _Index, second: _Index | None, runs: Iterable[re.Match[str]] | None = None
) -> tuple[list[Place], list[Place]]:
    """Names of ``first`` and of ``second`` (each as ``_scan`` finds them) in one pass
    over the capitalised words: find_actors wants countries and cities of a whole text."""
    found: tuple[list[Place], list[Place]] = ([], [])
    free = [0, 0]  # where each index's next name may start (names of one index don't overlap)
    indexes = (first.next,) if second is None else (first.next, second.next)
    # a name starts with a capital: only capitalised words are looked up (Latin script;
    # the gazetteers are in it), the words after them only when a name needs them
    if runs is None:
        runs = _ASCII_RUN.finditer(s) if s.isascii() else _CAPITAL.finditer(s)
    runs = list(runs)
    # most capitalised words start no name: map and compress drop them without a
    # Python step per word (a word starts a name only if it folds as a first word does)
    starts = _starts(first, second)
    for m in compress(runs, map(starts.__contains__, map(fold, map(_group, runs)))):
        at, stop = m.span()
        if at > 0 and s[at - 1].isalnum():
            continue  # a run inside a word ("xIndia"; _CAPITAL has none): rare, so asked late
        word = m.group(0)
        if not word[:1].isupper():
            continue
        low = fold(word)
        key = word if word.isupper() and len(word) <= 5 else low
        after: list[tuple[str, int]] = []  # the words after this one, read once
        for n, idx in enumerate(indexes):
            if at < free[n]:
                continue
            for k in (key, low) if key != low else (key,):
                node = idx.get(k)
                if node is not None and (longest := _longest(node, s, stop, after)):
                    (code, city), end = longest
                    found[n].append(Place(at, end, s[at:end], code, city))
                    free[n] = end
                    break
    return found


_group = re.Match.group


@lru_cache(maxsize=8)
def _starts(first: _Index, second: _Index | None) -> frozenset[str]:
    """The first words of the names of ``first`` and ``second``, folded (an acronym too:
    "uae"), so that a word whose folded form is not one of them starts no name."""
    return frozenset(fold(k) for idx in (first, second) if idx for k in idx.next)


def _longest(
    node: _Node, s: str, end: int, after: list[tuple[str, int]]
) -> tuple[_Entry, int] | None:
    """The longest name of ``node`` (a first word ending at ``end`` in ``s``) that the
    words after it complete, and where it ends. ``after``: the words after it (folded, with
    where each ends) read so far, to which this adds those it reads."""
    best = None if node.entry is None else (node.entry, end)
    i = 0
    while node.next:
        if i == len(after):
            token = _TOKEN.search(s, after[-1][1] if after else end)
            if token is None:
                break
            after.append((fold(token.group(0)), token.end()))
        word, stop = after[i]
        if word not in node.next:
            break
        node = node.next[word]
        if node.entry is not None:
            best = (node.entry, stop)
        i += 1
    return best


def countries_in(s: str) -> list[Place]:
    """Every country named in ``s``, in order (longest name at each place)."""
    return _scan(s, _countries())


def cities_in(s: str) -> list[Place]:
    """Every gazetteer city named in ``s``, in order."""
    return _scan(s, _cities())


def places_in(
    s: str,
    extra: tuple[tuple[str, str, str], ...] = (),
    runs: list[re.Match[str]] | None = None,
) -> tuple[list[Place], list[Place]]:
    """``countries_in(s)`` and ``cities_in(s)``, found in one pass. ``extra`` entries
    (name, code, canonical name: the regions of extract.regions) are read with the
    cities, the longest name winning across both ("Jammu and Kashmir" over "Jammu").
    ``runs``: ``capitalised(s)``, where the caller has read it already."""
    return _scan_both(s, _countries(), _with_cities(extra) if extra else _cities(), runs)


@cache
def _with_cities(extra: tuple[tuple[str, str, str], ...]) -> _Index:
    """Cities and ``extra`` names, the longest name first (a city before an extra name
    of as many words)."""
    return _index([*_city_entries(), *extra])


def country_code(name: str) -> str | None:
    """ISO alpha-3 of a country name as printed ("Republic of Türkiye" → TUR)."""
    bare = re.sub(r"^(?:the|The)\s+", "", name.strip())
    found = countries_in(bare)
    return found[0].country if len(found) == 1 and found[0].text == bare else None


def city(name: str) -> Place | None:
    """The gazetteer entry for a city name as printed ("Makkah" → Mecca, SAU)."""
    found = cities_in(name.strip())
    return found[0] if len(found) == 1 and found[0].text == name.strip() else None


__all__ = [
    "Place",
    "capitalised",
    "cities_in",
    "city",
    "countries_in",
    "country_code",
    "fold",
    "places_in",
]
