"""The document's language: ``en`` or ``fr`` by a count of stopwords.

Symbol, title, dates and the rest of the title block are read by
``communique.extract.titleblock``.
"""

from __future__ import annotations

import re
from functools import cache

from communique.normalise.wordlists import words

_WORD = re.compile(r"[^\W\d_]+")
# a Latin-1 text's words (ASCII included) as bytes: every byte that is no letter made a
# space by one table, then split (cheaper than translating the str, and several times
# cheaper than a regex, which asks Unicode's tables for every character)
_LATIN1_NON_LETTERS = bytes(b if _WORD.fullmatch(chr(b)) else 32 for b in range(256))


@cache
def _latin1(name: str) -> frozenset[bytes]:
    """The words of a word list as Latin-1 bytes (those it can spell: no others occur)."""
    return frozenset(w.encode("latin-1") for w in words(name) if max(w, default="") <= "ÿ")


def language(text: str) -> str:
    """``fr`` when French stopwords outnumber English ones, else ``en``."""
    head = text[:5000].lower()
    tokens: list[bytes] | list[str]
    en: frozenset[bytes] | frozenset[str]
    fr: frozenset[bytes] | frozenset[str]
    try:
        tokens = head.encode("latin-1").translate(_LATIN1_NON_LETTERS).split()
        en, fr = _latin1("stopwords_en.txt"), _latin1("stopwords_fr.txt")
    except UnicodeEncodeError:
        tokens = _WORD.findall(head)
        en, fr = words("stopwords_en.txt"), words("stopwords_fr.txt")
    # map over a set's __contains__ counts in C, not one Python step per word
    n_en = sum(map(en.__contains__, tokens))
    n_fr = sum(map(fr.__contains__, tokens))
    return "fr" if n_fr > n_en else "en"
