"""PDF text layers, read with pypdfium2.

Why pypdfium2: PDFium is the engine Chrome uses, so reading order is right on
two-column pages; it is fast (hundreds of pages a second) and its licence is
permissive (Apache-2.0/BSD), where PyMuPDF is AGPL; it is maintained.

Text shape: one string per page, pages joined with ``\\f`` (form feed) so later
stages can find page breaks, running headers and page numbers; ``\\r\\n`` is
``\\n``. PDFium marks a hyphen that it judged to break a word at a line end
with ``\\x02`` (``\\ufffe`` in some versions) and drops the line break; we
write U+00AD SOFT HYPHEN there, so the cleaner can tell "develop\\u00adment"
(join: "development") from a real hyphen ("follow-up"), which stays "-".
Documents, pages and text pages are closed as soon as they are read, so a
batch can read thousands of files.
"""

from __future__ import annotations

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from communique.errors import PdfError
from communique.ingest.reading import Reading, normalise_newlines

SOFT_HYPHEN = "\u00ad"
_HYPHEN_MARKS = str.maketrans({"\x02": SOFT_HYPHEN, "\ufffe": SOFT_HYPHEN, "\x00": None})

_LOAD_ERRORS = {
    pdfium_c.FPDF_ERR_PASSWORD: "PDF is encrypted (password required)",
    pdfium_c.FPDF_ERR_SECURITY: "PDF uses an unsupported security handler",
    pdfium_c.FPDF_ERR_FORMAT: "PDF is truncated or damaged (not a readable PDF structure)",
    pdfium_c.FPDF_ERR_FILE: "PDF could not be opened",
}


def page_texts(data: bytes, origin: str) -> list[str]:
    """The text layer of each page, in order."""
    try:
        doc = pdfium.PdfDocument(data)
    except pdfium.PdfiumError as err:
        reason = _LOAD_ERRORS.get(err.err_code or -1, f"PDF could not be read ({err})")
        raise PdfError(reason, origin) from None
    try:
        if len(doc) == 0:
            raise PdfError("PDF has no pages", origin)
        return [_page_text(doc, index, origin) for index in range(len(doc))]
    finally:
        doc.close()


def _page_text(doc: pdfium.PdfDocument, index: int, origin: str) -> str:
    try:
        page = doc[index]
    except pdfium.PdfiumError:
        raise PdfError(f"PDF is damaged (page {index + 1} cannot be loaded)", origin) from None
    try:
        textpage = page.get_textpage()
        try:
            raw: str = textpage.get_text_range()
        finally:
            textpage.close()
    except pdfium.PdfiumError:
        raise PdfError(
            f"PDF is damaged (no text on page {index + 1} can be read)", origin
        ) from None
    finally:
        page.close()
    return normalise_newlines(raw.translate(_HYPHEN_MARKS))


def read_pdf(data: bytes, origin: str) -> Reading:
    """A PDF → its text layer, pages joined with form feeds."""
    pages = page_texts(data, origin)
    if not any(page.strip() for page in pages):
        count = f"{len(pages)} page" + ("s" if len(pages) != 1 else "")
        raise PdfError(f"no text layer: the PDF looks scanned ({count}, no text)", origin)
    return Reading(text="\f".join(pages))
