"""The user's query language, parsed into terms before anything reaches the index.

    words            all must match:            security council
    "a phrase"       the words in this order:   "territorial integrity"
    a OR b           either side:               ceasefire OR truce
    -word, -"…"      must not match:            sanctions -lifted
    NOT word         same as -word; AND is accepted and changes nothing

A word that the analyser splits (self-determination, S/RES/2250) is a phrase
of its parts. Queries are rebuilt from the parsed terms, never passed on as
text, so no user input reaches the index's own query syntax.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass

from communique.errors import QueryError
from communique.search import text

MAX_QUERY_CHARS = 500
MAX_PHRASES = 32

Phrase = tuple[str, ...]  # analysed terms in order; one term is a plain word


@dataclass(frozen=True)
class ParsedQuery:
    """Every group must match; a group matches when one of its phrases does;
    no excluded phrase may match."""

    required: tuple[tuple[Phrase, ...], ...]
    excluded: tuple[Phrase, ...] = ()

    def phrases(self) -> tuple[Phrase, ...]:
        """The phrases that can match, for highlighting."""
        return tuple(p for group in self.required for p in group)


@dataclass(frozen=True)
class _Token:
    kind: str  # "word", "phrase", "OR", "AND", "NOT"
    value: str = ""
    negated: bool = False


def parse_query(query: str) -> ParsedQuery:
    """Parse ``query``; raise QueryError with a one-line reason if it cannot run."""
    _check_characters(query)
    items = _resolve(_lex(query))
    required: list[list[Phrase]] = []
    excluded: list[Phrase] = []
    join_next = False
    for item in items:
        if item.kind == "OR":
            if not required or join_next:
                raise QueryError("OR needs a term on each side")
            join_next = True
            continue
        phrase = tuple(text.terms(item.value))
        if not phrase:
            if item.kind == "phrase":
                raise QueryError("a quoted phrase has no words in it")
            if join_next:
                raise QueryError("OR needs a term on each side")
            continue  # punctuation on its own: nothing to match
        if item.negated:
            if join_next:
                raise QueryError("OR cannot join an excluded term")
            excluded.append(phrase)
        elif join_next:
            required[-1].append(phrase)
            join_next = False
        else:
            required.append([phrase])
    if join_next:
        raise QueryError("OR needs a term on each side")
    if not required:
        raise QueryError("nothing to search for: add a word that is not excluded")
    if sum(len(g) for g in required) + len(excluded) > MAX_PHRASES:
        raise QueryError(f"too many terms (at most {MAX_PHRASES})")
    return ParsedQuery(tuple(tuple(dict.fromkeys(g)) for g in required), tuple(excluded))


def _check_characters(query: str) -> None:
    if not query.strip():
        raise QueryError("empty query")
    if len(query) > MAX_QUERY_CHARS:
        raise QueryError(f"query too long ({len(query)} characters, at most {MAX_QUERY_CHARS})")
    for char in query:
        if unicodedata.category(char) == "Cc":
            raise QueryError(f"control character U+{ord(char):04X} in query")


def _lex(query: str) -> list[_Token]:
    tokens: list[_Token] = []
    i, n = 0, len(query)
    while i < n:
        char = query[i]
        if char.isspace():
            i += 1
            continue
        negated = False
        if char == "-":
            if i + 1 >= n or query[i + 1].isspace():
                raise QueryError("'-' must be followed by a word or a phrase to exclude")
            negated = True
            i += 1
            char = query[i]
        if char == '"':
            close = query.find('"', i + 1)
            if close < 0:
                raise QueryError("unbalanced quote: a phrase is opened but not closed")
            tokens.append(_Token("phrase", query[i + 1 : close], negated))
            i = close + 1
            continue
        j = i
        while j < n and not query[j].isspace() and query[j] != '"':
            j += 1
        word = query[i:j]
        if word in ("OR", "AND", "NOT") and not negated:
            tokens.append(_Token(word))
        else:
            tokens.append(_Token("word", word, negated))
        i = j
    return tokens


def _resolve(tokens: list[_Token]) -> list[_Token]:
    """Apply NOT to the following term and drop AND (terms are joined by AND anyway)."""
    out: list[_Token] = []
    pending: str | None = None  # an AND or NOT still waiting for its term
    for token in tokens:
        if token.kind in ("AND", "NOT"):
            if pending == "NOT" or (
                token.kind == "AND" and (pending == "AND" or not out or out[-1].kind == "OR")
            ):
                raise QueryError(_dangling(token.kind))
            pending = token.kind
            continue
        if token.kind == "OR":
            if pending:
                raise QueryError(_dangling(pending))
        elif pending == "NOT":
            token = _Token(token.kind, token.value, negated=True)
        if token.kind != "OR":
            pending = None
        out.append(token)
    if pending:
        raise QueryError(_dangling(pending))
    return out


def _dangling(operator: str) -> str:
    if operator == "NOT":
        return "NOT must be followed by a word or a phrase"
    return f"{operator} needs a term on each side"


__all__ = ["MAX_PHRASES", "MAX_QUERY_CHARS", "ParsedQuery", "Phrase", "parse_query"]
