"""Scoring hand-made gold YAML against texts written in tmp_path."""

from __future__ import annotations

from pathlib import Path

import pytest
from tests.evaluate.cases import GOLD, RESOLUTION, write

from communique.errors import CommuniqueError, NotFoundError
from communique.evaluate import Evaluation, GoldError, evaluate, render
from communique.evaluate.gold import MISSING, parse


@pytest.fixture
def ev(tmp_path: Path) -> Evaluation:
    return evaluate(*write(tmp_path))


def scores(ev: Evaluation, name: str) -> tuple[int, int, int]:
    f = ev.field(name)
    return f.tp, f.fp, f.fn


EXPECTED = [
    ("documents", (1, 0, 0)),
    ("doc_type", (1, 0, 0)),
    ("symbol", (1, 0, 0)),
    ("title", (1, 0, 0)),  # case folded
    ("date.start", (0, 0, 0)),  # null gold, nothing found: correct, no count
    ("venue.city", (0, 0, 1)),
    ("preamble", (2, 0, 0)),
    ("operative.act", (1, 1, 1)),  # "urge" expected, "call"… "request" found
    ("states", (0, 0, 1)),
    ("events", (0, 0, 1)),  # not yet extracted
]


@pytest.mark.parametrize(("name", "want"), EXPECTED)
def test_field_counts(ev: Evaluation, name: str, want: tuple[int, int, int]) -> None:
    assert scores(ev, name) == want


def test_not_extracted_fields_are_apart_from_overall(ev: Evaluation) -> None:
    assert [f.field for f in ev.not_extracted] == ["events"]
    assert "events" not in [f.field for f in ev.scored]
    assert ev.overall.fn == sum(f.fn for f in ev.scored)
    assert ev.overall_all.fn == ev.overall.fn + 1


def test_disagreements_name_file_doc_and_field(ev: Evaluation) -> None:
    lines = [d.line() for d in ev.disagreements]
    assert 'tiny.txt doc 1 operative.act: expected #2 "urge", found #2 "request"' in lines
    assert 'tiny.txt doc 1 venue.city: expected "Jeddah", found nothing' in lines
    table = render(ev)
    assert "overall" in table and "not yet extracted" in table
    assert all(line in table for line in lines)


def test_a_missing_document_is_a_disagreement(tmp_path: Path) -> None:
    two = GOLD + '  - {doc_type: resolution, symbol: "8/12-P", preamble: [note]}\n'
    ev = evaluate(*write(tmp_path, gold=two))
    assert scores(ev, "documents") == (1, 0, 1)
    assert scores(ev, "preamble") == (2, 0, 1)  # the missing document's clauses are FN
    assert any(d.field == "documents" and d.doc == 2 for d in ev.disagreements)


def test_an_extra_document_is_a_disagreement_and_pairs_by_symbol(tmp_path: Path) -> None:
    text = RESOLUTION.replace("7/12-P", "6/12-P") + "\n-----\n\n" + RESOLUTION
    ev = evaluate(*write(tmp_path, text=text))
    assert ev.documents == 1
    assert scores(ev, "documents") == (1, 1, 0)
    assert scores(ev, "symbol") == (1, 0, 0)  # the gold's 7/12-P paired with the second


def test_gold_null_and_absent_differ() -> None:
    gold = parse(GOLD)
    (doc,) = gold.documents
    assert doc.get("date.start") is None
    assert doc.get("date.end") is MISSING
    assert doc.get("session.number") is MISSING
    assert gold.source == "tiny.txt"


BAD = [
    ("source: [\n", "not readable YAML"),
    ("- just\n- a list\n", "not a gold file"),
    ("documents: []\n", "no 'source'"),
    ("source: tiny.txt\ndocuments: {a: 1}\n", "'documents' must be a list"),
]


@pytest.mark.parametrize(("text", "reason"), BAD)
def test_bad_gold_names_the_file(tmp_path: Path, text: str, reason: str) -> None:
    gold_dir, text_dir = write(tmp_path, gold=text)
    with pytest.raises(GoldError) as err:
        evaluate(gold_dir, text_dir)
    assert reason in str(err.value)
    assert "tiny.yaml" in str(err.value)


def test_missing_folders_and_texts(tmp_path: Path) -> None:
    gold_dir, text_dir = write(tmp_path)
    with pytest.raises(NotFoundError):
        evaluate(tmp_path / "nope", text_dir)
    with pytest.raises(NotFoundError):
        evaluate(gold_dir, tmp_path / "nope")
    (text_dir / "tiny.txt").unlink()
    with pytest.raises(CommuniqueError, match=r"tiny\.txt"):
        evaluate(gold_dir, text_dir)
