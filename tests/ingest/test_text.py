"""Plain text: every common encoding detected and said."""

from __future__ import annotations

import pytest

from communique.errors import DecodeError, EmptyInputError
from communique.ingest import read_bytes

SAMPLE = "The Council “welcomes” the Secretary-General’s report on Côte d’Ivoire — café."

ENCODED = [
    # (bytes, expected Source.encoding)
    (SAMPLE.encode("utf-8"), "utf-8"),
    (b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"), "utf-8-sig"),
    (b"\xff\xfe" + SAMPLE.encode("utf-16-le"), "utf-16"),
    (b"\xfe\xff" + SAMPLE.encode("utf-16-be"), "utf-16"),
    (b"\xff\xfe\x00\x00" + SAMPLE.encode("utf-32-le"), "utf-32"),
    (SAMPLE.encode("utf-16-le"), "utf-16-le"),  # no BOM: NULs in every odd byte
    (SAMPLE.encode("utf-16-be"), "utf-16-be"),
    (SAMPLE.encode("cp1252"), "cp1252"),
]


@pytest.mark.parametrize(("data", "encoding"), ENCODED, ids=[e for _, e in ENCODED])
def test_each_encoding_reads_to_the_same_text(data: bytes, encoding: str) -> None:
    source = read_bytes(data, "statement.txt")
    assert source.text == SAMPLE
    assert source.encoding == encoding
    assert source.media_type == "text/plain"
    assert source.size == len(data)


def test_utf8_is_not_a_guess() -> None:
    assert read_bytes(SAMPLE.encode("utf-8"), "a.txt").problems == ()


def test_cp1252_is_recorded_as_a_guess() -> None:
    source = read_bytes(SAMPLE.encode("cp1252"), "a.txt")
    (problem,) = source.problems
    assert problem.code == "encoding_guessed"
    assert problem.severity == "info"
    assert "cp1252" in problem.message
    assert "0x93" in problem.message  # the first byte that is not UTF-8: “


@pytest.mark.parametrize(
    ("text", "codec"),
    [
        ("Совет министров иностранных дел приветствует доклад генерального секретаря.", "cp1251"),
        ("يرحب مجلس وزراء الخارجية بتقرير الأمين العام ويقرر إبقاء المسألة قيد النظر.", "cp1256"),
    ],
)
def test_non_western_single_byte_text_is_detected(text: str, codec: str) -> None:
    source = read_bytes(text.encode(codec), "a.txt")
    assert source.text == text
    assert source.encoding == codec
    assert source.problems[0].code == "encoding_guessed"
    assert codec in source.problems[0].message


@pytest.mark.parametrize(
    ("raw", "text"),
    [
        (b"one\r\ntwo\r\n", "one\ntwo\n"),
        (b"one\rtwo\r", "one\ntwo\n"),
        (b"one\r\n\r\ntwo", "one\n\ntwo"),
        (b"page one\x0cpage two", "page one\x0cpage two"),  # form feeds stay
    ],
)
def test_newlines_are_normalised(raw: bytes, text: str) -> None:
    assert read_bytes(raw, "a.txt").text == text


def test_broken_utf8_names_the_offset() -> None:
    head = "Résolution adoptée ".encode()
    data = head + b"\xe9 " + "à Genève".encode()
    with pytest.raises(DecodeError) as caught:
        read_bytes(data, "/docs/broken.txt")
    message = str(caught.value)
    assert message.startswith("/docs/broken.txt: ")
    assert "0xE9" in message
    assert f"offset {len(head)}" in message


def test_one_accidental_utf8_pair_in_cp1252_is_a_loud_guess() -> None:
    text = "RÉSUMÉ À l’ordre du jour: «Ô» — Österreich, Genève, Málaga, Zürich."
    data = text.encode("cp1252")
    source = read_bytes(data, "fr.txt")
    assert source.text == text
    (problem,) = source.problems
    assert problem.severity == "warning"
    assert "look like UTF-8" in problem.message


@pytest.mark.parametrize(
    "data",
    [
        bytes(range(256)) * 8,  # NUL bytes
        bytes([1, 2, 3, 4, 5, 6, 7, 8, 14, 15, 16, 65, 66]) * 50,  # control characters
    ],
    ids=["nul", "controls"],
)
def test_binary_data_with_a_text_extension(data: bytes) -> None:
    with pytest.raises(DecodeError) as caught:
        read_bytes(data, "garbage.txt")
    assert "garbage.txt" in str(caught.value)
    assert "binary data, not text" in str(caught.value)


@pytest.mark.parametrize("data", [b" \n\t\r\n ", b"\xef\xbb\xbf  \n"])
def test_whitespace_only_is_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match=r"blank\.txt: file holds only whitespace"):
        read_bytes(data, "blank.txt")


def test_empty_bytes_are_empty() -> None:
    with pytest.raises(EmptyInputError, match=r"empty\.txt: file is empty"):
        read_bytes(b"", "empty.txt")
