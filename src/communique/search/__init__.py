"""Relevance-ranked search over clause and paragraph text.

``SearchIndex.search`` is the one code path: the store's ``search`` calls it,
and so does the latency benchmark. See ``query`` for the syntax, ``plan``
for how it becomes an index query, ``index`` for how the index is kept.
"""

from __future__ import annotations

from communique.search.index import SearchIndex
from communique.search.query import ParsedQuery, parse_query
from communique.search.results import Hit, Match, Matches, SearchResult

__all__ = ["Hit", "Match", "Matches", "ParsedQuery", "SearchIndex", "SearchResult", "parse_query"]
