"""URLs, against a local http.server on 127.0.0.1 only."""

from __future__ import annotations

import pytest

from communique.errors import FetchError, TooLargeError, UnsupportedTypeError
from communique.ingest import read

from .conftest import Server
from .samples import PRESS_RELEASE_HTML, two_page_pdf


def test_html_page(server: Server) -> None:
    server.routes["/press/1"] = (200, "text/html; charset=utf-8", PRESS_RELEASE_HTML.encode())
    url = server.url("/press/1")
    source = read(url)
    assert source.origin == url
    assert source.media_type == "text/html"
    assert source.text.startswith("Security Council Press Statement")


def test_pdf_served_as_octet_stream_is_sniffed(server: Server) -> None:
    server.routes["/doc"] = (200, "application/octet-stream", two_page_pdf())
    source = read(server.url("/doc"))
    assert source.media_type == "application/pdf"
    assert "\f" in source.text


def test_header_charset_is_used(server: Server) -> None:
    body = "Côte d’Ivoire, São Tomé".encode("cp1252")
    server.routes["/t"] = (200, "text/plain; charset=windows-1252", body)
    source = read(server.url("/t"))
    assert source.text == "Côte d’Ivoire, São Tomé"
    assert source.encoding == "cp1252"
    assert source.problems == ()  # declared, not guessed


def test_http_404(server: Server) -> None:
    url = server.url("/missing")
    with pytest.raises(FetchError) as caught:
        read(url)
    assert str(caught.value) == f"{url}: HTTP 404 Not Found"


def test_connection_refused(closed_port: int) -> None:
    url = f"http://127.0.0.1:{closed_port}/x.html"
    with pytest.raises(FetchError) as caught:
        read(url, timeout=5)
    assert str(caught.value).startswith(f"{url}: cannot connect")
    assert "refused" in str(caught.value).lower()


def test_malformed_url() -> None:
    with pytest.raises(FetchError, match=r"^http://\[::1/x: not a valid URL"):
        read("http://[::1/x")


def test_over_the_size_limit(server: Server) -> None:
    server.routes["/big.txt"] = (200, "text/plain", b"x" * 5000)
    with pytest.raises(TooLargeError) as caught:
        read(server.url("/big.txt"), max_bytes=1000)
    assert "over the size limit (4.9 kB > 1000 bytes)" in str(caught.value)
    assert server.url("/big.txt") in str(caught.value)


def test_unsupported_content(server: Server) -> None:
    server.routes["/logo"] = (200, "image/png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 64)
    with pytest.raises(UnsupportedTypeError, match="PNG image"):
        read(server.url("/logo"))
