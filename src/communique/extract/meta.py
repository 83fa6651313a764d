"""The document's language: ``en`` or ``fr`` by a count of stopwords.

Symbol, title, dates and the rest of the title block are read by
``communique.extract.titleblock``.
"""

from __future__ import annotations

import re

from communique.normalise.wordlists import words

_WORD = re.compile(r"[^\W\d_]+")
# an ASCII text's words: every other character made a space, then split (a third of
# the instructions of findall, which does a match object's worth of work per word)
_ASCII_NON_LETTERS = str.maketrans({chr(i): " " for i in range(128) if not "a" <= chr(i) <= "z"})
# the same words where the text is Latin-1 (a set of single characters, spelt
# out, is read from a table; [^\W\d_] asks Unicode's tables for every character)
_LATIN1_WORD = re.compile(
    "[" + "".join(re.escape(chr(i)) for i in range(256) if _WORD.fullmatch(chr(i))) + "]+"
)


def language(text: str) -> str:
    """``fr`` when French stopwords outnumber English ones, else ``en``."""
    head = text[:5000].lower()
    tokens = _tokens(head)
    # map over a set's __contains__ counts in C, not one Python step per word
    n_en = sum(map(words("stopwords_en.txt").__contains__, tokens))
    n_fr = sum(map(words("stopwords_fr.txt").__contains__, tokens))
    return "fr" if n_fr > n_en else "en"


def _tokens(head: str) -> list[str]:
    if head.isascii():  # lower case: the words are the runs of a-z
        return head.translate(_ASCII_NON_LETTERS).split()
    try:
        head.encode("latin-1")
    except UnicodeEncodeError:
        return _WORD.findall(head)
    return _LATIN1_WORD.findall(head)
