"""The CLI through click's runner, on the bundled examples and the seed corpus."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from tests.conftest import EXAMPLES, seed

from communique.cli import main


def run(*args: str, db: Path | None = None) -> Result:
    argv = list(args) + (["--db", str(db)] if db is not None else [])
    return CliRunner().invoke(main, argv, catch_exceptions=False)


@pytest.fixture
def db(tmp_path: Path) -> Path:
    return tmp_path / "dossier.db"


def ids_and_counts(db: Path) -> tuple[list[str], str]:
    listing = run("list", "--json", db=db)
    assert listing.exit_code == 0, listing.output
    rows = json.loads(listing.stdout)
    return sorted(r["id"] for r in rows), run("export", "--format", "jsonl", db=db).stdout


@pytest.mark.parametrize("command", sorted(main.commands))
def test_every_command_has_help_with_an_example(command: str) -> None:
    result = run(command, "--help")
    assert result.exit_code == 0
    assert "Example" in result.output
    assert f"communique {command}" in result.output


def test_ingest_examples_then_again_changes_nothing(db: Path) -> None:
    first = run("ingest", str(EXAMPLES), db=db)
    assert first.exit_code == 0, first.output
    assert " 0 failed" in first.output
    ids, dump = ids_and_counts(db)
    assert len(ids) >= 6

    second = run("ingest", str(EXAMPLES), db=db)
    assert second.exit_code == 0
    assert re.search(r"0 added, 0 updated, \d+ unchanged", second.output), second.output
    assert ids_and_counts(db) == (ids, dump)


def test_bad_input_is_one_line_each_and_the_batch_goes_on(db: Path, tmp_path: Path) -> None:
    bad = tmp_path / "bad"
    bad.mkdir()
    (bad / "empty.txt").write_bytes(b"")
    (bad / "garbage.txt").write_bytes(bytes(range(256)) * 8)
    (bad / "broken.pdf").write_bytes(b"%PDF-1.7\n1 0 obj <<")
    good = bad / "good.txt"
    good.write_text(
        "RESOLUTION NO. 1/1-P\n\nRecalling its earlier decisions;\n\n"
        "1. Requests the Secretary-General to report.\n",
        encoding="utf-8",
    )
    missing = tmp_path / "nowhere.txt"
    result = CliRunner().invoke(main, ["ingest", str(bad), str(missing), "--db", str(db)])
    assert result.exit_code == 1
    for name in ("empty.txt", "garbage.txt", "broken.pdf", "nowhere.txt"):
        lines = [line for line in result.stderr.splitlines() if name in line]
        assert lines, f"{name} not reported:\n{result.stderr}"
    assert "Traceback" not in result.output
    listing = json.loads(run("list", "--json", db=db).stdout)
    assert [Path(r["origin"]).name for r in listing] == ["good.txt"]


def test_unsupported_file_in_folder_is_skipped_but_named_file_fails(
    db: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "f"
    folder.mkdir()
    (folder / "notes.xyz").write_text("hello")
    (folder / "a.txt").write_text("1. Calls upon all parties to act.\n")
    skipped = CliRunner().invoke(main, ["ingest", str(folder), "--db", str(db)])
    assert skipped.exit_code == 0, skipped.output
    assert "notes.xyz" in skipped.stderr
    named = CliRunner().invoke(main, ["ingest", str(folder / "notes.xyz"), "--db", str(db)])
    assert named.exit_code == 1
    assert "notes.xyz" in named.stderr


def test_show_004_has_two_clean_resolutions(db: Path, corpus: Path) -> None:
    path = seed("004")
    assert run("ingest", str(path), db=db).exit_code == 0
    shown = run("show", str(path), "--json", db=db)
    records = json.loads(shown.stdout)
    source = path.read_text(encoding="utf-8")
    assert [r["symbol"] for r in records] == ["2/34-P", "3/34-P"]
    assert [len(r["preamble"]) for r in records] == [13, 3]
    assert [len(r["operative"]) for r in records] == [12, 10]
    for record in records:
        for clause in record["preamble"] + record["operative"]:
            text = clause["text"]
            assert not re.search(r"\b\d+\s+th\b", text), text  # "8 th" rejoined
            assert "  " not in text, text  # runs of spaces folded
            assert "\n" not in text, text  # lines and page breaks joined
            span = clause["span"]
            printed = source[span["src_start"] : span["src_end"]]
            assert printed.split()[0] == text.split()[0], (printed, text)  # offsets hold
    human = run("show", str(path), db=db).output
    assert "2/34-P" in human and "3/34-P" in human


def test_search_self_determination_across_seeds(db: Path, corpus: Path) -> None:
    assert run("ingest", str(corpus / "seeds"), db=db).exit_code == 0
    result = run("search", "self-determination", "--limit", "50", "--json", db=db)
    assert result.exit_code == 0
    hits = json.loads(result.stdout)["hits"]
    found = {h["record_id"] for h in hits}
    listing = json.loads(run("list", "--json", db=db).stdout)
    prefixes = {Path(r["origin"]).name[:3] for r in listing if r["id"] in found}
    assert {"001", "002", "003", "004"} <= prefixes
    assert all(h["highlights"] for h in hits)
    human = run("search", "self-determination", db=db).output
    assert "[self-determination]" in human.lower() or "[self" in human.lower()


@pytest.mark.parametrize("query", ['"unbalanced', "", "a" * 600, "OR"])
def test_malformed_query_is_one_line(db: Path, query: str) -> None:
    run("ingest", str(EXAMPLES), db=db)
    result = CliRunner().invoke(main, ["search", query, "--db", str(db)])
    assert result.exit_code != 0
    assert "Traceback" not in result.output
    assert len(result.stderr.strip().splitlines()) == 1
    assert result.stderr.startswith("error:")


def test_export_json_to_file(db: Path, tmp_path: Path) -> None:
    run("ingest", str(EXAMPLES), db=db)
    out = tmp_path / "dossier.json"
    result = run("export", "--format", "json", "--out", str(out), db=db)
    assert result.exit_code == 0
    records = json.loads(out.read_text(encoding="utf-8"))
    assert len(records) == len(json.loads(run("list", "--json", db=db).stdout))
    assert {"id", "doc_type", "preamble", "operative", "session", "problems"} <= set(records[0])


def test_extract_touches_no_database(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    pdf = next(EXAMPLES.glob("*.pdf"))
    result = run("extract", str(pdf), "--json")
    assert result.exit_code == 0
    records = json.loads(result.stdout)
    assert len(records) == 2 and records[0]["operative"]
    assert (
        records[0]["operative"][0]["span"]["src_end"]
        > records[0]["operative"][0]["span"]["src_start"]
    )
    assert list(tmp_path.iterdir()) == []


def test_show_unknown_id_is_one_line(db: Path) -> None:
    run("ingest", str(EXAMPLES), db=db)
    result = CliRunner().invoke(main, ["show", "ffffffffffff", "--db", str(db)])
    assert result.exit_code == 1
    assert result.stderr.startswith("error:") and "Traceback" not in result.output


def test_ingest_url_from_a_local_server(db: Path, tmp_path: Path) -> None:
    import functools
    import http.server
    import threading

    site = tmp_path / "site"
    site.mkdir()
    (site / "communique.html").write_bytes(next(EXAMPLES.glob("*.html")).read_bytes())
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(site))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        ok = CliRunner().invoke(main, ["ingest", f"{base}/communique.html", "--db", str(db)])
        assert ok.exit_code == 0, ok.output
        missing = CliRunner().invoke(main, ["ingest", f"{base}/missing.html", "--db", str(db)])
        assert missing.exit_code == 1
        assert "missing.html" in missing.stderr and "404" in missing.stderr
    finally:
        server.shutdown()
    listing = json.loads(run("list", "--json", db=db).stdout)
    assert [r["origin"] for r in listing] == [f"{base}/communique.html"]


@pytest.mark.parametrize(
    ("snippet", "spans", "expected"),
    [
        ("the Special Envoy said", [(4, 11), (12, 17)], "the [Special Envoy] said"),
        ("Special and Envoy", [(0, 7), (12, 17)], "[Special] and [Envoy]"),
        ("a  b", [], "a b"),
    ],
)
def test_highlight_merges_adjacent_terms(
    snippet: str, spans: list[tuple[int, int]], expected: str
) -> None:
    from communique.terminal import highlight

    assert click_unstyle(highlight(snippet, spans)) == expected


def click_unstyle(text: str) -> str:
    return re.sub(r"\x1b\[[0-9;]*m", "", text)


def test_show_finds_a_file_ingested_through_a_symlinked_folder(db: Path, tmp_path: Path) -> None:
    # ingest names a file by its absolute path, links not followed; show must look it up so
    real = tmp_path / "real"
    real.mkdir()
    (real / "note.txt").write_text("The Council decides to remain seized of the matter.\n")
    link = tmp_path / "link"
    link.symlink_to(real, target_is_directory=True)
    assert run("ingest", str(link / "note.txt"), db=db).exit_code == 0
    shown = run("show", str(link / "note.txt"), "--json", db=db)
    assert shown.exit_code == 0, shown.output
    assert len(json.loads(shown.stdout)) == 1
