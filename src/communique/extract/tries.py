"""Word lists as one regular expression, factored as a character trie.

An alternation of hundreds of names makes the engine try every name at every
place; the same names as a trie ("sep(?:t(?:emb(?:re|er))?)?") branch once per
character. The branches at each point start with different characters, so at
most one of them can go on, and a name that ends where a longer one goes on
is an optional tail: the longer one is tried first, as in a list sorted by
length.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping


def trie_pattern(words: Iterable[str], atoms: Mapping[str, str] | None = None) -> str:
    """The regex source matching exactly ``words``, longest first; ``atoms``
    replaces a character by a pattern of its own (a space by ``\\s+``)."""
    return _walk(sorted(set(words)), atoms or {})


def _walk(words: list[str], atoms: Mapping[str, str]) -> str:
    """The trie below a node, given the rest of each word there (sorted, distinct;
    "" where a word ends). Words that share a first character share a branch, and
    the run of characters they all share is written at once: a trie node is never
    built, so a long name costs one step, not one per character."""
    ends = bool(words) and words[0] == ""
    rest = words[1:] if ends else words
    branches = []
    i = 0
    while i < len(rest):
        j = i + 1
        while j < len(rest) and rest[j][0] == rest[i][0]:
            j += 1
        shared = common_prefix(rest[i], rest[j - 1])  # sorted: the first and last agree on it
        run = "".join(atoms.get(ch) or re.escape(ch) for ch in shared)
        branches.append(run + _walk([w[len(shared) :] for w in rest[i:j]], atoms))
        i = j
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if ends else inner


def common_prefix(a: str, b: str) -> str:
    """The characters that ``a`` and ``b`` both start with."""
    n = 0
    while n < len(a) and n < len(b) and a[n] == b[n]:
        n += 1
    return a[:n]


__all__ = ["common_prefix", "trie_pattern"]
