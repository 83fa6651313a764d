"""The public contract: read, read_bytes, iter_targets, media_type_of."""

from __future__ import annotations

import importlib
import os
from pathlib import Path

import pytest
from tests.conftest import seed

from communique.errors import (
    EmptyInputError,
    InputError,
    NotFoundError,
    TooLargeError,
    UnsupportedTypeError,
)
from communique.ingest import iter_targets, media_type_of, read, read_bytes

from .samples import communique_docx, two_page_pdf

PDF = "application/pdf"
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def test_public_names() -> None:
    # communique/__init__.py binds the name `ingest` to the batch function, so
    # `import communique.ingest as ingest` would give that function: import the module.
    ingest = importlib.import_module("communique.ingest")
    assert sorted(ingest.__all__) == [
        "DEFAULT_MAX_BYTES",
        "iter_targets",
        "media_type_of",
        "read",
        "read_bytes",
    ]
    assert ingest.DEFAULT_MAX_BYTES == 50 * 1024 * 1024


@pytest.mark.parametrize(
    ("name", "data", "expected"),
    [
        ("a.txt", b"hello", "text/plain"),
        ("a.text", b"hello", "text/plain"),
        ("a.md", b"# hello", "text/plain"),
        ("a.HTM", b"hello", "text/html"),
        ("a.html", b"hello", "text/html"),
        ("a.pdf", b"junk", PDF),
        ("a.docx", b"junk", DOCX),
        ("noext", b"%PDF-1.7\n", PDF),  # magic first
        ("a.txt", b"%PDF-1.4\n", PDF),
        ("a.txt", b"\xef\xbb\xbf<!DOCTYPE html><p>x", "text/html"),
        ("a", b"  <html><body>x", "text/html"),
        ("https://x.org/press?id=3", b"<!doctype html>", "text/html"),
        ("https://x.org/doc.pdf?dl=1", b"junk", PDF),
        ("a.xyz", b"hello", None),
        ("a", b"hello", None),
        ("logo.txt", b"\x89PNG\r\n\x1a\nrest", None),  # an image whatever its name
        ("a.zip", b"PK\x03\x04 no word part", None),
    ],
)
def test_media_type_of(name: str, data: bytes, expected: str | None) -> None:
    assert media_type_of(name, data) == expected


def test_docx_is_sniffed_without_extension() -> None:
    assert media_type_of("download", communique_docx()) == DOCX


def test_read_makes_paths_absolute(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "note.txt").write_text("A note.", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    source = read("note.txt")
    assert source.origin == str(tmp_path / "note.txt")
    assert os.path.isabs(source.origin)
    assert source.text == "A note."


def test_read_each_kind_from_disk(tmp_path: Path) -> None:
    (tmp_path / "a.pdf").write_bytes(two_page_pdf())
    (tmp_path / "b.docx").write_bytes(communique_docx())
    assert read(str(tmp_path / "a.pdf")).media_type == PDF
    assert read(str(tmp_path / "b.docx")).media_type == DOCX


def _bad(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


BAD = [
    # (file name, bytes or None for "do not create", error, reason in the message)
    ("missing.txt", None, NotFoundError, "no such file or directory"),
    ("empty.txt", b"", EmptyInputError, "file is empty"),
    ("big.txt", b"x" * 2048, TooLargeError, "over the size limit (2 kB > 1000 bytes)"),
    ("notes.xyz", b"some text", UnsupportedTypeError, "unsupported file type '.xyz'"),
    ("logo.png", b"\x89PNG\r\n\x1a\n\x00\x00", UnsupportedTypeError, "a PNG image"),
    ("old.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(50), UnsupportedTypeError, "legacy"),
]


@pytest.mark.parametrize(("name", "data", "error", "reason"), BAD, ids=[b[0] for b in BAD])
def test_bad_files(
    tmp_path: Path, name: str, data: bytes | None, error: type[InputError], reason: str
) -> None:
    path = str(tmp_path / name) if data is None else _bad(tmp_path, name, data)
    with pytest.raises(error) as caught:
        read(path, max_bytes=1000)
    assert str(caught.value) == f"{path}: {caught.value.reason}"
    assert reason in caught.value.reason
    assert caught.value.origin == path


def test_exactly_at_the_limit_is_fine(tmp_path: Path) -> None:
    assert read(_bad(tmp_path, "ok.txt", b"x" * 1000), max_bytes=1000).size == 1000


def test_directory_is_not_a_file(tmp_path: Path) -> None:
    with pytest.raises(UnsupportedTypeError, match="is a directory"):
        read(str(tmp_path))


def test_broken_link_is_named_as_such(tmp_path: Path) -> None:
    link = tmp_path / "gone.txt"
    link.symlink_to(tmp_path / "nowhere.txt")
    with pytest.raises(NotFoundError, match="a broken link"):
        read(str(link))


def test_a_pipe_is_not_a_regular_file(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(UnsupportedTypeError, match="not a regular file"):
        read(str(fifo))


def test_read_bytes_respects_a_given_media_type() -> None:
    source = read_bytes(b"<p>not parsed</p>", "x.html", media_type="text/plain")
    assert source.text == "<p>not parsed</p>"


def test_iter_targets(tmp_path: Path) -> None:
    for rel in ["b/2.txt", "b/1.pdf", "a.txt", ".git/config", "b/.hidden.txt", "c/d/e.html"]:
        (tmp_path / rel).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / rel).write_text("x")
    root = str(tmp_path)
    missing = str(tmp_path / "nope.txt")
    targets = list(iter_targets([root, "https://example.org/a", missing]))
    assert targets == [
        os.path.join(root, "a.txt"),
        os.path.join(root, "b", "1.pdf"),
        os.path.join(root, "b", "2.txt"),
        os.path.join(root, "c", "d", "e.html"),
        "https://example.org/a",
        missing,
    ]


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_texts_read_cleanly(corpus: Path, prefix: str) -> None:
    path = seed(prefix)
    source = read(str(path))
    assert source.media_type == "text/plain"
    assert source.encoding == "utf-8"
    assert source.problems == ()
    assert source.origin == str(path)
    assert source.size == path.stat().st_size
    assert len(source.text) > 1000
    assert "\r" not in source.text


def test_read_takes_a_path_object(tmp_path: Path) -> None:
    path = tmp_path / "note.txt"
    path.write_text("1. Calls upon all parties to act.\n", encoding="utf-8")
    assert read(path).origin == str(path.resolve())
