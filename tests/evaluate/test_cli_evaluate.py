"""``communique evaluate`` through click's runner."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from tests.evaluate.cases import write

from communique.cli import main


def run(*args: str | Path) -> Result:
    return CliRunner().invoke(main, ["evaluate", *map(str, args)])


def test_help_has_examples() -> None:
    result = run("--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output
    assert "communique evaluate" in result.output


def test_table(tmp_path: Path) -> None:
    result = run(*write(tmp_path))
    assert result.exit_code == 0, result.output
    out = result.stdout
    header = next(line for line in out.splitlines() if line.startswith("field"))
    assert header.split() == ["field", "TP", "FP", "FN", "precision", "recall", "F1"]
    assert any(line.split()[:4] == ["preamble", "2", "0", "0"] for line in out.splitlines())
    assert any(line.startswith("overall ") for line in out.splitlines())
    assert "not yet extracted" in out
    assert 'tiny.txt doc 1 venue.city: expected "Jeddah", found nothing' in out


def test_json(tmp_path: Path) -> None:
    result = run(*write(tmp_path), "--json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    fields = {f["field"]: f for f in data["fields"]}
    assert (fields["preamble"]["tp"], fields["preamble"]["f1"]) == (2, 1.0)
    assert data["overall"]["field"] == "overall"
    assert [f["field"] for f in data["not_yet_extracted"]] == ["events"]
    assert {"file", "doc", "field", "expected", "found"} <= set(data["disagreements"][0])


@pytest.mark.parametrize("bad", ["gold", "texts"])
def test_missing_dir_is_one_line(tmp_path: Path, bad: str) -> None:
    gold_dir, text_dir = write(tmp_path)
    args = [tmp_path / "missing", text_dir] if bad == "gold" else [gold_dir, tmp_path / "missing"]
    result = run(*args)
    assert result.exit_code != 0
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("error:")
    assert "missing" in lines[0]
    assert "Traceback" not in result.output


def test_unreadable_yaml_is_one_line_naming_the_file(tmp_path: Path) -> None:
    result = run(*write(tmp_path, gold="source: [\n"))
    assert result.exit_code != 0
    (line,) = result.stderr.strip().splitlines()
    assert line.startswith("error:") and "tiny.yaml" in line
