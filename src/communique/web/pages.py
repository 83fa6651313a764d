"""The HTML pages: each renders one function of ``queries`` with a template.

Every page is a GET with its state in the URL, so any view (a facet, a page
of results) can be bookmarked and sent to a colleague.
"""

from __future__ import annotations

from typing import Annotated, Any
from urllib.parse import urlencode

from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from communique.search.query import MAX_QUERY_CHARS
from communique.vocab import DOC_TYPES
from communique.web import queries
from communique.web.chart import COLOURS
from communique.web.errors import WebError
from communique.web.queries import MAX_LIMIT, RESULT_CAP, Dossier, SearchParams

PER_PAGE = 20
Id = Annotated[str, Path(min_length=1, max_length=64)]
Year = Annotated[int | None, Query(ge=0, le=9999)]
Short = Annotated[str | None, Query(max_length=200)]
PageNo = Annotated[int, Query(ge=1, le=RESULT_CAP // PER_PAGE)]


def _blank(value: str | None) -> str | None:
    """A form sends empty fields as ``name=``: the same as not given."""
    return value if value else None


def search_url(params: SearchParams, **change: Any) -> str:
    """The URL of the search page for ``params`` with some fields changed
    (``None`` removes a filter); changing a filter goes back to page 1."""
    values: dict[str, Any] = {
        "q": params.q,
        "type": params.doc_type,
        "year_from": params.year_from,
        "year_to": params.year_to,
        "body": params.body,
        "act": params.act,
        "language": params.language,
        "page": params.offset // PER_PAGE + 1,
    }
    if "page" not in change:
        values["page"] = None
    values.update(change)
    if values.get("page") == 1:
        values["page"] = None
    return "/search?" + urlencode({k: v for k, v in values.items() if v not in (None, "")})


def router(dossier: Dossier, templates: Jinja2Templates) -> APIRouter:
    r = APIRouter(include_in_schema=False)

    def render(request: Request, name: str, **context: Any) -> HTMLResponse:
        return templates.TemplateResponse(request, name, {"doc_types": DOC_TYPES, **context})

    @r.get("/", response_class=HTMLResponse)
    async def home(request: Request) -> HTMLResponse:
        return render(request, "home.html", data=queries.home(dossier), title="Dossier")

    @r.get("/documents", response_class=HTMLResponse)
    async def documents(
        request: Request,
        type: Short = None,
        year: Annotated[str | None, Query(max_length=4)] = None,
        page: Annotated[int, Query(ge=1, le=100_000)] = 1,
    ) -> HTMLResponse:
        y = year_of(year)
        data = queries.documents(
            dossier, doc_type=_blank(type), year=y, offset=(page - 1) * 50, limit=50
        )
        base = {"type": data.doc_type, "year": data.year}

        def url(p: int) -> str:
            q = {k: v for k, v in {**base, "page": p if p > 1 else None}.items() if v is not None}
            return "/documents" + ("?" + urlencode(q) if q else "")

        pages = -(-data.page.total // 50)
        return render(
            request, "documents.html", data=data, page=page, pages=pages, url=url, title="Documents"
        )

    @r.get("/search", response_class=HTMLResponse)
    async def search(
        request: Request,
        q: Annotated[str, Query(max_length=MAX_QUERY_CHARS)] = "",
        type: Short = None,
        year_from: Annotated[str | None, Query(max_length=4)] = None,
        year_to: Annotated[str | None, Query(max_length=4)] = None,
        body: Short = None,
        act: Short = None,
        language: Short = None,
        page: PageNo = 1,
    ) -> HTMLResponse:
        params = SearchParams(
            q=q,
            doc_type=_blank(type),
            year_from=year_of(year_from),
            year_to=year_of(year_to),
            body=_blank(body),
            act=_blank(act),
            language=_blank(language),
            offset=(page - 1) * PER_PAGE,
            limit=min(PER_PAGE, MAX_LIMIT),
        )
        if not q.strip():
            queries.check_search(params)
            return render(request, "search.html", params=params, data=None, title="Search")
        data = queries.search(dossier, params)
        pages = -(-data.total // PER_PAGE)
        return render(
            request,
            "search.html",
            params=data.params,
            data=data,
            page=page,
            pages=pages,
            url=lambda **c: search_url(data.params, **c),
            colours=COLOURS,
            cap=RESULT_CAP,
            title=f"Search: {q}",
        )

    @r.get("/document/{record_id}", response_class=HTMLResponse)
    async def document(request: Request, record_id: Id) -> HTMLResponse:
        data = queries.document(dossier, record_id)
        title = data.record.title or data.record.symbol or data.record.id
        return render(request, "document.html", data=data, title=title)

    @r.get("/document/{record_id}/source")
    async def source(record_id: Id) -> Response:
        f = queries.source_file(dossier, record_id)
        return FileResponse(
            f.path,
            media_type=f.media_type,
            filename=f.filename,
            content_disposition_type="attachment",
        )

    return r


def year_of(value: str | None) -> int | None:
    """A year from a form field: empty is none; anything else must be digits."""
    if value is None or value == "":
        return None
    if not value.isascii() or not value.isdigit():
        raise WebError(400, "invalid_parameter", "year: must be a year such as 2024")
    return int(value)


__all__ = ["PER_PAGE", "router", "search_url", "year_of"]
