"""The whole shared corpus through the CLI: every file ingests, and again changes nothing."""

from __future__ import annotations

import json
import re
from pathlib import Path

from click.testing import CliRunner

from communique.cli import main


def test_seeds_and_unsc_ingest_without_failure_and_reingest_is_stable(
    corpus: Path, tmp_path: Path
) -> None:
    db = str(tmp_path / "corpus.db")
    targets = [str(corpus / "seeds"), str(corpus / "unsc")]
    n_files = len(list((corpus / "seeds").glob("*.txt"))) + len(
        list((corpus / "unsc").glob("*.txt"))
    )
    assert n_files == 907

    first = CliRunner().invoke(main, ["ingest", *targets, "--db", db, "--quiet"])
    assert first.exit_code == 0, first.output
    assert f"{n_files} files: {n_files} added" in first.stdout
    assert " 0 failed" in first.stdout
    listing = json.loads(CliRunner().invoke(main, ["list", "--json", "--db", db]).stdout)
    ids = sorted(r["id"] for r in listing)
    assert len(ids) == len(set(ids)) >= n_files + 1  # 004 holds two resolutions
    store_line = re.search(r"Store .*", first.stdout)
    assert store_line is not None

    again = CliRunner().invoke(main, ["ingest", *targets, "--db", db, "--quiet"])
    assert again.exit_code == 0
    assert f"0 added, 0 updated, {n_files} unchanged" in again.stdout
    assert store_line.group(0) in again.stdout  # same files, documents and clause counts
    relisted = json.loads(CliRunner().invoke(main, ["list", "--json", "--db", db]).stdout)
    assert sorted(r["id"] for r in relisted) == ids
