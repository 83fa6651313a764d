"""The document's language: ``en`` or ``fr`` by a count of stopwords.

Symbol, title, dates and the rest of the title block are read by
``communique.extract.titleblock``.
"""

from __future__ import annotations

import re

from communique.normalise.wordlists import words

_WORD = re.compile(r"[^\W\d_]+")
_ASCII_WORD = re.compile(r"[a-z]+")  # the same words in lower-case ASCII, twice as fast


def language(text: str) -> str:
    """``fr`` when French stopwords outnumber English ones, else ``en``."""
    head = text[:5000].lower()
    tokens = (_ASCII_WORD if head.isascii() else _WORD).findall(head)
    # map over a set's __contains__ counts in C, not one Python step per word
    n_en = sum(map(words("stopwords_en.txt").__contains__, tokens))
    n_fr = sum(map(words("stopwords_fr.txt").__contains__, tokens))
    return "fr" if n_fr > n_en else "en"
