"""Readers: a file, folder or URL → Source (text, media type, origin).

    for target in iter_targets(["docs/", "https://example.org/press/123"]):
        source = read(target)

One reader per media type (text, html, pdf, docx) plus url for http(s).
``read_bytes`` reads bytes you already hold. Every failure is a typed
``communique.errors.InputError`` whose ``str()`` names the file and the reason.
"""

from __future__ import annotations

from communique.ingest.files import iter_targets, read
from communique.ingest.limits import DEFAULT_MAX_BYTES
from communique.ingest.readers import read_bytes
from communique.ingest.sniff import media_type_of

__all__ = ["DEFAULT_MAX_BYTES", "iter_targets", "media_type_of", "read", "read_bytes"]
