"""Word documents (.docx), read with python-docx.

Body paragraphs and table rows come in document order, separated by a blank
line; a table row is one paragraph with its cells separated by tabs. Word
draws list numbers from numbering.xml instead of storing them in the text:
we render the label (``3.``, ``(b)``, ``iv)``) from the level's format and a
counter per list (numId) and level; a paragraph whose numbering we cannot
render keeps its bare text and the Source gets a ``docx_auto_numbering``
problem. Page headers and footers are kept as Furniture.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from typing import Any

import docx
from docx.oxml.ns import qn
from docx.table import Table

from communique.errors import DocxError, EmptyInputError
from communique.ingest.labels import PRINTED_LABEL, counter_value, format_number
from communique.ingest.reading import Reading, normalise_newlines
from communique.models import Furniture, Problem

Level = tuple[int, str, str]  # start, numFmt, lvlText


class Numbering:
    """Renders Word list labels; counts per list (numId) and level."""

    def __init__(self, document: Any) -> None:
        self.levels: dict[str, dict[int, Level]] = {}
        self.counters: dict[str, dict[int, int]] = {}
        self.unrendered = 0
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            return
        abstract = {
            a.get(qn("w:abstractNumId")): _levels(a) for a in root.iter(qn("w:abstractNum"))
        }
        for num in root.iter(qn("w:num")):
            ref = num.find(qn("w:abstractNumId"))
            levels = dict(abstract.get(ref.get(qn("w:val")) if ref is not None else None, {}))
            for override in num.iter(qn("w:lvlOverride")):
                start = override.find(qn("w:startOverride"))
                ilvl = counter_value(override.get(qn("w:ilvl")), 0)
                if start is not None and ilvl in levels:
                    _, fmt, text = levels[ilvl]
                    levels[ilvl] = (counter_value(start.get(qn("w:val")), 1), fmt, text)
            self.levels[num.get(qn("w:numId"), "")] = levels

    def label(self, paragraph: Any) -> str | None:
        """The printed label of a numbered paragraph; None when it has none."""
        found = _num_pr(paragraph)
        if found is None:
            return None
        num_id, ilvl = found
        levels = self.levels.get(num_id, {})
        if ilvl not in levels:
            self.unrendered += 1
            return None
        counts = self.counters.setdefault(num_id, {})
        counts[ilvl] = counts.get(ilvl, levels[ilvl][0] - 1) + 1
        for deeper in [k for k in counts if k > ilvl]:
            del counts[deeper]
        _, fmt, text = levels[ilvl]
        if fmt == "bullet":
            return "•"
        if fmt == "none":
            return None
        for level in range(ilvl, -1, -1):
            lvl_start, lvl_fmt, _ = levels.get(level, (1, "decimal", ""))
            value = format_number(counts.get(level, lvl_start), lvl_fmt)
            if value is None:
                self.unrendered += 1
                return None
            text = text.replace(f"%{level + 1}", value)
        return text.strip() or None


def _levels(abstract: Any) -> dict[int, Level]:
    levels: dict[int, Level] = {}
    for lvl in abstract.iter(qn("w:lvl")):
        values = [lvl.find(qn(f"w:{name}")) for name in ("start", "numFmt", "lvlText")]
        start, fmt, text = (v.get(qn("w:val")) if v is not None else None for v in values)
        ilvl = counter_value(lvl.get(qn("w:ilvl")), 0)
        levels[ilvl] = (counter_value(start, 1), fmt or "decimal", text or "")
    return levels


def _num_pr(paragraph: Any) -> tuple[str, int] | None:
    """(numId, ilvl) from the paragraph's own properties or its style chain."""
    sources = [paragraph._p.pPr]
    style = paragraph.style if paragraph._p.pPr is None or paragraph._p.pPr.numPr is None else None
    while style is not None:
        sources.append(style.element.pPr)
        style = style.base_style
    for ppr in sources:
        num_pr = ppr.numPr if ppr is not None else None
        if num_pr is not None and num_pr.numId is not None:
            num_id = str(num_pr.numId.val)
            ilvl = num_pr.ilvl.val if num_pr.ilvl is not None else 0
            return (num_id, int(ilvl)) if num_id != "0" else None
    return None


def _paragraph(paragraph: Any, numbering: Numbering) -> str:
    text: str = paragraph.text
    label = numbering.label(paragraph)
    if label and text.strip() and not PRINTED_LABEL.match(text + " "):
        return f"{label} {text}"
    return text


def _blocks(container: Any, numbering: Numbering) -> Iterator[str]:
    """Paragraph texts and table rows of a body or cell, in document order."""
    for item in container.iter_inner_content():
        if isinstance(item, Table):
            for row in item.rows:
                seen: set[int] = set()
                cells = []
                for cell in row.cells:
                    if id(cell._tc) not in seen:  # a merged cell repeats
                        seen.add(id(cell._tc))
                        cells.append(" ".join(b for b in _blocks(cell, numbering) if b.strip()))
                yield "\t".join(cells)
        else:
            yield _paragraph(item, numbering)


def _damaged(err: Exception, origin: str) -> DocxError:
    detail = str(err).split("\n")[0][:160]
    return DocxError(f"damaged Word document ({type(err).__name__}: {detail})", origin)


def open_document(data: bytes, origin: str) -> Any:
    if not zipfile.is_zipfile(io.BytesIO(data)):
        raise DocxError("not a Word document (not a zip archive)", origin)
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        if "word/document.xml" not in archive.namelist():
            raise DocxError("not a Word document (no word/document.xml in the zip)", origin)
    try:
        return docx.Document(io.BytesIO(data))
    except Exception as err:  # python-docx raises many kinds on damaged parts
        raise _damaged(err, origin) from None


def _furniture(document: Any) -> tuple[Furniture, ...]:
    found: dict[tuple[str, str], None] = {}
    for section in document.sections:
        for kind, part in (("header", section.header), ("footer", section.footer)):
            text = "\n".join(p.text for p in part.paragraphs if p.text.strip())
            if text:
                found[(kind, text)] = None
    return tuple(Furniture(kind=kind, text=text) for kind, text in found)


def read_docx(data: bytes, origin: str) -> Reading:
    """A .docx → its body text, list labels rendered."""
    document = open_document(data, origin)
    try:
        numbering = Numbering(document)
        blocks = [b for b in _blocks(document, numbering) if b.strip()]
        furniture = _furniture(document)
    except Exception as err:  # malformed parts surface only when python-docx walks them
        raise _damaged(err, origin) from None
    if not blocks:
        raise EmptyInputError("the Word document has no text", origin)
    problems: tuple[Problem, ...] = ()
    if numbering.unrendered:
        problems = (
            Problem(
                code="docx_auto_numbering",
                message=f"{numbering.unrendered} numbered paragraph(s) keep no label: "
                "their Word numbering could not be rendered",
            ),
        )
    text = normalise_newlines("\n\n".join(blocks))
    return Reading(text=text, furniture=furniture, problems=problems)
