"""Which reader a file needs: magic bytes first, then the extension.

``media_type_of`` answers ``None`` for anything no reader handles;
``describe_unsupported`` turns that into the reason an error prints.
"""

from __future__ import annotations

import posixpath
from urllib.parse import urlsplit

from communique.models import MediaType

PDF: MediaType = "application/pdf"
HTML: MediaType = "text/html"
TEXT: MediaType = "text/plain"
DOCX: MediaType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"

EXTENSIONS: dict[str, MediaType] = {
    ".txt": TEXT,
    ".text": TEXT,
    ".md": TEXT,
    ".htm": HTML,
    ".html": HTML,
    ".xhtml": HTML,
    ".pdf": PDF,
    ".docx": DOCX,
}

HEADER_TYPES: dict[str, MediaType] = {
    "text/plain": TEXT,
    "text/markdown": TEXT,
    "text/html": HTML,
    "application/xhtml+xml": HTML,
    "application/pdf": PDF,
    DOCX: DOCX,
}

# Well-known formats we do not read, so the error can say what the file is.
_OTHER_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF8", "a GIF image"),
    (b"II*\x00", "a TIFF image"),
    (b"MM\x00*", "a TIFF image"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "a legacy (.doc/.xls) or password-protected Office file"),
    (b"{\\rtf", "an RTF document: save it as .docx or PDF"),
    (b"PK\x03\x04", "a zip archive that is not a Word document"),
    (b"\x1f\x8b", "a gzip archive"),
)

_HTML_STARTS = (b"<!doctype html", b"<html", b"<head", b"<body")


def magic_type(data: bytes) -> MediaType | None:
    """The media type the first bytes prove, or None when they prove nothing."""
    head = data[:1024]
    if b"%PDF-" in head:  # the spec lets junk precede the header
        return PDF
    if data.startswith(b"PK\x03\x04") and b"word/document.xml" in data:
        return DOCX
    start = head.removeprefix(b"\xef\xbb\xbf").lstrip().lower()
    if start.startswith(_HTML_STARTS):
        return HTML
    if start.startswith(b"<?xml") and b"<html" in start:
        return HTML
    return None


def extension_of(name: str) -> str:
    """The lower-case extension of a path or of a URL's path (``""`` when none)."""
    if name.startswith(("http://", "https://")):
        name = urlsplit(name).path
    return posixpath.splitext(name.replace("\\", "/"))[1].lower()


def media_type_of(name: str, data: bytes) -> MediaType | None:
    """Sniff magic bytes first, then the extension; None = unsupported."""
    found = magic_type(data)
    if found:
        return found
    by_name = EXTENSIONS.get(extension_of(name))
    if by_name == DOCX and data.startswith(b"PK"):
        return DOCX  # a zip named .docx: the reader says what is missing
    if any(data.startswith(magic) for magic, _ in _OTHER_MAGIC):
        return None  # an image, archive or legacy file, whatever its name says
    return by_name


def header_type(content_type: str | None) -> tuple[MediaType | None, str | None]:
    """``"text/html; charset=ISO-8859-1"`` → ``("text/html", "ISO-8859-1")``."""
    if not content_type:
        return None, None
    mime, _, params = content_type.partition(";")
    charset = None
    for param in params.split(";"):
        key, _, value = param.partition("=")
        if key.strip().lower() == "charset" and value.strip():
            charset = value.strip().strip("\"'")
    return HEADER_TYPES.get(mime.strip().lower()), charset


def describe_unsupported(name: str, data: bytes) -> str:
    """Why no reader takes this file, in a few words."""
    for magic, what in _OTHER_MAGIC:
        if data.startswith(magic):
            return f"unsupported file type: {what}"
    ext = extension_of(name)
    if ext:
        return f"unsupported file type '{ext}'"
    return "unsupported file type (no known extension and the content is not recognised)"
