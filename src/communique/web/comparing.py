"""The compare page's data: two documents aligned clause by clause with
word-level differences (``link.compare``), and the documents of the first
one's series to pick the second from."""

from __future__ import annotations

from dataclasses import dataclass

from communique.link.compare import Comparison, compare
from communique.web.context import DocRef, context
from communique.web.dossier import Dossier
from communique.web.errors import WebError


@dataclass(frozen=True)
class ComparePage:
    a: str | None
    b: str | None
    comparison: Comparison | None  # None until both documents are given
    suggestions: tuple[DocRef, ...]  # documents of a's series, to compare it with


def comparison(dossier: Dossier, a: str | None, b: str | None) -> ComparePage:
    """Compare ``a`` with ``b`` (record ids or unique prefixes); with one or
    neither given, only the suggestions for the form."""
    if (a is None) != (b is None) and b is not None:
        a, b = b, a
    if a is None:
        return ComparePage(None, None, None, ())
    with dossier.use() as store:
        first = store.get(a)  # NotInStoreError: 404 in the one shape
        second = store.get(b) if b is not None else None
    suggestions = context(dossier, first.id).compare_with
    if second is None:
        return ComparePage(first.id, None, None, suggestions)
    if not (first.clauses or second.clauses):
        raise WebError(400, "invalid_parameter", "neither document has clauses to compare")
    return ComparePage(first.id, second.id, compare(first, second), suggestions)


__all__ = ["ComparePage", "comparison"]
