"""How text becomes search terms, the same way for the index and the query.

Words are runs of letters and digits, lower-cased and folded to ASCII
("Côte" → "cote"); anything else separates them, so "self-determination" is
the two terms "self", "determination" at adjacent positions. Next to the
words, the index holds word pairs joined by "_" ("self_determination",
"security_council"): a phrase of two words is then one term, which the index
can rank without visiting every document that has both words, and a longer
phrase is the chain of its pairs. Pairs, not triples too: triples are mostly
terms seen once, and indexing them cost as much as everything else in the
index together (ingest time), while a chain of pairs ranks a three-word
phrase nearly as fast (`benchmarks/search_latency.py`).
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from functools import cache

import tantivy

WORDS = "communique_words"  # tokenizer of the text field
SHINGLES = "communique_shingles"  # tokenizer of the word-pair field: already-made terms
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


SHINGLE_SIZE = 2  # words in a shingle term


def shingle(words: Sequence[str]) -> str:
    """The one term that stands for two consecutive words."""
    return "_".join(words)


def shingles(words: list[str]) -> str:
    """The shingle field's text for a term sequence: "a_b b_c c_d …"."""
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
    "SHINGLE_SIZE",
    "WORDS",
    "analyzer",
    "register",
    "shingle",
    "shingles",
    "term_spans",
    "terms",
]
