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
from typing import Any


def trie_pattern(words: Iterable[str], atoms: Mapping[str, str] | None = None) -> str:
    """The regex source matching exactly ``words``, longest first; ``atoms``
    replaces a character by a pattern of its own (a space by ``\\s+``)."""
    trie: dict[str, Any] = {}
    for word in words:
        node = trie
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return _walk(trie, atoms or {})


def _walk(node: dict[str, Any], atoms: Mapping[str, str]) -> str:
    branches = [
        (atoms.get(ch) or re.escape(ch)) + _walk(node[ch], atoms) for ch in sorted(node) if ch
    ]
    if not branches:
        return ""
    inner = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    return f"(?:{inner})?" if "" in node else inner


__all__ = ["trie_pattern"]
