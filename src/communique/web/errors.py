"""One error shape on every surface.

Every failure becomes ``{"error": {"status": int, "code": str, "message": str}}``:
as JSON under ``/api`` (and for ``/openapi.json``), as an HTML page elsewhere.
Library errors keep their one-line reason; anything unexpected becomes a
plain 500 with no traceback and no internals.
"""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from fastapi.templating import Jinja2Templates
from starlette.exceptions import HTTPException as StarletteHTTPException

from communique.errors import CommuniqueError, NotInStoreError, QueryError

log = logging.getLogger("communique.web")

_CODES = {
    400: "bad_request",
    404: "not_found",
    405: "method_not_allowed",
    413: "too_large",
    500: "internal_error",
}


class WebError(Exception):
    """A failure to report to the client, in the one shape."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status = status
        self.code = code
        self.message = message


def error_body(status: int, code: str, message: str) -> dict[str, Any]:
    return {"error": {"status": status, "code": code, "message": message}}


ERROR_SCHEMA: dict[str, Any] = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string"},
            },
        }
    },
}

# For the OpenAPI description of every route: the one error shape.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {
        "description": description,
        "content": {"application/json": {"schema": ERROR_SCHEMA}},
    }
    for status, description in (
        (400, "Bad input: the message says which parameter and why"),
        (404, "Not found"),
    )
}


def _wants_json(request: Request) -> bool:
    path = request.url.path
    return path.startswith("/api/") or path == "/api" or path == "/openapi.json"


def _validation_message(exc: RequestValidationError) -> str:
    parts = []
    for err in exc.errors()[:3]:
        where = ".".join(str(p) for p in err.get("loc", ()) if p not in ("query", "path"))
        parts.append(f"{where}: {err.get('msg', 'invalid value')}" if where else err["msg"])
    return "; ".join(parts) or "invalid request"


def install(app: FastAPI, templates: Jinja2Templates) -> None:
    """Route every failure through ``respond``."""

    def respond(request: Request, status: int, code: str, message: str) -> Response:
        if _wants_json(request):
            return JSONResponse(error_body(status, code, message), status_code=status)
        context = {"error": error_body(status, code, message)["error"], "title": "Error"}
        try:
            return templates.TemplateResponse(request, "error.html", context, status_code=status)
        except Exception:  # the error page itself failed: a bare page, still no traceback
            log.exception("error page failed")
            return HTMLResponse(f"<h1>Error {status}</h1>", status_code=status)

    @app.exception_handler(WebError)
    async def web_error(request: Request, exc: WebError) -> Response:
        return respond(request, exc.status, exc.code, exc.message)

    @app.exception_handler(NotInStoreError)
    async def not_in_store(request: Request, exc: NotInStoreError) -> Response:
        return respond(request, 404, "not_found", exc.reason)

    @app.exception_handler(QueryError)
    async def bad_query(request: Request, exc: QueryError) -> Response:
        return respond(request, 400, "bad_query", exc.reason)

    @app.exception_handler(CommuniqueError)
    async def library_error(request: Request, exc: CommuniqueError) -> Response:
        log.warning("library error: %s", exc)
        return respond(request, 500, "store_error", exc.reason)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        return respond(request, 400, "invalid_parameter", _validation_message(exc))

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        status = exc.status_code
        message = exc.detail if isinstance(exc.detail, str) else "request failed"
        if status == 404 and message == "Not Found":
            message = f"no page at {request.url.path}"
        return respond(request, status, _CODES.get(status, "http_error"), message)

    @app.exception_handler(Exception)
    async def unexpected(request: Request, exc: Exception) -> Response:
        log.exception("unexpected error on %s", request.url.path)
        return respond(request, 500, "internal_error", "the server could not answer this request")


__all__ = ["ERROR_RESPONSES", "WebError", "error_body", "install"]
