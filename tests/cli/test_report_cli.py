"""communique mandates / phrases / report over a store of the seeds."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from communique.cli import main

CHROMIUM = Path("/usr/bin/chromium")


@pytest.fixture
def db(corpus: Path, tmp_path: Path) -> str:
    path = str(tmp_path / "seeds.db")
    done = CliRunner().invoke(main, ["ingest", "-q", "--db", path, str(corpus / "seeds")])
    assert done.exit_code == 0, done.output
    return path


def run(*args: str) -> str:
    done = CliRunner().invoke(main, list(args))
    assert done.exit_code == 0, done.output
    return done.output


def test_mandates_lists_the_2007_requests_with_their_occasion(db: str) -> None:
    rows = json.loads(run("mandates", "--db", db, "--addressee", "Secretary-General", "--json"))
    due = "the 35th Session of the Islamic Conference of Foreign Ministers"
    mine = [(m["symbol"], m["clause"], m["occasion"]["number"]) for m in rows if m["due"] == due]
    assert sorted(mine) == [("2/34-P", "O12", 35), ("3/34-P", "O10", 35)]
    lapsed = run("mandates", "--db", db, "--status", "lapsed")
    assert "occasion_passed" in lapsed and "2/34-P O12" in lapsed


def test_phrases_table_json_and_chart(db: str, tmp_path: Path) -> None:
    chart = tmp_path / "sd.svg"
    out = run("phrases", "self-determination", "--db", db, "--chart", str(chart))
    assert "2007" in out and "2/34-P O3" in out
    data = json.loads(run("phrases", "self determination", "--db", db, "--json"))
    assert data["by_year"] == [[2007, 3], [2023, 4], [2025, 2]]
    svg = chart.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and ">Year</text>" in svg and ">Clauses</text>" in svg


def test_report_markdown_and_html(db: str, tmp_path: Path) -> None:
    md = tmp_path / "r.md"
    run("report", "--db", db, "--body", "oic.cfm", "--since", "2007-01-01", "--out", str(md))
    text = md.read_text(encoding="utf-8")
    assert text.startswith("# Follow-up report: oic.cfm")
    assert "## the Secretary-General" in text and "**LAPSED**" in text
    assert "> Requests the Secretary-General to follow up" in text
    assert (tmp_path / "r.timeline.svg").read_text(encoding="utf-8").startswith("<svg")
    html = tmp_path / "r.html"
    run("report", "--db", db, "--body", "oic.cfm", "--since", "2007-01-01",
        "--format", "html", "--out", str(html))  # fmt: skip
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "<circle" in page
    assert "OIC-CFM-51\\2025-CG-J&amp;K\\FINAL.REP" in page  # document text escaped
    assert "<script" not in page


def test_report_rejects_a_bad_date(db: str) -> None:
    done = CliRunner().invoke(main, ["report", "--db", db, "--body", "x", "--since", "May"])
    assert done.exit_code != 0 and "not a date" in done.output


@pytest.mark.skipif(not CHROMIUM.exists(), reason="/usr/bin/chromium is not installed")
def test_report_pdf_renders_a_page(db: str, tmp_path: Path) -> None:
    pdfium = pytest.importorskip("pypdfium2")
    pytest.importorskip("PIL")
    out = tmp_path / "r.pdf"
    run("report", "--db", db, "--body", "oic.cfm", "--since", "2007-01-01",
        "--format", "pdf", "--out", str(out))  # fmt: skip
    pdf = pdfium.PdfDocument(str(out))
    image = pdf[0].render(scale=1).to_pil()
    assert image.size == (612, 792)  # US Letter at 72 dpi, Chromium's default paper
    grey = image.convert("L")
    lo, hi = grey.getextrema()
    assert hi - lo > 100  # ink on paper, not a blank page
    dark = grey.histogram()[:128]
    assert sum(dark) > 1000
