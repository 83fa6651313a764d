"""One data function per page: the only code of the web package that talks
to the store. Pages render what these return as HTML, the API as JSON.

Each function validates what it is given (and raises ``WebError`` in the one
error shape) and returns frozen dataclasses; ``as_json`` turns any of them
into plain JSON data.

The pages over the link stage have their data functions in modules of
their own: ``meetings`` (meetings list and meeting), ``actors``, ``board``
(mandates), ``comparing`` (compare) and ``phrases`` (phrase history).
"""

from __future__ import annotations

import dataclasses
import hashlib
import mimetypes
import os
from collections import Counter
from dataclasses import dataclass
from typing import Any

from communique.export import record_view
from communique.models import Record, to_json
from communique.search.query import MAX_QUERY_CHARS
from communique.search.snippets import make_snippet
from communique.store import DocumentPage, MatchInfo, Overview, Summary
from communique.vocab import DOC_TYPES
from communique.web import docview
from communique.web.chart import Chart, timeline
from communique.web.context import Context, context
from communique.web.dossier import Dossier
from communique.web.errors import WebError
from communique.web.highlight import Piece, matched

MAX_LIMIT = 100  # results on one page or one API answer
RESULT_CAP = 1000  # matches a search looks at: facets and paging stay within these
FACET_VALUES = 30  # values shown per facet


def as_json(value: Any) -> Any:
    """Any value returned here as plain JSON data (dict keys as strings)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: as_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): as_json(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [as_json(v) for v in value]
    return value


def check_type(doc_type: str | None) -> str | None:
    if doc_type is None or doc_type == "":
        return None
    if doc_type not in DOC_TYPES:
        raise WebError(
            400, "invalid_parameter", f"type: unknown document type (one of {', '.join(DOC_TYPES)})"
        )
    return doc_type


# ------------------------------------------------------------------ home


@dataclass(frozen=True)
class Home:
    overview: Overview
    timeline: Chart


def home(dossier: Dossier) -> Home:
    with dossier.use() as store:
        overview = store.overview()
    return Home(overview, timeline(overview.by_type_year))


# ------------------------------------------------------------------ documents


@dataclass(frozen=True)
class Documents:
    doc_type: str | None
    year: int | None
    offset: int
    limit: int
    page: DocumentPage
    types: dict[str, int]  # for the filter form
    years: dict[int, int]


def documents(
    dossier: Dossier,
    *,
    doc_type: str | None = None,
    year: int | None = None,
    offset: int = 0,
    limit: int = 50,
) -> Documents:
    doc_type = check_type(doc_type)
    _check_page(offset, limit)
    with dossier.use() as store:
        page = store.documents_page(doc_type=doc_type, year=year, offset=offset, limit=limit)
        overview = store.overview()
    return Documents(doc_type, year, offset, limit, page, overview.by_type, overview.by_year)


def _check_page(offset: int, limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise WebError(400, "invalid_parameter", f"limit: must be between 1 and {MAX_LIMIT}")
    if offset < 0:
        raise WebError(400, "invalid_parameter", "offset: must not be negative")


@dataclass(frozen=True)
class Document:
    record: Record
    title_block: list[tuple[str, str]]
    sections: tuple[docview.Section, ...]
    source_available: bool
    context: Context


def document(dossier: Dossier, record_id: str) -> Document:
    with dossier.use() as store:
        record = store.get(record_id)  # NotInStoreError: 404 in the one shape
    return Document(
        record,
        docview.title_block(record),
        docview.sections(record),
        _source_path(record) is not None,
        context(dossier, record.id),
    )


def document_json(doc: Document) -> dict[str, Any]:
    """The API's rendering of a document: ``export.record_view`` and the
    extracted annotations, with where the page and the original file are."""
    r = doc.record
    return {
        **record_view(r),
        "actors": to_json(r.actors),
        "dates_mentioned": to_json(r.dates_mentioned),
        "asks": to_json(r.asks),
        "references": to_json(r.references),
        "meetings": [
            {"role": role, **as_json(m), "links": {"page": f"/meeting/{m.id}"}}
            for role, m in doc.context.meetings
        ],
        "references_resolved": as_json(doc.context.references),
        "cited_by": as_json(doc.context.cited_by),
        "compare_with": as_json(doc.context.compare_with),
        "links": {
            "page": f"/document/{r.id}",
            "source": f"/document/{r.id}/source" if doc.source_available else None,
        },
    }


@dataclass(frozen=True)
class SourceFile:
    path: str
    media_type: str
    filename: str


def _source_path(record: Record) -> str | None:
    origin = record.origin
    if "://" in origin or not os.path.isabs(origin):
        return None
    return origin if os.path.isfile(origin) else None


def _sha256(path: str) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for block in iter(lambda: f.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def source_file(dossier: Dossier, record_id: str) -> SourceFile:
    """The original file of a record, when it is a local file still in place."""
    with dossier.use() as store:
        record = store.get(record_id)
    path = _source_path(record)
    if path is None:
        raise WebError(404, "source_unavailable", "the original file is not available here")
    if _sha256(path) != record.sha256:
        raise WebError(
            404, "source_changed", "the file at the recorded path has changed since it was read"
        )
    media = record.media_type or mimetypes.guess_type(path)[0] or "application/octet-stream"
    return SourceFile(path, media, os.path.basename(path))


# ------------------------------------------------------------------ search


@dataclass(frozen=True)
class SearchParams:
    q: str = ""
    doc_type: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    body: str | None = None
    act: str | None = None
    language: str | None = None
    offset: int = 0
    limit: int = 20


@dataclass(frozen=True)
class SearchHit:
    record_id: str
    title: str | None
    symbol: str | None
    doc_type: str
    year: int | None
    date: str | None
    body: str | None
    language: str
    clause_kind: str
    clause_label: str
    clause_seq: int
    act: str | None
    score: float
    snippet: str
    highlights: tuple[tuple[int, int], ...]
    pieces: tuple[Piece, ...]


@dataclass(frozen=True)
class FacetValue:
    value: str
    count: int
    selected: bool


@dataclass(frozen=True)
class SearchResults:
    params: SearchParams
    hits: list[SearchHit]
    total: int  # matching clauses under every filter, within the cap
    documents: int  # distinct documents among them
    capped: bool  # True when more than RESULT_CAP clauses matched before the filters
    facets: dict[str, list[FacetValue]]


def check_search(params: SearchParams) -> SearchParams:
    if len(params.q) > MAX_QUERY_CHARS:
        raise WebError(
            400,
            "invalid_parameter",
            f"q: at most {MAX_QUERY_CHARS} characters ({len(params.q)} given)",
        )
    _check_page(params.offset, params.limit)
    if params.offset >= RESULT_CAP:
        raise WebError(400, "invalid_parameter", f"offset: results stop at {RESULT_CAP}")
    return dataclasses.replace(params, doc_type=check_type(params.doc_type))


def search(dossier: Dossier, params: SearchParams) -> SearchResults:
    params = check_search(params)
    if not params.q.strip():
        raise WebError(400, "invalid_parameter", "q: give words to search for")
    with dossier.use() as store:
        found = store.search_matches(
            params.q,
            doc_type=params.doc_type,
            year_from=params.year_from,
            year_to=params.year_to,
            cap=RESULT_CAP,
        )
        infos = store.describe_matches([(m.record_id, m.clause_seq) for m in found.matches])
    rows = [
        (m, infos[(m.record_id, m.clause_seq)])
        for m in found.matches
        if (m.record_id, m.clause_seq) in infos
    ]
    rows = [(m, i) for m, i in rows if _keeps(params, i)]
    page = rows[params.offset : params.offset + params.limit]
    hits = [_hit(m.text, m.score, i, found.phrases) for m, i in page]
    return SearchResults(
        params=params,
        hits=hits,
        total=len(rows),
        documents=len({i.record_id for _, i in rows}),
        capped=not found.complete,
        facets=_facets(params, [i for _, i in rows]),
    )


def _keeps(params: SearchParams, info: MatchInfo) -> bool:
    return (
        (params.body is None or info.body == params.body)
        and (params.act is None or info.act == params.act)
        and (params.language is None or info.language == params.language)
    )


def _hit(
    text: str, score: float, info: MatchInfo, phrases: tuple[tuple[str, ...], ...]
) -> SearchHit:
    snippet, highlights = make_snippet(text, phrases)
    return SearchHit(
        record_id=info.record_id,
        title=info.title,
        symbol=info.symbol,
        doc_type=info.doc_type,
        year=info.year,
        date=info.date,
        body=info.body,
        language=info.language,
        clause_kind=info.clause_kind,
        clause_label=info.clause_number or str(info.clause_order),
        clause_seq=info.clause_seq,
        act=info.act,
        score=round(score, 4),
        snippet=snippet,
        highlights=highlights,
        pieces=tuple(matched(snippet, highlights)),
    )


def _facets(params: SearchParams, infos: list[MatchInfo]) -> dict[str, list[FacetValue]]:
    def facet(
        values: list[str | None], selected: str | None, *, by_value: bool = False
    ) -> list[FacetValue]:
        counts = Counter(v for v in values if v is not None)
        order = sorted(
            counts.items(), key=(lambda kv: kv[0]) if by_value else (lambda kv: (-kv[1], kv[0]))
        )
        return [FacetValue(v, n, v == selected) for v, n in order[:FACET_VALUES]]

    year = (
        str(params.year_from)
        if params.year_from is not None and params.year_from == params.year_to
        else None
    )
    return {
        "type": facet([i.doc_type for i in infos], params.doc_type),
        "year": facet(
            [str(i.year) if i.year is not None else None for i in infos], year, by_value=True
        ),
        "body": facet([i.body for i in infos], params.body),
        "act": facet([i.act for i in infos], params.act),
        "language": facet([i.language for i in infos], params.language),
    }


# ------------------------------------------------------------------ stats


def stats(dossier: Dossier) -> dict[str, Any]:
    with dossier.use() as store:
        s = store.stats()
        o = store.overview()
    return {
        "files": s.files,
        "documents": s.documents,
        "clauses": s.clauses,
        "problems": o.problems,
        "by_doc_type": s.by_doc_type,
        "by_year": {str(k): v for k, v in o.by_year.items()},
        "undated": o.undated,
        "bodies": o.bodies,
        "languages": o.languages,
        "schema_version": s.schema_version,
        "generation": s.generation,
    }


def summary_json(s: Summary) -> dict[str, Any]:
    out: dict[str, Any] = as_json(s)
    out["links"] = {"page": f"/document/{s.id}", "api": f"/api/documents/{s.id}"}
    return out


__all__ = [
    "MAX_LIMIT",
    "RESULT_CAP",
    "Document",
    "Documents",
    "Dossier",
    "Home",
    "SearchHit",
    "SearchParams",
    "SearchResults",
    "SourceFile",
    "as_json",
    "check_search",
    "document",
    "document_json",
    "documents",
    "home",
    "search",
    "source_file",
    "stats",
    "summary_json",
]
