"""The mandates board's data: every mandate (``link.mandates.follow_up`` over
every record, computed once per store generation on a worker thread) in
sections by status — open, reported, reiterated, superseded, lapsed — each
with its source clause as printed, addressee, due and evidence; filtered by
issuing body, status and addressee, all in the URL.
"""

from __future__ import annotations

from dataclasses import dataclass

from communique.link.mandates import Mandate
from communique.link.occasions import body_key, same_body
from communique.web.actors import mandates
from communique.web.dossier import Dossier
from communique.web.errors import WebError

BOARD_ORDER = ("open", "reported", "reiterated", "superseded", "lapsed")
PER_SECTION = 50  # mandates shown per status; a status filter pages through the rest
MAX_FILTER = 200


@dataclass(frozen=True)
class BoardParams:
    body: str | None = None
    status: str | None = None
    addressee: str | None = None
    offset: int = 0
    limit: int = PER_SECTION


@dataclass(frozen=True)
class Column:
    status: str
    total: int
    mandates: tuple[Mandate, ...]


@dataclass(frozen=True)
class Board:
    params: BoardParams
    total: int  # mandates under the filters
    counts: dict[str, int]  # per status, under the body and addressee filters
    columns: tuple[Column, ...]
    bodies: tuple[tuple[str, int], ...]  # issuing bodies, for the filter


def check(params: BoardParams) -> BoardParams:
    if params.status is not None and params.status not in BOARD_ORDER:
        raise WebError(
            400, "invalid_parameter", f"status: one of {', '.join(BOARD_ORDER)} (or none)"
        )
    for name in ("body", "addressee"):
        value = getattr(params, name)
        if value is not None and len(value) > MAX_FILTER:
            raise WebError(400, "invalid_parameter", f"{name}: at most {MAX_FILTER} characters")
    if not 1 <= params.limit <= 500:
        raise WebError(400, "invalid_parameter", "limit: must be between 1 and 500")
    if params.offset < 0:
        raise WebError(400, "invalid_parameter", "offset: must not be negative")
    return params


def _names(wanted: str, printed: str, ident: str | None) -> bool:
    fold = " ".join(wanted.lower().replace("-", " ").split())
    return fold in " ".join(printed.lower().replace("-", " ").split()) or fold == (ident or "")


def _of_body(m: Mandate, body: str, key: str | None) -> bool:
    return same_body(m.body, key) or body.lower() in (m.body or "").lower()


async def board(dossier: Dossier, params: BoardParams) -> Board:
    params = check(params)
    found = await dossier.derived("mandates", mandates)
    key = body_key(params.body) if params.body else None
    rows = [
        m
        for m in found
        if (not params.body or _of_body(m, params.body, key))
        and (not params.addressee or _names(params.addressee, m.addressee, m.addressee_id))
    ]
    counts = {s: sum(m.status == s for m in rows) for s in BOARD_ORDER}
    bodies: dict[str, int] = {}
    for m in found:
        if m.body:
            bodies[m.body] = bodies.get(m.body, 0) + 1
    wanted = (params.status,) if params.status else BOARD_ORDER
    columns = []
    for status in wanted:
        ms = [m for m in rows if m.status == status]
        ms.sort(key=lambda m: (m.date or "~", m.id))
        start = params.offset if params.status else 0
        columns.append(Column(status, len(ms), tuple(ms[start : start + params.limit])))
    return Board(
        params,
        sum(c.total for c in columns),
        counts,
        tuple(columns),
        tuple(sorted(bodies.items(), key=lambda kv: (-kv[1], kv[0]))),
    )


__all__ = ["BOARD_ORDER", "PER_SECTION", "Board", "BoardParams", "Column", "board", "check"]
