"""http(s) URLs, fetched with the standard library only.

One GET to the URL the user gave (redirects followed), a timeout, and a
streamed read that stops at the size limit. The media type is sniffed from
the bytes first, then taken from the Content-Type header, then from the
URL's extension. Every failure is a FetchError saying why.
"""

from __future__ import annotations

import socket
import ssl
import urllib.error
import urllib.request
from http.client import HTTPException, HTTPResponse

from communique.errors import FetchError
from communique.ingest.limits import check_size
from communique.ingest.readers import read_bytes
from communique.ingest.sniff import EXTENSIONS, extension_of, header_type, magic_type
from communique.models import Source

USER_AGENT = "communique/0.1 (outcome-document reader)"
ACCEPT = "text/html, application/xhtml+xml, application/pdf, text/plain;q=0.9, */*;q=0.5"
CHUNK = 64 * 1024


def is_url(target: str) -> bool:
    return target.lower().startswith(("http://", "https://"))


def _why(err: BaseException, timeout: float) -> str:
    """A short human reason for a failed fetch."""
    if isinstance(err, urllib.error.HTTPError):
        return f"HTTP {err.code} {err.reason}".strip()
    reason = err.reason if isinstance(err, urllib.error.URLError) else err
    if isinstance(reason, TimeoutError):
        return f"timed out after {timeout:g} s"
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve host: {reason.strerror or reason}"
    if isinstance(reason, ssl.SSLError):
        return f"TLS error: {reason.reason or reason}"
    if isinstance(reason, OSError):
        return f"cannot connect: {reason.strerror or reason}"
    if isinstance(reason, ValueError):
        return f"not a valid URL: {reason}"
    return f"cannot fetch: {reason}"


def fetch(url: str, *, max_bytes: int, timeout: float) -> tuple[bytes, str | None]:
    """The body (at most ``max_bytes``) and the Content-Type header."""
    headers = {"User-Agent": USER_AGENT, "Accept": ACCEPT}
    try:
        request = urllib.request.Request(url, headers=headers)
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return _body(response, url, max_bytes), response.headers.get("Content-Type")
    except (urllib.error.URLError, OSError, HTTPException, ValueError) as err:
        raise FetchError(_why(err, timeout), url) from None


def _body(response: HTTPResponse, url: str, max_bytes: int) -> bytes:
    length = response.headers.get("Content-Length", "")
    if length.isdigit():
        check_size(int(length), max_bytes, url)
    chunks: list[bytes] = []
    total = 0
    while chunk := response.read(CHUNK):
        total += len(chunk)
        check_size(total, max_bytes, url)
        chunks.append(chunk)
    return b"".join(chunks)


def read_url(url: str, *, max_bytes: int, timeout: float) -> Source:
    """Fetch ``url`` and read it; Source.origin is the URL as given."""
    data, content_type = fetch(url, max_bytes=max_bytes, timeout=timeout)
    declared, charset = header_type(content_type)
    media_type = magic_type(data) or declared or EXTENSIONS.get(extension_of(url))
    return read_bytes(data, url, media_type=media_type, charset=charset)
