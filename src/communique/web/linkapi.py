"""The JSON API over the link stage: meetings, a meeting, an actor, the
mandates board, compare and phrase history — the same data functions as the
pages (``linkpages``), as JSON; failures in the one error shape."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Path, Query

from communique.web import actors, board, comparing, meetings, phrases
from communique.web.dossier import Dossier
from communique.web.errors import ERROR_RESPONSES, WebError
from communique.web.queries import as_json, summary_json

Id = Annotated[
    str, Path(min_length=1, max_length=64, description="An id or its first ≥ 4 characters")
]
Short = Annotated[str | None, Query(max_length=200)]
Year = Annotated[int | None, Query(ge=0, le=9999)]


def router(dossier: Dossier) -> APIRouter:
    r = APIRouter(prefix="/api", tags=["api"], responses=ERROR_RESPONSES)

    @r.get("/meetings", summary="Meetings by date, filtered by body and year, paged")
    async def meeting_list(
        body: Short = None,
        year: Year = None,
        limit: Annotated[int, Query(ge=1, le=meetings.MAX_MEETINGS)] = 100,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        data = meetings.meetings(dossier, body=body, year=year, offset=offset, limit=limit)
        out: dict[str, Any] = as_json(data)
        for m in out["meetings"]:
            m["links"] = {"page": f"/meeting/{m['id']}", "api": f"/api/meetings/{m['id']}"}
        return out

    @r.get("/meetings/{meeting_id}", summary="One meeting: every claim with its source")
    async def meeting(meeting_id: Id) -> dict[str, Any]:
        data: dict[str, Any] = as_json(meetings.meeting(dossier, meeting_id))
        return data

    @r.get("/actors/{actor_id}", summary="An actor: roles, quotes, asks, documents naming it")
    async def actor(actor_id: Id) -> dict[str, Any]:
        a = actors.actor(dossier, actor_id)
        out: dict[str, Any] = as_json(a)
        out["mentions"] = [
            {
                "document": summary_json(m.document),
                "names": list(m.names),
                "kind": m.kind,
                "count": m.count,
            }
            for m in a.mentions
        ]
        return out

    @r.get("/mandates", summary="The mandates board: mandates by status, with evidence")
    async def mandates(
        body: Short = None,
        status: Annotated[
            str | None, Query(max_length=20, description=", ".join(board.BOARD_ORDER))
        ] = None,
        addressee: Short = None,
        limit: Annotated[int, Query(ge=1, le=500)] = board.PER_SECTION,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        params = board.BoardParams(body, status, addressee, offset, limit)
        data: dict[str, Any] = as_json(await board.board(dossier, params))
        return data

    @r.get("/compare", summary="Two documents aligned clause by clause, word differences")
    async def compare(
        a: Annotated[str, Query(min_length=1, max_length=64)],
        b: Annotated[str, Query(min_length=1, max_length=64)],
    ) -> dict[str, Any]:
        data: dict[str, Any] = as_json(comparing.comparison(dossier, a, b))
        return data

    @r.get("/phrases", summary="Phrase history: clauses containing a phrase by year and body")
    async def phrase_history(
        q: Annotated[str, Query(min_length=1, max_length=phrases.MAX_PHRASE)],
        limit: Annotated[int, Query(ge=1, le=phrases.MAX_OCCURRENCES)] = 100,
        offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
    ) -> dict[str, Any]:
        data = await phrases.phrases(dossier, q)
        h = data.history
        if h is None:
            raise WebError(400, "invalid_parameter", "q: give words to look for")
        return {
            "phrase": h.phrase,
            "total": h.total,
            "by_year": [{"year": y, "clauses": n} for y, n in h.by_year],
            "by_body": [{"body": b, "clauses": n} for b, n in h.by_body],
            "by_year_body": [{"year": y, "body": b, "clauses": n} for y, b, n in h.by_year_body],
            "offset": offset,
            "limit": limit,
            "occurrences": as_json(h.occurrences[offset : offset + limit]),
        }

    return r


__all__ = ["router"]
