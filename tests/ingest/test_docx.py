"""Word: paragraphs and table rows in order, list numbers rendered."""

from __future__ import annotations

import io
import zipfile

import docx
import pytest

from communique.errors import DocxError
from communique.ingest import read_bytes

from .samples import communique_docx

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_body_in_document_order() -> None:
    source = read_bytes(communique_docx(), "fc.docx")
    assert source.media_type == DOCX
    assert source.text.split("\n\n") == [
        "Final Communiqué",
        "The Ministers met in Banjul on 4 May 2019.",
        "1. Welcome the report of the Secretary-General;",
        "2. Decide to remain seized of the matter.",
        "• a point in a bulleted list",
        "Country\tVote",
        "Gambia\tIn favour",
        "Done in Banjul.",
    ]
    assert source.problems == ()


def test_page_header_is_furniture_not_text() -> None:
    source = read_bytes(communique_docx(), "fc.docx")
    assert [(f.kind, f.text) for f in source.furniture] == [("header", "OIC/CFM-46/2019/FC")]
    assert "OIC/CFM-46" not in source.text


def _docx_with_numbering(fmt: str, lvl_text: str) -> bytes:
    """Paragraphs numbered through a custom abstractNum of the given format."""
    document = docx.Document()
    numbering = document.part.numbering_part.element
    w = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
    from lxml import etree

    abstract = etree.SubElement(numbering, f"{{{w}}}abstractNum")
    abstract.set(f"{{{w}}}abstractNumId", "90")
    lvl = etree.SubElement(abstract, f"{{{w}}}lvl")
    lvl.set(f"{{{w}}}ilvl", "0")
    for name, value in (("start", "1"), ("numFmt", fmt), ("lvlText", lvl_text)):
        etree.SubElement(lvl, f"{{{w}}}{name}").set(f"{{{w}}}val", value)
    num = etree.SubElement(numbering, f"{{{w}}}num")
    num.set(f"{{{w}}}numId", "90")
    etree.SubElement(num, f"{{{w}}}abstractNumId").set(f"{{{w}}}val", "90")
    for text in ("Urges member states;", "Requests the Secretary-General;"):
        paragraph = document.add_paragraph(text)
        ppr = paragraph._p.get_or_add_pPr()
        num_pr = ppr.get_or_add_numPr()
        num_pr.get_or_add_ilvl().val = 0
        num_pr.get_or_add_numId().val = 90
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


@pytest.mark.parametrize(
    ("fmt", "lvl_text", "labels"),
    [
        ("decimal", "%1.", ["1.", "2."]),
        ("lowerLetter", "(%1)", ["(a)", "(b)"]),
        ("upperRoman", "%1.", ["I.", "II."]),
    ],
)
def test_numbering_formats(fmt: str, lvl_text: str, labels: list[str]) -> None:
    source = read_bytes(_docx_with_numbering(fmt, lvl_text), "n.docx")
    assert [p.split(" ")[0] for p in source.text.split("\n\n")] == labels
    assert source.problems == ()


def test_unrenderable_numbering_is_a_problem() -> None:
    source = read_bytes(_docx_with_numbering("chineseCounting", "%1、"), "n.docx")
    assert source.text.startswith("Urges member states;")
    assert [p.code for p in source.problems] == ["docx_auto_numbering"]
    assert "2 numbered paragraph" in source.problems[0].message


def _zip(names: list[str]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in names:
            archive.writestr(name, "<x/>")
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"plain words, not a zip", "not a zip archive"),
        (_zip(["content.xml", "mimetype"]), "no word/document.xml"),
        (_zip(["[Content_Types].xml", "word/document.xml"]), "damaged Word document"),
    ],
    ids=["not-zip", "no-document", "damaged"],
)
def test_bad_docx_say_why(data: bytes, reason: str) -> None:
    with pytest.raises(DocxError) as caught:
        read_bytes(data, "/in/bad.docx")
    assert str(caught.value).startswith("/in/bad.docx: ")
    assert reason in str(caught.value)
