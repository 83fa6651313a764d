"""Scoring: gold documents against record views, field by field.

    tallies, notes = score_file(gold_file, [record_view(r) for r in records])
    evaluation = summarise(files, documents, tallies, notes)

Documents pair in order when the counts agree; otherwise by symbol where both
have one, else by order (an alignment), and an extra or missing document is
a disagreement of the ``documents`` row. A gold field that is absent is not
scored; a null gold value means "the right answer is: nothing" (finding
nothing adds no count, finding something is a FP).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from communique.evaluate.align import align_by
from communique.evaluate.compare import symbol
from communique.evaluate.fields import FIELDS, Field, View
from communique.evaluate.gold import MISSING, GoldDocument, GoldFile
from communique.evaluate.tally import Rates, Tally, empty, extra, show
from communique.export import record_view
from communique.models import Clause, Record, Span

DOCUMENTS = "documents"


@dataclass(frozen=True)
class Disagreement:
    file: str  # the gold file's source name
    doc: int  # 1-based position of the gold document (of the found one, when extra)
    field: str
    expected: str
    found: str

    def line(self) -> str:
        where = f"{self.file} doc {self.doc} {self.field}"
        return f"{where}: expected {self.expected}, found {self.found}"


@dataclass(frozen=True)
class FieldScore(Rates):
    field: str
    tp: int
    fp: int
    fn: int
    extracted: bool = True  # False: the record does not offer this field yet


@dataclass(frozen=True)
class Evaluation:
    files: tuple[str, ...]  # gold file sources, in order
    documents: int  # gold documents
    fields: tuple[FieldScore, ...]  # fields with a count (TP, FP or FN), table order
    disagreements: tuple[Disagreement, ...]

    @property
    def scored(self) -> tuple[FieldScore, ...]:
        return tuple(f for f in self.fields if f.extracted)

    @property
    def not_extracted(self) -> tuple[FieldScore, ...]:
        return tuple(f for f in self.fields if not f.extracted)

    @property
    def overall(self) -> FieldScore:
        """Micro-average over the fields the record offers."""
        return _total("overall", self.scored)

    @property
    def overall_all(self) -> FieldScore:
        """Micro-average over every field the gold claims, not-yet-extracted ones too."""
        return _total("overall, all fields", self.fields)

    def field(self, name: str) -> FieldScore:
        """The score of one field (all counts 0 where nothing was claimed or found)."""
        return next((f for f in self.fields if f.field == name), FieldScore(name, 0, 0, 0))


def _total(name: str, scores: Iterable[FieldScore]) -> FieldScore:
    scores = list(scores)
    return FieldScore(
        name, sum(s.tp for s in scores), sum(s.fp for s in scores), sum(s.fn for s in scores)
    )


@cache
def offered() -> frozenset[str]:
    """The fields ``record_view`` carries, judged on a probe record (so the split
    between scored and not-yet-extracted fields does not depend on the data)."""
    span = Span(0, 0, 0, 0)
    probe = Record(
        id="probe",
        origin="probe",
        sha256="",
        position=1,
        media_type="text/plain",
        doc_type="document",
        text="",
        span=span,
        clauses=tuple(Clause(k, 1, "", span) for k in ("preambular", "operative", "paragraph")),
    )
    view = record_view(probe)
    return frozenset(f.name for f in FIELDS if f.offered(view))


def score_document(
    gold: GoldDocument, view: View | None, fields: Sequence[Field] = FIELDS
) -> dict[str, Tally]:
    """Each field the gold document claims → its tally against the view (None: not found)."""
    seen: View = view if view is not None else {}
    out: dict[str, Tally] = {}
    for field in fields:
        want = field.gold(gold)
        if want is MISSING:
            continue
        got = field.found(seen)
        if want is None:
            out[field.name] = Tally() if empty(got) else extra(got)
        else:
            out[field.name] = field.compare(want, got)
    return out


def match(
    gold: Sequence[GoldDocument], views: Sequence[View]
) -> list[tuple[GoldDocument | None, int | None]]:
    """Gold documents paired with found ones (index into ``views``), or with None."""
    if len(gold) == len(views):
        return [(g, i) for i, g in enumerate(gold)]

    def cost(g: GoldDocument, v: View) -> float:
        a, b = g.symbol, v.get("symbol")
        if a and b:
            return 0.0 if symbol(a) == symbol(b) else 3.0  # never pair two different symbols
        return 0.5

    pairs = align_by(gold, views, cost)
    return [(None if p.gold is None else gold[p.gold], p.found) for p in pairs]


def score_file(
    gold: GoldFile, views: Sequence[View], fields: Sequence[Field] = FIELDS
) -> tuple[dict[str, Tally], list[Disagreement]]:
    """Tallies summed over the file's documents, and every disagreement."""
    totals: dict[str, Tally] = {}
    notes: list[Disagreement] = []

    def add(name: str, doc: int, tally: Tally) -> None:
        totals[name] = totals.get(name, Tally()) + tally
        notes.extend(Disagreement(gold.source, doc, name, e, f) for e, f in tally.notes)

    for g, i in match(gold.documents, views):
        if g is None:
            assert i is not None
            add(DOCUMENTS, i + 1, extra(f"document {i + 1} ({_label(views[i])})"))
            continue
        if i is None:
            add(DOCUMENTS, g.position, Tally(fn=1, notes=((_label(g.fields), "nothing"),)))
        else:
            add(DOCUMENTS, g.position, Tally(tp=1))
        for name, tally in score_document(g, None if i is None else views[i], fields).items():
            add(name, g.position, tally)
    return totals, notes


def _label(doc: Mapping[str, Any]) -> str:
    return show(doc.get("symbol") or doc.get("doc_type") or "a document")


def summarise(
    files: Sequence[str],
    documents: int,
    tallies: Sequence[Mapping[str, Tally]],
    notes: Sequence[Disagreement],
    fields: Sequence[Field] = FIELDS,
) -> Evaluation:
    """Per-file tallies as one Evaluation, rows in the table's order."""
    names = [DOCUMENTS] + [f.name for f in fields]
    total: dict[str, Tally] = {}
    for t in tallies:
        for name, tally in t.items():
            total[name] = total.get(name, Tally()) + tally
    have = offered() | {DOCUMENTS}
    scores = tuple(
        FieldScore(n, total[n].tp, total[n].fp, total[n].fn, extracted=n in have)
        for n in names
        if n in total and (total[n].tp or total[n].fp or total[n].fn)
    )
    return Evaluation(tuple(files), documents, scores, tuple(notes))


__all__ = [
    "DOCUMENTS",
    "Disagreement",
    "Evaluation",
    "FieldScore",
    "match",
    "offered",
    "score_document",
    "score_file",
    "summarise",
]
