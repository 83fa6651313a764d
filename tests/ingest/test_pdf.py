"""PDF: text layer per page, form feeds between pages, soft hyphens, clear errors."""

from __future__ import annotations

import pytest

from communique.errors import PdfError
from communique.ingest import read_bytes

from .samples import blank_pdf, encrypted_pdf, two_page_pdf


def test_two_pages_are_joined_by_a_form_feed() -> None:
    source = read_bytes(two_page_pdf(), "statement.pdf")
    assert source.media_type == "application/pdf"
    first, second = source.text.split("\f")
    assert first.startswith("The Ministers reaffirmed")
    assert second.strip() == "The Ministers expressed their gratitude to the host."
    assert "\r" not in source.text


def test_line_end_hyphen_becomes_a_soft_hyphen() -> None:
    text = read_bytes(two_page_pdf(), "statement.pdf").text
    assert "develop\u00adment" in text
    assert "\x02" not in text
    assert "follow-up" in text  # a real hyphen stays


def test_sha256_and_size_are_of_the_raw_bytes() -> None:
    import hashlib

    data = two_page_pdf()
    source = read_bytes(data, "statement.pdf")
    assert source.sha256 == hashlib.sha256(data).hexdigest()
    assert source.size == len(data)


def test_owner_password_only_still_reads() -> None:
    source = read_bytes(encrypted_pdf("", owner_password="owner"), "open.pdf")
    assert "gratitude" in source.text


BAD = [
    # (bytes, words the reason must contain)
    (lambda: encrypted_pdf("secret"), "PDF is encrypted (password required)"),
    (lambda: two_page_pdf()[: len(two_page_pdf()) // 2], "truncated or damaged"),
    (lambda: b"%PDF-1.7\nnot really a pdf", "truncated or damaged"),
    (blank_pdf, "no text layer: the PDF looks scanned"),
]


@pytest.mark.parametrize(("make", "reason"), BAD, ids=["encrypted", "truncated", "junk", "scan"])
def test_bad_pdfs_say_why(make: object, reason: str) -> None:
    assert callable(make)
    with pytest.raises(PdfError) as caught:
        read_bytes(make(), "/in/bad.pdf")
    assert str(caught.value).startswith("/in/bad.pdf: ")
    assert reason in str(caught.value)


def test_many_documents_in_a_row_do_not_leak() -> None:
    data = two_page_pdf()
    for _ in range(300):
        read_bytes(data, "again.pdf")
    for _ in range(100):
        with pytest.raises(PdfError):
            read_bytes(data[:500], "cut.pdf")
