"""The JSON API: every page's data at a stable URL under ``/api``, from the
same functions in ``queries`` the pages use. Failures answer in the one
error shape (``errors``)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from communique.search.query import MAX_QUERY_CHARS
from communique.web import queries
from communique.web.errors import ERROR_RESPONSES
from communique.web.queries import MAX_LIMIT, RESULT_CAP, Dossier, as_json

Id = Annotated[
    str, Path(min_length=1, max_length=64, description="A record id or its first ≥ 4 characters")
]
Limit = Annotated[int, Query(ge=1, le=MAX_LIMIT, description=f"At most {MAX_LIMIT}")]
Offset = Annotated[int, Query(ge=0, le=1_000_000)]
Year = Annotated[int | None, Query(ge=0, le=9999)]
DocType = Annotated[
    str | None, Query(max_length=40, description="A document type (vocab.DOC_TYPES)")
]
Short = Annotated[str | None, Query(max_length=200)]


def router(dossier: Dossier) -> APIRouter:
    r = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)

    @r.get("/stats", summary="Counts over the whole dossier")
    async def stats() -> dict[str, Any]:
        return queries.stats(dossier)

    @r.get("/home", summary="The home page's data: counts and the timeline")
    async def home() -> dict[str, Any]:
        data: dict[str, Any] = as_json(queries.home(dossier))
        return data

    @r.get("/documents", summary="Documents, oldest first, filtered and paged")
    async def documents(
        type: DocType = None,
        year: Year = None,
        limit: Limit = 50,
        offset: Offset = 0,
    ) -> dict[str, Any]:
        d = queries.documents(dossier, doc_type=type, year=year, offset=offset, limit=limit)
        return {
            "total": d.page.total,
            "offset": d.offset,
            "limit": d.limit,
            "documents": [queries.summary_json(s) for s in d.page.items],
        }

    @r.get("/documents/{record_id}", summary="One document: title block, clauses, annotations")
    async def document(record_id: Id) -> dict[str, Any]:
        return queries.document_json(queries.document(dossier, record_id))

    @r.get("/search", summary="Full-text search over clauses, with facets")
    async def search(
        q: Annotated[
            str, Query(max_length=MAX_QUERY_CHARS, description='Words, "phrases", OR, -excluded')
        ],
        type: DocType = None,
        year_from: Year = None,
        year_to: Year = None,
        body: Short = None,
        act: Short = None,
        language: Short = None,
        limit: Limit = 20,
        offset: Annotated[int, Query(ge=0, lt=RESULT_CAP)] = 0,
    ) -> dict[str, Any]:
        params = queries.SearchParams(
            q, type, year_from, year_to, body, act, language, offset, limit
        )
        result = queries.search(dossier, params)
        data: dict[str, Any] = as_json(result)
        for hit in data["hits"]:
            del hit["pieces"]  # the HTML rendering of snippet + highlights
            hit["links"] = {"page": f"/document/{hit['record_id']}#c{hit['clause_seq']}"}
        data["cap"] = RESULT_CAP
        return data

    return r


__all__ = ["router"]
