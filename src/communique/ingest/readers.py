"""Bytes → Source: choose the reader by media type and record what it found."""

from __future__ import annotations

import hashlib

from communique.errors import EmptyInputError, UnsupportedTypeError
from communique.ingest.docx import read_docx
from communique.ingest.html import read_html
from communique.ingest.pdf import read_pdf
from communique.ingest.reading import Reading
from communique.ingest.sniff import DOCX, HTML, PDF, describe_unsupported, media_type_of
from communique.ingest.text import read_text
from communique.models import MediaType, Source


def read_bytes(
    data: bytes,
    origin: str,
    *,
    media_type: MediaType | None = None,
    charset: str | None = None,
) -> Source:
    """Read ``data`` as the file or URL ``origin`` names.

    ``media_type`` skips sniffing; ``charset`` is an encoding an HTTP header
    declared (a BOM and valid UTF-8 still win over it).
    """
    if not data:
        raise EmptyInputError("file is empty", origin)
    kind = media_type or media_type_of(origin, data)
    if kind is None:
        raise UnsupportedTypeError(describe_unsupported(origin, data), origin)
    reading = _reader(kind, data, origin, charset)
    return Source(
        origin=origin,
        media_type=kind,
        text=reading.text,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        encoding=reading.encoding,
        furniture=reading.furniture,
        problems=reading.problems,
    )


def _reader(kind: MediaType, data: bytes, origin: str, charset: str | None) -> Reading:
    if kind == PDF:
        return read_pdf(data, origin)
    if kind == DOCX:
        return read_docx(data, origin)
    if kind == HTML:
        return read_html(data, origin, charset)
    return read_text(data, origin, charset)
