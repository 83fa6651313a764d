"""The bundled examples (docs/examples.md): documents in forms the rules were
not tuned on — a PDF text layer without blank lines, running headers at page
tops, soft hyphens, a Word table, a web page."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
from tests.conftest import EXAMPLES

from communique import read
from communique.extract import extract
from communique.models import Record


@cache
def records(name: str) -> tuple[Record, ...]:
    return extract(read(str(EXAMPLES / name)))


def counts(rec: Record) -> tuple[int, int, int]:
    return (
        len(rec.of_kind("preambular")),
        len(rec.of_kind("operative")),
        len(rec.of_kind("paragraph")),
    )


# file, position, doc_type, symbol, (preambular, operative, paragraphs)
STRUCTURE = [
    ("resolutions_2024.pdf", 1, "resolution", "4/12-POL", (8, 12, 0)),
    ("resolutions_2024.pdf", 2, "resolution", "5/12-POL", (5, 8, 0)),
    ("joint_communique_2023.html", 1, "joint_communique", None, (8, 10, 1)),
    ("meeting_report_2025.docx", 1, "meeting_report", "CLS-CFM-13\\2025-CG-MB\\FINAL.REP", None),
    ("declaration_2021.txt", 1, "statement", None, (0, 0, 6)),
    ("press_release_2023.txt", 1, "press_release", None, (0, 0, 4)),
    ("news_report_2022.txt", 1, "news_report", None, (0, 0, 8)),
]


@pytest.mark.parametrize(("name", "position", "doc_type", "symbol", "shape"), STRUCTURE)
def test_structure(
    name: str, position: int, doc_type: str, symbol: str | None, shape: tuple | None
) -> None:
    recs = records(name)
    assert len(recs) == max(p for n, p, *_ in STRUCTURE if n == name)
    rec = recs[position - 1]
    assert rec.doc_type == doc_type
    assert rec.symbol == symbol
    if shape is not None:
        assert counts(rec) == shape


@pytest.mark.parametrize(
    ("position", "title", "acts"),
    [
        (
            1,
            "On the Marrow Basin Water Dispute",
            [
                *("call", "call", "affirm", "urge", "decide", "appeal", "request", "welcome"),
                *("urge", "mandate", "decide", "request"),
            ],
        ),
        (
            2,
            "On the Dialogue Process between Valdoria and Caspira",
            [
                *("support", "note", "support", "express satisfaction", "appreciate"),
                *("encourage", "call", "request"),
            ],
        ),
    ],
)
def test_resolutions_pdf(position: int, title: str, acts: list[str]) -> None:
    rec = records("resolutions_2024.pdf")[position - 1]
    assert rec.title == title
    ops = rec.of_kind("operative")
    assert [c.act for c in ops] == acts
    assert [c.number for c in ops] == [str(n) for n in range(1, len(acts) + 1)]
    (subject,) = rec.of_kind("subject")
    assert subject.text.startswith("The Twelfth Session of the Council of Foreign Ministers")
    assert rec.date == "2024-03-04"


def test_items_across_a_page_break_and_after_and() -> None:
    rec = records("resolutions_2024.pdf")[0]
    clause = rec.of_kind("operative")[4]
    assert clause.number == "5"
    assert [i.number for i in clause.items] == ["i", "ii", "iii", "iv", "v"]
    assert clause.items[3].text.endswith("within seventy-two hours; and")
    assert clause.items[4].text.startswith("publish a summary")


def test_running_headers_and_footers_are_furniture() -> None:
    src = read(str(EXAMPLES / "resolutions_2024.pdf"))
    furniture = [f for rec in records("resolutions_2024.pdf") for f in rec.furniture]
    headers = [f for f in furniture if f.kind == "header"]
    assert len(headers) == 3
    for f in headers:
        assert f.text.startswith("CLS/CFM-12/2024/POL/RES/FINAL Resolutions on Political Affairs")
        assert src.text[f.src_start : f.src_end] == f.text
    pages = [f.text for f in furniture if f.kind == "page_number"]
    assert pages == ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]


def _all_text(rec: Record) -> list[str]:
    return [c.text for c in rec.clauses] + [i.text for c in rec.clauses for i in c.items]


@pytest.mark.parametrize("name", sorted({n for n, *_ in STRUCTURE}))
def test_no_furniture_or_marks_in_clauses(name: str) -> None:
    for rec in records(name):
        for text in _all_text(rec):
            assert "Page 1 of 3" not in text
            assert "CLS/CFM-12/2024/POL/RES/FINAL Resolutions" not in text
            assert "\ufffe" not in text
            assert "\u00ad" not in text


@pytest.mark.parametrize(
    ("word", "wrong"),
    [
        ("seventy-two", "seventytwo"),
        ("water-use", "wateruse"),
        ("self-governance", "selfgovernance"),
        ("recommendations", "recom-mendations"),
    ],
)
def test_line_end_hyphens(word: str, wrong: str) -> None:
    text = " ".join(t for rec in records("resolutions_2024.pdf") for t in _all_text(rec))
    assert word in text
    assert wrong not in text


def test_joint_communique() -> None:
    (rec,) = records("joint_communique_2023.html")
    (subject,) = rec.of_kind("subject")
    assert subject.text == "The Foreign Ministers:"
    demanded = [c for c in rec.of_kind("operative") if c.act == "demand"]
    assert len(demanded) == 1 and len(demanded[0].items) == 5
    assert rec.of_kind("closing")[-1].text == "Halcyra, 19 September 2023"


def test_meeting_report_paragraphs() -> None:
    (rec,) = records("meeting_report_2025.docx")
    numbered = [c for c in rec.of_kind("paragraph") if c.number]
    assert [c.number for c in numbered] == [str(n) for n in range(1, 12)]
    assert numbered[3].text.startswith("The Special Envoy of the Secretary-General")
    assert numbered[4].text.startswith("H.E. Ms. Corinna Daalman")
    assert numbered[-1].text == "The meeting adopted a Joint Communiqué."


def test_declaration_paragraphs() -> None:
    (rec,) = records("declaration_2021.txt")
    numbered = [c.number for c in rec.of_kind("paragraph") if c.number]
    assert numbered == ["1", "2", "3", "4", "5"]
    assert rec.title == "Declaration on the Second Anniversary of the Upper Marrow Diversion Order"


def test_press_release_title() -> None:
    (rec,) = records("press_release_2023.txt")
    assert rec.title == "Meeting of the Members of the CLS Contact Group on the Marrow Basin"


def test_examples_are_all_covered() -> None:
    files = {p.name for p in Path(EXAMPLES).iterdir() if p.suffix != ".md"}
    assert files == {n for n, *_ in STRUCTURE}
