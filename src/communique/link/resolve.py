"""References resolved: each ``Reference`` spec matched to the records it
names, or kept as an open spec (like openstates' ``resolve_json_id``).

``resolve_references(records)`` gives one ``ResolvedLink`` per reference of
every record, in order:

- a **document** or **instrument** with a symbol resolves to the records
  whose own symbol (or bracketed document symbol) has the same key
  (``symbols.symbol_key``: spacing, case, OCR slips and the ``S/RES/``
  prefix do not count: "S/RES/186 (1964)" = "186(1964)" = "186 (1964)").
  One record: ``resolved``; several (the same symbol in two files):
  ``ambiguous``, every candidate kept; none: ``open``.
- a **meeting** resolves to the meeting ``assemble_meetings`` puts it in,
  and to the records that record that meeting: ``resolved`` when one does,
  else ``open`` with the meeting (known only by reference) still named.
- anything else (a reference without a symbol, "the UN Charter") stays
  ``open``: recorded, never dropped.

The links are a function of the whole set of records: ingesting the target
later and computing them again resolves what was open.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from communique.link.meetings import Meeting, assemble_meetings
from communique.link.symbols import symbol_key
from communique.models import Record, Reference, Span

Status = str  # "resolved" | "ambiguous" | "open"


@dataclass(frozen=True)
class ResolvedLink:
    """One reference of one record, and what it points to in the records."""

    source: str  # the citing record's id
    reference: int  # index in the citing record's ``references``
    kind: str  # "document", "meeting", "instrument"
    text: str  # as printed
    span: Span
    spec: str  # the spec as a key: "symbol:186(1964)", "meeting:oic.cfm|2007-05-15", "text:…"
    targets: tuple[str, ...] = ()  # ids of the records it names
    meeting: str | None = None  # for a meeting reference: the meeting's id
    how: str | None = None  # why it matched: "symbol", "document symbol", "meeting"

    @property
    def status(self) -> Status:
        if self.kind == "meeting":
            return "resolved" if self.targets else "open"
        return {0: "open", 1: "resolved"}.get(len(self.targets), "ambiguous")


def resolve_references(
    records: Sequence[Record], meetings: Sequence[Meeting] | None = None
) -> tuple[ResolvedLink, ...]:
    """Every reference of every record, resolved against ``records`` (see the
    module doc). Pass the ``meetings`` already assembled from the same
    records to save assembling them again."""
    if meetings is None:
        meetings = assemble_meetings(records)
    by_symbol: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for r in records:
        for how, symbol in (("symbol", r.symbol), ("document symbol", r.document_symbol)):
            if symbol and (key := symbol_key(symbol)):
                by_symbol[key].append((r.id, how))
    of_reference: dict[tuple[str, int], Meeting] = {}
    for m in meetings:
        for d in m.documents:
            if d.reference is not None:
                of_reference[(d.record, d.reference)] = m
    out: list[ResolvedLink] = []
    for r in records:
        for k, ref in enumerate(r.references):
            meeting = of_reference.get((r.id, k))
            if ref.kind == "meeting" and meeting is not None:
                out.append(_to_meeting(r.id, k, ref, meeting))
            else:
                out.append(_to_document(r.id, k, ref, by_symbol))
    return tuple(out)


def _to_meeting(source: str, k: int, ref: Reference, m: Meeting) -> ResolvedLink:
    recorded = tuple(dict.fromkeys(d.record for d in m.documents if d.role == "records"))
    anchor = ref.date or (f"session {ref.session}" if ref.session is not None else "")
    spec = f"meeting:{m.body_id}|{anchor}"
    return ResolvedLink(source, k, ref.kind, ref.text, ref.span, spec, recorded, m.id, "meeting")


def _to_document(
    source: str, k: int, ref: Reference, by_symbol: dict[str, list[tuple[str, str]]]
) -> ResolvedLink:
    key = symbol_key(ref.symbol) if ref.symbol else None
    if key is None:
        spec = f"{ref.kind}:{' '.join(ref.text.split()).casefold()}"
        return ResolvedLink(source, k, ref.kind, ref.text, ref.span, spec)
    found = by_symbol.get(key, [])
    targets = tuple(dict.fromkeys(rid for rid, _ in found))
    how = ", ".join(dict.fromkeys(h for _, h in found)) or None
    return ResolvedLink(
        source, k, ref.kind, ref.text, ref.span, f"symbol:{key}", targets, None, how
    )


__all__ = ["ResolvedLink", "Status", "resolve_references"]
