"""Ordinal numbers as printed → integers.

"34th", "34 th", "Thirty-Fourth", "thirty fourth", "XXXIV", "34e", "34ème",
"1er", "1re", "trente-quatrième", "Seventh" → 34, 34, 34, 34, 34, 34, 34, 1,
1, 34, 7. ``ORDINAL`` is a regex that finds such words in running text;
``ordinal_value`` reads one. Cardinal words ("thirty-four") are read too,
since sessions are sometimes named "Session 34" or "the 34 session".
"""

from __future__ import annotations

import re

_UNITS_EN = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}  # fmt: skip
_ORD_EN = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}  # fmt: skip
_TENS_EN = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
_TENS_ORD_EN = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100,
}  # fmt: skip
_UNITS_FR = {
    "un": 1, "une": 1, "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "sept": 7,
    "huit": 8, "neuf": 9, "dix": 10, "onze": 11, "douze": 12, "treize": 13, "quatorze": 14,
    "quinze": 15, "seize": 16, "vingt": 20, "trente": 30, "quarante": 40, "cinquante": 50,
    "soixante": 60,
}  # fmt: skip
_ORD_FR = {
    "premier": 1, "première": 1, "premiere": 1, "unième": 1, "deuxième": 2, "second": 2,
    "seconde": 2, "troisième": 3, "quatrième": 4, "cinquième": 5, "sixième": 6, "septième": 7,
    "huitième": 8, "neuvième": 9, "dixième": 10, "onzième": 11, "douzième": 12,
    "treizième": 13, "quatorzième": 14, "quinzième": 15, "seizième": 16, "vingtième": 20,
    "trentième": 30, "quarantième": 40, "cinquantième": 50, "soixantième": 60,
}  # fmt: skip

_WORDS: dict[str, int] = {
    **_UNITS_EN, **_ORD_EN, **_TENS_EN, **_TENS_ORD_EN, **_UNITS_FR, **_ORD_FR,
}  # fmt: skip
_ORDINAL_ENDS = frozenset(_ORD_EN) | frozenset(_TENS_ORD_EN) | frozenset(_ORD_FR)

_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100, "d": 500, "m": 1000}
_WORD = "|".join(sorted(_WORDS, key=len, reverse=True))

# digits with an English or French suffix; spelled-out ordinals (hyphen, space
# or "et" between parts); Roman numerals in capitals
ORDINAL = re.compile(
    r"\b(?:\d{1,3}\s?(?:st|nd|rd|th|er|re|e|ème|eme|è)\b"
    rf"|(?:(?:{_WORD})(?:[\s-]+(?:et[\s-]+)?))*(?:{_WORD})\b"
    r"|(?-i:(?=[MDCLXVI]{1,8}\b)M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})"
    r"(?<=[MDCLXVI])\b))",
    re.IGNORECASE,
)


def roman(s: str) -> int | None:
    """ "XXXIV" → 34; None when ``s`` is not a well-formed Roman numeral."""
    t = s.lower()
    if not t or any(ch not in _ROMAN for ch in t):
        return None
    total = 0
    for a, b in zip(t, [*t[1:], ""], strict=True):
        v = _ROMAN[a]
        total += -v if b and _ROMAN[b] > v else v
    canonical = re.fullmatch(r"m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})", t)
    return total if canonical and total else None


def ordinal_value(s: str) -> int | None:
    """The integer an ordinal (or cardinal) as printed stands for; None if not one."""
    t = s.strip()
    if m := re.fullmatch(r"(\d{1,3})\s?(?:st|nd|rd|th|er|re|e|ème|eme|è)?", t, re.IGNORECASE):
        return int(m.group(1))
    if t.isupper() and (r := roman(t)) is not None:
        return r
    parts = [p for p in re.split(r"[\s-]+", t.lower()) if p and p != "et"]
    if not parts or any(p not in _WORDS for p in parts):
        return None
    total = 0
    for p in parts:
        total += _WORDS[p]
    if parts[0] == "quatre" and len(parts) > 1 and parts[1].startswith("vingt"):
        total = 80 + sum(_WORDS[p] for p in parts[2:])  # quatre-vingt-… (French 80s, 90s)
    return total


def is_ordinal_word(s: str) -> bool:
    """True for an ordinal as opposed to a cardinal: "Thirty-Fourth", "34th", "XXXIV"."""
    t = s.strip()
    if re.fullmatch(r"\d{1,3}\s?(?:st|nd|rd|th|er|re|e|ème|eme|è)", t, re.IGNORECASE):
        return True
    if t.isupper() and roman(t) is not None:
        return True
    last = re.split(r"[\s-]+", t.lower())[-1]
    return last in _ORDINAL_ENDS


__all__ = ["ORDINAL", "is_ordinal_word", "ordinal_value", "roman"]
