"""The web application: ``create_app(store_path)`` → a FastAPI app serving
HTML pages and a JSON API over one store, opened read-only.

    communique serve --db communique.db     # http://127.0.0.1:8000/

Routes are ``async``: the work is CPU-bound and the store's connection is
used by one request at a time, so requests run on the event loop and more
throughput comes from more worker processes (``--workers``), not threads.
"""

from __future__ import annotations

import os
import socket
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path

import jinja2
from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates

from communique import __version__
from communique.errors import StoreError
from communique.store import open_store
from communique.web import api, errors, linkapi, linkpages, pages
from communique.web.cache import ResponseCache, SecurityHeaders
from communique.web.dossier import Dossier
from communique.web.meetings import human_date

HERE = Path(str(resources.files("communique.web")))

# Nothing is loaded from anywhere but this server; no inline script runs.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
        " form-action 'self'; base-uri 'none'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


def templates() -> Jinja2Templates:
    """Templates with autoescape on for every file: document text is never markup."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(HERE / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    env.globals["version"] = __version__
    env.filters["human_date"] = human_date
    return Jinja2Templates(env=env)


def create_app(store_path: str | os.PathLike[str], *, cache: bool | None = None) -> FastAPI:
    """The app over the store at ``store_path`` (opened read-only at startup).

    ``cache`` keeps whole responses per URL (``cache.ResponseCache``); by
    default on unless ``$COMMUNIQUE_WEB_CACHE`` is ``0``."""
    if cache is None:
        cache = os.environ.get("COMMUNIQUE_WEB_CACHE", "1") != "0"
    dossier = Dossier(open_store(store_path, read_only=True))

    @asynccontextmanager
    async def lifespan(_: FastAPI) -> AsyncIterator[None]:
        yield
        dossier.close()

    app = FastAPI(
        title="communique",
        version=__version__,
        description="The dossier as JSON: the data of every page, in one error shape.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: not offline
        redoc_url=None,
        lifespan=lifespan,
    )
    app.state.dossier = dossier
    t = templates()
    errors.install(app, t)

    # Pure ASGI middleware (no BaseHTTPMiddleware task per request); the cache
    # is outermost but for the headers, so a hit skips routing altogether.
    if cache:
        app.add_middleware(ResponseCache, generation=dossier.generation)
    app.add_middleware(SecurityHeaders, headers=SECURITY_HEADERS)
    app.mount("/static", StaticFiles(directory=str(HERE / "static")), name="static")
    app.include_router(api.router(dossier))
    app.include_router(linkapi.router(dossier))
    app.include_router(pages.router(dossier, t))
    app.include_router(linkpages.router(dossier, t))
    return app


def serve(store_path: str, *, host: str = "127.0.0.1", port: int = 8000, workers: int = 1) -> None:
    """Serve the store until interrupted. The store is first opened once for
    writing, so that its schema and search index are current; every worker
    then opens it read-only."""
    import uvicorn

    path = os.path.abspath(store_path)
    if not os.path.isfile(path):
        raise StoreError("no store here (build one with: communique ingest examples/)", path)
    open_store(path).close()
    if workers == 1:
        uvicorn.run(create_app(path), host=host, port=port, log_level="warning")
        return
    from uvicorn.supervisors import Multiprocess

    os.environ["COMMUNIQUE_DB"] = path
    config = uvicorn.Config(
        "communique.web.app:app_from_env",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_level="warning",
    )
    Multiprocess(config, sockets=[_listen(host, port)]).run()


def _listen(host: str, port: int) -> socket.socket:
    """The listening socket for several workers, made with protocol TCP.

    uvicorn makes its own with protocol 0, and asyncio then leaves Nagle's
    algorithm on for the connections it accepts (it sets TCP_NODELAY only
    where ``sock.proto == IPPROTO_TCP``): measured here, every keep-alive
    response then waited ~40 ms for a delayed ACK."""
    family, kind, proto, _, address = socket.getaddrinfo(
        host, port, type=socket.SOCK_STREAM, proto=socket.IPPROTO_TCP
    )[0]
    sock = socket.socket(family, kind, proto)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind(address)
    sock.listen(2048)
    sock.set_inheritable(True)
    return sock


def app_from_env() -> FastAPI:
    """For ``uvicorn --factory`` with several workers: the store in ``$COMMUNIQUE_DB``."""
    return create_app(os.environ.get("COMMUNIQUE_DB") or "communique.db")


__all__ = ["app_from_env", "create_app", "serve"]
