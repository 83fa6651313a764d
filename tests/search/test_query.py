"""The query language: what parses into which terms, and what is refused."""

from __future__ import annotations

import pytest

from communique.errors import QueryError
from communique.search.query import MAX_QUERY_CHARS, ParsedQuery, parse_query


@pytest.mark.parametrize(
    ("query", "required", "excluded"),
    [
        ("council", [[("council",)]], []),
        ("Security   Council", [[("security",)], [("council",)]], []),
        ('"security council"', [[("security", "council")]], []),
        ("self-determination", [[("self", "determination")]], []),
        ("Côte d'Ivoire", [[("cote",)], [("d", "ivoire")]], []),
        ("ceasefire OR truce", [[("ceasefire",), ("truce",)]], []),
        ("a OR b OR c d", [[("a",), ("b",), ("c",)], [("d",)]], []),
        ("sanctions -lifted", [[("sanctions",)]], [("lifted",)]),
        ('sanctions -"lifted on"', [[("sanctions",)]], [("lifted", "on")]),
        ("sanctions NOT lifted", [[("sanctions",)]], [("lifted",)]),
        ("sanctions AND lifted", [[("sanctions",)], [("lifted",)]], []),
        (
            "sanctions and lifted or not",
            [[(w,)] for w in ("sanctions", "and", "lifted", "or", "not")],
            [],
        ),
        ("S/RES/2250 (2015)", [[("s", "res", "2250")], [("2015",)]], []),
        ("peace & security", [[("peace",)], [("security",)]], []),
    ],
)
def test_parses(
    query: str, required: list[list[tuple[str, ...]]], excluded: list[tuple[str, ...]]
) -> None:
    parsed = parse_query(query)
    assert parsed == ParsedQuery(tuple(tuple(g) for g in required), tuple(excluded))


@pytest.mark.parametrize(
    ("query", "reason"),
    [
        ("", "empty query"),
        ("   ", "empty query"),
        ('"security council', "unbalanced quote"),
        ('security "council" "', "unbalanced quote"),
        ('""', "no words"),
        ('"--"', "no words"),
        ("OR", "OR needs a term on each side"),
        ("council OR", "OR needs a term on each side"),
        ("OR council", "OR needs a term on each side"),
        ("a OR OR b", "OR needs a term on each side"),
        ("a OR -b", "OR cannot join an excluded term"),
        ("-", "'-' must be followed"),
        ("peace - security", "'-' must be followed"),
        ("NOT", "NOT must be followed"),
        ("peace NOT", "NOT must be followed"),
        ("AND peace", "AND needs a term on each side"),
        ("peace AND", "AND needs a term on each side"),
        ("peace AND AND war", "AND needs a term on each side"),
        ("-peace", "nothing to search for"),
        ("-peace -war", "nothing to search for"),
        ("&&& ///", "nothing to search for"),
        ("x" * (MAX_QUERY_CHARS + 1), "query too long"),
        ("peace\x00war", "control character U+0000"),
        ("peace\nwar", "control character U+000A"),
        ("peace\x1b[31m", "control character U+001B"),
        (" ".join(f"w{i}" for i in range(40)), "too many terms"),
    ],
)
def test_malformed_queries_are_refused(query: str, reason: str) -> None:
    with pytest.raises(QueryError) as caught:
        parse_query(query)
    message = str(caught.value)
    assert reason in message
    assert "\n" not in message
