"""Paragraphs that arrive already split get their kind and act from their context."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main
from communique.extract.classify import classify_paragraphs

CASES = [
    (
        # English: a noun-led paragraph after "the following measures:" is operative
        [
            "The General Assembly,",
            "Recalling its resolution 47 (1948),",
            "Noting with concern the situation,",
            "Recommends to the Governments the following measures:",
            "The withdrawal of all forces from the area;",
            "Decides to remain seized of the matter.",
        ],
        [
            ("neither", None),
            ("preambular", "recall"),
            ("preambular", "note"),
            ("operative", "recommend"),
            ("operative", None),
            ("operative", "decide"),
        ],
    ),
    (
        # numbered operative clauses and a sub-item
        [
            "The Council of Foreign Ministers,",
            "Reaffirming its earlier decisions;",
            "1. Calls upon all parties to refrain from unilateral measures;",
            "2. Requests the Secretary-General to:",
            "(a) report to the next session;",
        ],
        [
            ("neither", None),
            ("preambular", "reaffirm"),
            ("operative", "call"),
            ("operative", "request"),
            ("operative", None),
        ],
    ),
    (
        # French
        [
            "Le Conseil de sécurité,",
            "Rappelant sa résolution 47 (1948),",
            "Prenant note du rapport du Secrétaire général,",
            "1. Prie le Secrétaire général de lui faire rapport;",
            "2. Décide de demeurer saisi de la question.",
        ],
        [
            ("neither", None),
            ("preambular", "recall"),
            ("preambular", "take note"),
            ("operative", "request"),
            ("operative", "decide"),
        ],
    ),
]


@pytest.mark.parametrize(("paragraphs", "expected"), CASES)
def test_kinds_and_acts_in_context(paragraphs: list[str], expected: list[tuple[str, str]]) -> None:
    found = classify_paragraphs(paragraphs)
    assert [(p.kind, p.act) for p in found] == expected
    assert [p.index for p in found] == list(range(len(paragraphs)))


def test_empty_and_blank_paragraphs() -> None:
    assert classify_paragraphs([]) == ()
    (only,) = classify_paragraphs([""])
    assert only.kind == "neither" and only.act is None


def test_cli_reads_a_json_list_and_json_lines(tmp_path: Path) -> None:
    listed = tmp_path / "paragraphs.json"
    listed.write_text(json.dumps(CASES[0][0]), encoding="utf-8")
    lines = tmp_path / "paragraphs.jsonl"
    lines.write_text("\n".join(json.dumps({"text": p}) for p in CASES[0][0]), encoding="utf-8")
    for path in (listed, lines):
        result = CliRunner().invoke(main, ["classify", str(path), "--json"])
        assert result.exit_code == 0, result.output
        assert [(k["kind"], k["act"]) for k in json.loads(result.stdout)] == CASES[0][1]


@pytest.mark.parametrize("content", ["{not json", '{"a": 1}', "[1, 2]"])
def test_cli_bad_input_is_one_line(tmp_path: Path, content: str) -> None:
    path = tmp_path / "bad.json"
    path.write_text(content, encoding="utf-8")
    result = CliRunner().invoke(main, ["classify", str(path)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error:") and "bad.json" in result.stderr
    assert "Traceback" not in result.output
