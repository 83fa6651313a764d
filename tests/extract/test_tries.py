"""Word lists as a trie pattern: the same matches as the plain alternation, longest first."""

from __future__ import annotations

import re

import pytest

from communique.extract.tries import trie_pattern


@pytest.mark.parametrize(
    ("words", "atoms", "pattern"),
    [
        (["sep", "september", "sept", "septembre"], None, "sep(?:t(?:emb(?:er|re))?)?"),
        (["un", "oic"], None, "(?:oic|un)"),
        (["a.b"], None, r"a\.b"),
        (["security council"], {" ": r"\s+"}, r"security\s+council"),
    ],
)
def test_trie_pattern(words: list[str], atoms: dict[str, str] | None, pattern: str) -> None:
    assert trie_pattern(words, atoms) == pattern


def test_the_longest_word_wins_as_in_a_sorted_alternation() -> None:
    words = ["sep", "sept", "september", "septembre", "oct", "october", "o"]
    plain = re.compile("|".join(sorted(words, key=len, reverse=True)))
    trie = re.compile(trie_pattern(words))
    text = "sep sept september septembre octob o oc october x"
    assert [m.span() for m in trie.finditer(text)] == [m.span() for m in plain.finditer(text)]
