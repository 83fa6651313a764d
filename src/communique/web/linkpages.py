"""The HTML pages over the link stage: meetings, a meeting, an actor, the
mandates board, compare and phrase history. Each renders one data function
(``meetings``, ``actors``, ``board``, ``comparing``, ``phrases``) with a
template; every page's state is in its URL."""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates
from markupsafe import Markup

from communique.link.compare_html import compare_fragment
from communique.web import actors, board, comparing, meetings, phrases
from communique.web.dossier import Dossier
from communique.web.pages import year_of

Id = Annotated[str, Path(min_length=1, max_length=64)]
Short = Annotated[str | None, Query(max_length=200)]
MEETINGS_PER_PAGE = 100


def _blank(value: str | None) -> str | None:
    return value.strip() or None if value else None


def url(path: str, **params: Any) -> str:
    """``path`` with the given query parameters, leaving out empty ones."""
    q = {k: v for k, v in params.items() if v not in (None, "") and not (k == "page" and v == 1)}
    return path + ("?" + urlencode(q) if q else "")


def router(dossier: Dossier, templates: Jinja2Templates) -> APIRouter:
    r = APIRouter(include_in_schema=False)

    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, context)

    @r.get("/meetings", response_class=HTMLResponse)
    async def meeting_list(
        request: Request,
        body: Short = None,
        year: Annotated[str | None, Query(max_length=4)] = None,
        page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    ) -> HTMLResponse:
        data = meetings.meetings(
            dossier,
            body=_blank(body),
            year=year_of(year),
            offset=(page - 1) * MEETINGS_PER_PAGE,
            limit=MEETINGS_PER_PAGE,
        )
        pages = -(-data.total // MEETINGS_PER_PAGE)

        def link(page: int) -> str:
            return url("/meetings", body=data.body, year=data.year, page=page)

        return render(
            request,
            "meetings.html",
            data=data,
            page=page,
            pages=pages,
            url=lambda page: link(page),
            title="Meetings",
        )

    @r.get("/meeting/{meeting_id}", response_class=HTMLResponse)
    async def meeting(request: Request, meeting_id: Id) -> HTMLResponse:
        data = meetings.meeting(dossier, meeting_id)
        return render(request, "meeting.html", data=data, title=data.title)

    @r.get("/actor/{actor_id}", response_class=HTMLResponse)
    async def actor(request: Request, actor_id: Id) -> HTMLResponse:
        data = actors.actor(dossier, actor_id)
        name = data.names[0] if data.names else actor_id
        return render(request, "actor.html", data=data, title=name)

    @r.get("/mandates", response_class=HTMLResponse)
    async def mandates(
        request: Request,
        body: Short = None,
        status: Annotated[str | None, Query(max_length=20)] = None,
        addressee: Short = None,
        page: Annotated[int, Query(ge=1, le=10_000)] = 1,
    ) -> HTMLResponse:
        params = board.BoardParams(
            _blank(body),
            _blank(status),
            _blank(addressee),
            offset=(page - 1) * board.PER_SECTION,
        )
        data = await board.board(dossier, params)

        def link(**change: Any) -> str:
            p = {"body": params.body, "status": params.status, "addressee": params.addressee}
            return url("/mandates", **{**p, **change})

        return render(
            request,
            "mandates.html",
            data=data,
            page=page,
            link=link,
            order=board.BOARD_ORDER,
            title="Mandates",
        )

    @r.get("/compare", response_class=HTMLResponse)
    async def compare(request: Request, a: Short = None, b: Short = None) -> HTMLResponse:
        data = comparing.comparison(dossier, _blank(a), _blank(b))
        table = (
            Markup(compare_fragment(data.comparison)) if data.comparison else None
        )  # compare_fragment escapes every text
        title = (
            f"Compare {data.comparison.label_a} → {data.comparison.label_b}"
            if data.comparison
            else "Compare two documents"
        )
        return render(request, "compare.html", data=data, table=table, title=title)

    @r.get("/phrases", response_class=HTMLResponse)
    async def phrase_history(request: Request, q: Short = None) -> HTMLResponse:
        data = await phrases.phrases(dossier, q or "")
        chart = Markup(data.chart) if data.chart else None  # charts escape every label
        title = f"Phrase history: {data.phrase}" if data.phrase else "Phrase history"
        return render(request, "phrases.html", data=data, chart=chart, title=title)

    return r


__all__ = ["router", "url"]
