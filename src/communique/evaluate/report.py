"""An Evaluation rendered: a table with the disagreements under it, or JSON.

    field            TP   FP   FN  precision  recall     F1
    doc_type          6    0    0      1.000   1.000  1.000
    …
    overall         120    3   40      0.976   0.750  0.848

Fields the record does not offer yet are listed apart, under "not yet
extracted", and left out of the overall row; a second line gives the overall
figure with them counted.
"""

from __future__ import annotations

from typing import Any

from communique.evaluate.score import Evaluation, FieldScore

HEADERS = ("field", "TP", "FP", "FN", "precision", "recall", "F1")


def ratio(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _cells(score: FieldScore) -> tuple[str, ...]:
    return (
        score.field,
        str(score.tp),
        str(score.fp),
        str(score.fn),
        ratio(score.precision),
        ratio(score.recall),
        ratio(score.f1),
    )


def _format(row: tuple[str, ...], widths: list[int]) -> str:
    rest = "  ".join(c.rjust(w) for c, w in zip(row[1:], widths[1:], strict=True))
    return f"{row[0].ljust(widths[0])}  {rest}"


def render(ev: Evaluation) -> str:
    """The table, the not-yet-extracted fields, then every disagreement, one a line."""
    scored = [_cells(s) for s in ev.scored]
    missing = [_cells(s) for s in ev.not_extracted]
    overall, overall_all = _cells(ev.overall), _cells(ev.overall_all)
    every = [HEADERS, *scored, overall, *missing, overall_all]
    widths = [max(len(r[i]) for r in every) for i in range(len(HEADERS))]
    rule = "-" * (sum(widths) + 2 * (len(widths) - 1))
    lines = [
        f"{len(ev.files)} gold file{'s' if len(ev.files) != 1 else ''}, "
        f"{ev.documents} document{'s' if ev.documents != 1 else ''}",
        "",
        _format(HEADERS, widths),
        rule,
        *(_format(r, widths) for r in scored),
        rule,
        _format(overall, widths),
    ]
    if missing:
        lines += ["", "not yet extracted (the record does not offer them; not in overall):"]
        lines += [_format(r, widths) for r in missing]
        lines += [rule, _format(overall_all, widths)]
    n = len(ev.disagreements)
    lines += ["", f"{n} disagreement{'s' if n != 1 else ''}:" if n else "no disagreements"]
    lines += [d.line() for d in ev.disagreements]
    return "\n".join(lines)


def _score(score: FieldScore) -> dict[str, Any]:
    return {
        "field": score.field,
        "tp": score.tp,
        "fp": score.fp,
        "fn": score.fn,
        "precision": score.precision,
        "recall": score.recall,
        "f1": score.f1,
    }


def as_json(ev: Evaluation) -> dict[str, Any]:
    """The same as ``render`` shows, as JSON-ready data."""
    return {
        "files": list(ev.files),
        "documents": ev.documents,
        "fields": [_score(s) for s in ev.scored],
        "overall": _score(ev.overall),
        "not_yet_extracted": [_score(s) for s in ev.not_extracted],
        "overall_all_fields": _score(ev.overall_all),
        "disagreements": [
            {
                "file": d.file,
                "doc": d.doc,
                "field": d.field,
                "expected": d.expected,
                "found": d.found,
            }
            for d in ev.disagreements
        ],
    }


__all__ = ["as_json", "render"]
