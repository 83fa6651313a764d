"""Evaluate extraction against gold annotations: per-field precision, recall, F1.

    ev = evaluate(Path("../shared/corpus/gold"), Path("../shared/corpus/seeds"))
    print(render(ev))                  # the table, then every disagreement
    ev.field("preamble").f1, ev.overall.f1

For each gold file (``gold.py``) the text file of the same ``source`` name is
read and extracted (``communique.read`` + ``communique.extract``, no
database), each record is seen as ``record_view`` shows it, documents are
paired with gold documents (``score.match``), and every field the gold claims
is compared by its row in ``fields.FIELDS`` (comparators in ``compare.py``,
act sequences aligned by ``align.py``). ``report.py`` renders the result.

Modules: gold (YAML → frozen data), align (sequence alignment), tally (counts
and ratios), compare (comparators), fields (the table of fields), score
(documents → Evaluation), report (table / JSON).
"""

from __future__ import annotations

from pathlib import Path

from communique.errors import NotFoundError
from communique.evaluate.gold import GoldError, GoldFile, load_dir
from communique.evaluate.report import as_json, render
from communique.evaluate.score import Disagreement, Evaluation, FieldScore, score_file, summarise
from communique.export import record_view
from communique.extract import extract
from communique.ingest import read


def text_for(gold: GoldFile, text_dir: Path) -> Path:
    """The text file a gold file annotates; ``NotFoundError`` naming both when absent."""
    path = text_dir / gold.source
    if not path.is_file():
        raise NotFoundError(f"no text file {gold.source!r} for gold file {gold.path}", str(path))
    return path


def evaluate(gold_dir: Path | str, text_dir: Path | str) -> Evaluation:
    """Score extraction of every text in ``text_dir`` against its gold file in ``gold_dir``.

    Raises ``NotFoundError`` for a missing folder or text file and ``GoldError``
    for a gold file that is not readable YAML of the gold format.
    """
    gold_dir, text_dir = Path(gold_dir), Path(text_dir)
    golds = load_dir(gold_dir)
    if not text_dir.is_dir():
        raise NotFoundError("no such folder", str(text_dir))
    paths = [text_for(g, text_dir) for g in golds]  # every input checked before the work
    tallies, notes = [], []
    for gold, path in zip(golds, paths, strict=True):
        views = [record_view(r) for r in extract(read(str(path)))]
        tally, disagreements = score_file(gold, views)
        tallies.append(tally)
        notes.extend(disagreements)
    documents = sum(len(g.documents) for g in golds)
    return summarise([g.source for g in golds], documents, tallies, notes)


__all__ = [
    "Disagreement",
    "Evaluation",
    "FieldScore",
    "GoldError",
    "as_json",
    "evaluate",
    "render",
]
