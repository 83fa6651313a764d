"""Exports: the JSON shape of a record, and the whole store as JSON.

``record_view`` names fields as the gold annotations in
``../shared/corpus/README.md`` do (``doc_type``, ``symbol``, ``session.number``,
``venue.country``, ``date.start``, ``preamble``, ``operative[].act``,
``operative[].items`` …), so extractor output and gold compare field by field;
every clause and title-block value carries its offsets (``span``: cleaned text
``start``/``end``, source text ``src_start``/``src_end``).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any, TextIO

from communique.extract.mentions import mentioned
from communique.models import Actor, Clause, Record, Span, to_json
from communique.store import Store


def record_view(record: Record) -> dict[str, Any]:
    """A record as JSON-ready data with the gold format's field names."""
    by_kind: dict[str, list[dict[str, Any]]] = {}
    for clause in record.clauses:
        by_kind.setdefault(clause.kind, []).append(_clause(clause))
    # an operative clause's addressee: the first party its asks name (ISO code for a state)
    addressed: dict[int, str] = {}
    for ask in record.asks:
        addressed.setdefault(ask.clause, ask.addressee_id or ask.addressee)
    for entry in by_kind.get("operative", []):
        entry["addressee"] = addressed.get(entry["n"]) if isinstance(entry["n"], int) else None
    adoption = record.adoption
    return {
        "id": record.id,
        "source": record.origin,
        "position": record.position,
        "media_type": record.media_type,
        "language": record.language,
        "doc_type": record.doc_type,
        "symbol": record.symbol,
        "document_symbol": record.document_symbol,
        "title": record.title,
        "body": record.body,
        "issuer": record.issuer,
        "level": record.level,
        "session": to_json(record.session),
        "venue": to_json(record.venue),
        "date": to_json(record.dates)
        or ({"start": record.date, "end": None, "hijri": None} if record.date else None),
        "chair": record.chair,
        "attendees": list(record.attendees),
        "title_block": by_kind.get("title", []),
        "subject": by_kind.get("subject", []),
        "preamble": by_kind.get("preambular", []),
        "operative": by_kind.get("operative", []),
        "paragraphs": by_kind.get("paragraph", []),
        "closing": by_kind.get("closing", []),
        "quotes": [
            {"speaker": q.speaker, "text": q.text, "span": _span(q.span)} for q in record.quotes
        ],
        "asks": [
            {
                "clause": a.clause,
                "addressee": a.addressee,
                "addressee_id": a.addressee_id,
                "force": a.force,
                "action": a.action,
                "due": a.due,
                "internal": a.internal,
                "span": _span(a.span),
            }
            for a in record.asks
        ],
        "dates_mentioned": mentioned(record.dates_mentioned, "day"),
        "months_mentioned": mentioned(record.dates_mentioned, "month"),
        "years_mentioned": mentioned(record.dates_mentioned, "year"),
        "date_mentions": [to_json(m) for m in record.dates_mentioned],
        "references": [
            {
                "kind": r.kind,
                "text": r.text,
                "symbol": r.symbol,
                "body": r.body,
                "session": r.session,
                "date": r.date,
                "span": _span(r.span),
            }
            for r in record.references
        ],
        "persons": _persons(record.actors),
        "states": _unique(a.id for a in record.actors if a.kind == "state"),
        "places": _printed(a.name for a in record.actors if a.kind == "place"),
        "positions": [
            {"holder": p.holder, "holder_id": p.holder_id, "text": p.text, "span": _span(p.span)}
            for p in record.positions
        ],
        "actors": [to_json(a) for a in record.actors],
        "adoption": None
        if adoption is None
        else {
            "meeting": adoption.meeting,
            "for": adoption.votes_for,
            "against": adoption.against,
            "abstaining": adoption.abstaining,
            "unanimous": adoption.unanimous,
        },
        "evidence": [to_json(e) for e in record.evidence],
        "problems": [to_json(p) for p in record.problems],
        "furniture": [to_json(f) for f in record.furniture],
        "span": _span(record.span),
    }


def _persons(actors: Iterable[Actor]) -> list[dict[str, Any]]:
    """Each person once per role the text gives them (the gold's unit), first mention."""
    out: dict[tuple[str | None, str | None], dict[str, Any]] = {}
    names: dict[str | None, str] = {}
    for a in actors:
        if a.kind != "person":
            continue
        if len(a.name) > len(names.get(a.id, "")):
            names[a.id] = a.name  # the fullest printed name
        key = (a.id, a.role)
        if key not in out and (a.role or not any(k[0] == a.id for k in out)):
            out[key] = {"id": a.id, "name": a.name, "role": a.role, "span": _span(a.span)}
    for entry in out.values():
        entry["name"] = names.get(entry["id"], entry["name"])
    # a person listed with a role needs no role-less entry besides
    with_role = {k[0] for k in out if k[1]}
    return [e for k, e in out.items() if k[1] or k[0] not in with_role]


def _printed(names: Iterable[str]) -> list[str]:
    """Names as printed, spaces collapsed and a hashtag's "#" dropped, once each whatever
    the case (a form not in capitals preferred: "Jammu and Kashmir" over "JAMMU AND …")."""
    out: dict[str, str] = {}
    for name in names:
        printed = " ".join(name.replace("#", "").split())
        seen = out.get(printed.casefold())
        if seen is None or (seen.isupper() and not printed.isupper()):
            out[printed.casefold()] = printed
    return list(out.values())


def _unique(values: Iterable[str | None]) -> list[str]:
    return list(dict.fromkeys(v for v in values if v))


def _clause(clause: Clause) -> dict[str, Any]:
    number = clause.number
    n: int | str = int(number) if number and number.isdigit() else (number or clause.order)
    out: dict[str, Any] = {"n": n, "act": clause.act, "text": clause.text}
    if clause.kind in ("operative", "item") or clause.items:
        out["items"] = [_clause(i) for i in clause.items]
    out["span"] = _span(clause.span)
    return out


def _span(span: Span | None) -> dict[str, int] | None:
    return None if span is None else to_json(span)


def export_json(store: Store, out: TextIO, *, lines: bool = False) -> int:
    """Write every record as JSON (one array) or JSON Lines; return the count.

    Records are streamed one at a time, so memory does not grow with the store.
    """
    n = 0
    if not lines:
        out.write("[")
    for record in store.iter_records():
        text = json.dumps(record_view(record), ensure_ascii=False)
        if lines:
            out.write(text + "\n")
        else:
            out.write(("\n" if n == 0 else ",\n") + text)
        n += 1
    if not lines:
        out.write("\n]\n" if n else "]\n")
    return n


__all__ = ["export_json", "record_view"]
