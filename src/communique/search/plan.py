"""How a parsed query becomes a tantivy query.

The shapes are chosen so the index can rank without scoring every match:

- a word is one term on ``text``;
- a two-word phrase is one bigram term on ``shingles`` ("security_council");
- a longer phrase is all its bigrams plus a positional phrase check on
  ``text`` (scored 0: the bigrams carry the score);
- a query of one such term and no filter is passed on bare, so tantivy
  can use block-max WAND; everything else is a boolean query.

Filters (document type, year range) are constant-score clauses that add
nothing to the ranking.
"""

from __future__ import annotations

import itertools

import tantivy
from tantivy import Occur, Query

from communique.errors import QueryError
from communique.search import text
from communique.search.query import ParsedQuery, Phrase
from communique.vocab import DOC_TYPES

MAX_LIMIT = 1000


def check_filters(
    doc_type: str | None, year_from: int | None, year_to: int | None, limit: int
) -> None:
    if doc_type is not None and doc_type not in DOC_TYPES:
        raise QueryError(f"unknown document type {doc_type!r} (one of {', '.join(DOC_TYPES)})")
    if year_from is not None and year_to is not None and year_from > year_to:
        raise QueryError(f"year range is empty: {year_from} is after {year_to}")
    if not 1 <= limit <= MAX_LIMIT:
        raise QueryError(f"limit must be between 1 and {MAX_LIMIT}")


def phrase_query(schema: tantivy.Schema, phrase: Phrase) -> Query:
    if len(phrase) == 1:
        return Query.term_query(schema, "text", phrase[0], index_option="freq")
    bigrams = list(dict.fromkeys(text.bigram(a, b) for a, b in itertools.pairwise(phrase)))
    if len(phrase) == 2:
        return Query.term_query(schema, "shingles", bigrams[0], index_option="freq")
    parts = [
        (Occur.Must, Query.term_query(schema, "shingles", b, index_option="freq")) for b in bigrams
    ]
    exact = Query.phrase_query(schema, "text", list(phrase))
    parts.append((Occur.Must, Query.const_score_query(exact, 0.0)))
    return Query.boolean_query(parts)


def group_query(schema: tantivy.Schema, group: tuple[Phrase, ...]) -> Query:
    if len(group) == 1:
        return phrase_query(schema, group[0])
    return Query.boolean_query([(Occur.Should, phrase_query(schema, p)) for p in group])


def plan(
    schema: tantivy.Schema,
    parsed: ParsedQuery,
    *,
    doc_type: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
) -> Query:
    """The tantivy query for ``parsed`` under the given filters."""
    parts = [(Occur.Must, group_query(schema, g)) for g in parsed.required]
    parts += [(Occur.MustNot, phrase_query(schema, p)) for p in parsed.excluded]
    if doc_type is not None:
        only = Query.term_query(schema, "doc_type", doc_type, index_option="basic")
        parts.append((Occur.Must, Query.const_score_query(only, 0.0)))
    if year_from is not None or year_to is not None:
        years = Query.range_query(
            schema, "year", tantivy.FieldType.Integer, lower_bound=year_from, upper_bound=year_to
        )
        parts.append((Occur.Must, Query.const_score_query(years, 0.0)))
    if len(parts) == 1:
        return parts[0][1]
    return Query.boolean_query(parts)


__all__ = ["MAX_LIMIT", "check_filters", "phrase_query", "plan"]
