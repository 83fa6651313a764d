"""Two small ASGI middlewares: the security headers on every response, and a
per-process cache of whole responses.

``ResponseCache`` keeps the bytes of every successful ``GET`` answer (status
200, not streamed from a file) per URL in an LRU bounded by entries and
bytes, under the store generation it was made at. It is safe because the
store is opened read-only while serving: the same URL gives the same bytes
until the store's write counter moves (an ``ingest`` by another process),
and every entry made at another generation is a miss. A hit costs one
indexed read of that counter and no routing, validation, query or template.

The key is the path and the raw query string: ``/search?q=a&type=x`` and
``/search?type=x&q=a`` are two entries with the same bytes.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from starlette.types import ASGIApp, Message, Receive, Scope, Send

MAX_ENTRIES = 4096
MAX_BYTES = 128 << 20  # all entries together
MAX_ENTRY = 2 << 20  # a bigger answer is not kept
UNCACHED = ("/static/", "/openapi.json")  # and /document/{id}/source: files


@dataclass(frozen=True)
class Entry:
    generation: int
    start: Message
    body: bytes


class ResponseCache:
    def __init__(
        self,
        app: ASGIApp,
        generation: Callable[[], int],
        *,
        max_entries: int = MAX_ENTRIES,
        max_bytes: int = MAX_BYTES,
    ) -> None:
        self.app = app
        self.generation = generation
        self.max_entries = max_entries
        self.max_bytes = max_bytes
        self.entries: OrderedDict[tuple[str, bytes], Entry] = OrderedDict()
        self.bytes = 0
        self.hits = 0
        self.misses = 0

    def _cacheable(self, scope: Scope) -> bool:
        if scope["type"] != "http" or scope["method"] != "GET":
            return False
        path: str = scope["path"]
        if path.startswith("/document/"):
            return not path.endswith("/source")
        return not path.startswith(UNCACHED)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if not self._cacheable(scope):
            await self.app(scope, receive, send)
            return
        key = (scope["path"], scope.get("query_string", b""))
        generation = self.generation()
        entry = self.entries.get(key)
        if entry is not None and entry.generation == generation:
            self.entries.move_to_end(key)
            self.hits += 1
            await send(entry.start)
            await send({"type": "http.response.body", "body": entry.body})
            return
        self.misses += 1
        start: Message | None = None
        chunks: list[bytes] = []
        size = 0

        async def keep(message: Message) -> None:
            nonlocal start, size
            if message["type"] == "http.response.start":
                start = message
            elif message["type"] == "http.response.body" and size <= MAX_ENTRY:
                body: bytes = message.get("body", b"")
                chunks.append(body)
                size += len(body)
                if not message.get("more_body", False):
                    self._put(key, generation, start, b"".join(chunks))
            await send(message)

        await self.app(scope, receive, keep)

    def _put(
        self, key: tuple[str, bytes], generation: int, start: Message | None, body: bytes
    ) -> None:
        if start is None or start.get("status") != 200 or len(body) > MAX_ENTRY:
            return
        old = self.entries.pop(key, None)
        if old is not None:
            self.bytes -= len(old.body)
        self.entries[key] = Entry(generation, start, body)
        self.bytes += len(body)
        while self.entries and (
            len(self.entries) > self.max_entries or self.bytes > self.max_bytes
        ):
            _, dropped = self.entries.popitem(last=False)
            self.bytes -= len(dropped.body)


class SecurityHeaders:
    """Adds ``headers`` to every HTTP response that does not set them itself."""

    def __init__(self, app: ASGIApp, headers: dict[str, str]) -> None:
        self.app = app
        self.raw = [(k.lower().encode(), v.encode()) for k, v in headers.items()]

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def add(message: Message) -> None:
            if message["type"] == "http.response.start":
                have = {k.lower() for k, _ in message.get("headers", [])}
                extra = [(k, v) for k, v in self.raw if k not in have]
                message = {**message, "headers": [*message.get("headers", []), *extra]}
            await send(message)

        await self.app(scope, receive, add)


__all__ = ["ResponseCache", "SecurityHeaders"]
