"""How text becomes search terms, the same way for the index and the query.

Words are runs of letters and digits, lower-cased and folded to ASCII
("Côte" → "cote"); anything else separates them, so "self-determination" is
the two terms "self", "determination" at adjacent positions. Next to the
words, the index holds word bigrams joined by "_" ("self_determination"):
a two-word phrase is then one term, which the index can rank without
visiting every document that has both words.
"""

from __future__ import annotations

import itertools
from functools import cache

import tantivy

WORDS = "communique_words"  # tokenizer of the text field
SHINGLES = "communique_shingles"  # tokenizer of the bigram field: already-made terms
MAX_TERM_CHARS = 40  # longer runs (URLs, hashes) are not indexed


@cache
def analyzer() -> tantivy.TextAnalyzer:
    return (
        tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.simple())
        .filter(tantivy.Filter.remove_long(MAX_TERM_CHARS))
        .filter(tantivy.Filter.lowercase())
        .filter(tantivy.Filter.ascii_fold())
        .build()
    )


@cache
def shingle_analyzer() -> tantivy.TextAnalyzer:
    return tantivy.TextAnalyzerBuilder(tantivy.Tokenizer.whitespace()).build()


def terms(text: str) -> list[str]:
    """The search terms of ``text``, in order."""
    result: list[str] = analyzer().analyze(text)
    return result


def bigram(first: str, second: str) -> str:
    return f"{first}_{second}"


def shingles(words: list[str]) -> str:
    """The bigram field's text for a term sequence: "a_b b_c …"."""
    return " ".join(map("_".join, itertools.pairwise(words)))


def term_spans(text: str) -> list[tuple[str, int, int]]:
    """Each term of ``text`` with its [start, end) character offsets."""
    return [
        (token.text, token.char_offset_from, token.char_offset_to)
        for token in analyzer().pre_tokenize(text).tokens
    ]


def register(index: tantivy.Index) -> None:
    """Teach an index our tokenizers (tantivy does not persist them)."""
    index.register_tokenizer(WORDS, analyzer())
    index.register_tokenizer(SHINGLES, shingle_analyzer())


__all__ = [
    "MAX_TERM_CHARS",
    "SHINGLES",
    "WORDS",
    "analyzer",
    "bigram",
    "register",
    "shingles",
    "term_spans",
    "terms",
]
