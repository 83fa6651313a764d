"""Plain text in any common encoding, detected and said, never guessed silently.

Order: a BOM (UTF-8, UTF-16, UTF-32) decides; else UTF-16 without a BOM shows
as NUL bytes in every other position; else strict UTF-8. Bytes that are not
UTF-8 are either *broken* UTF-8 (real multi-byte sequences at least as many
as the stray high bytes: an error naming the first bad offset; a lone
accidental pair in a cp1252 file does not count) or a single-byte encoding:
cp1252 when the result reads as Western text, else charset-normalizer's best
guess among a short whitelist. A guess is recorded as an ``encoding_guessed``
problem. NUL bytes or many control characters mean binary data.
"""

from __future__ import annotations

import codecs
import re

from charset_normalizer import from_bytes

from communique.errors import DecodeError, EmptyInputError
from communique.ingest.reading import Reading, normalise_newlines
from communique.models import Problem

BOMS: tuple[tuple[bytes, str], ...] = (
    (b"\x00\x00\xfe\xff", "utf-32"),
    (b"\xff\xfe\x00\x00", "utf-32"),
    (b"\xef\xbb\xbf", "utf-8-sig"),
    (b"\xfe\xff", "utf-16"),
    (b"\xff\xfe", "utf-16"),
)

# Single-byte encodings charset-normalizer may choose between.
WHITELIST = ("cp1252", "cp1250", "cp1251", "cp1253", "cp1254", "cp1256", "iso8859_15", "mac_roman")

_VALID_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|\xe0[\xa0-\xbf][\x80-\xbf]|[\xe1-\xec\xee\xef][\x80-\xbf]{2}"
    rb"|\xed[\x80-\x9f][\x80-\xbf]|\xf0[\x90-\xbf][\x80-\xbf]{2}|[\xf1-\xf3][\x80-\xbf]{3}"
    rb"|\xf4[\x80-\x8f][\x80-\xbf]{2}"
)
_HIGH_BYTE = re.compile(rb"[\x80-\xff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")
_NON_ASCII_LETTER = re.compile(r"[À-ÿ]")
_ASCII_LETTER = re.compile(r"[A-Za-z]")


def bom_encoding(data: bytes) -> str | None:
    """The codec a byte-order mark names, or None."""
    for bom, codec in BOMS:
        if data.startswith(bom):
            return codec
    return None


def utf16_without_bom(data: bytes) -> str | None:
    """``"utf-16-le"``/``"utf-16-be"`` when NULs fill every other byte of the start."""
    sample = data[:4096]
    pairs = len(sample) // 2
    if pairs < 2 or len(data) % 2:
        return None
    even_nul = sample[0 : pairs * 2 : 2].count(0)
    odd_nul = sample[1 : pairs * 2 : 2].count(0)
    if odd_nul >= 0.3 * pairs and even_nul == 0:
        return "utf-16-le"
    if even_nul >= 0.3 * pairs and odd_nul == 0:
        return "utf-16-be"
    return None


def decode(
    data: bytes, origin: str, declared: str | None = None
) -> tuple[str, str, tuple[Problem, ...]]:
    """Bytes → (text, encoding, problems); raises DecodeError when they are not text.

    ``declared`` is a charset named by an HTTP header or an HTML ``<meta>``: a BOM
    beats it, and so does valid UTF-8 (servers often claim ISO-8859-1 by default).
    """
    declared = _codec(declared)
    codec = bom_encoding(data)
    if not codec and declared and declared.startswith(("utf-16", "utf-32")):
        codec = declared
    codec = codec or utf16_without_bom(data)
    if codec:
        try:
            text = data.decode(codec)
        except UnicodeDecodeError as err:
            raise DecodeError(
                f"not valid {codec} (bad data at byte offset {err.start})", origin
            ) from None
        return _checked(text, origin), codec, ()
    if b"\x00" in data:
        raise DecodeError("binary data, not text (contains NUL bytes)", origin)
    try:
        return _checked(data.decode("utf-8"), origin), "utf-8", ()
    except UnicodeDecodeError as err:
        if declared and declared != "utf-8":
            try:
                return _checked(data.decode(declared), origin), declared, ()
            except UnicodeDecodeError:
                pass
        return _single_byte(data, origin, err)


def _codec(charset: str | None) -> str | None:
    """A charset label as a Python codec name; Latin-1 and ASCII labels mean cp1252
    (as browsers read them); None when Python does not know the label."""
    if not charset:
        return None
    try:
        name = codecs.lookup(charset.strip()).name
    except LookupError:
        return None
    return "cp1252" if name in ("latin-1", "iso8859-1", "ascii") else name


def _single_byte(
    data: bytes, origin: str, err: UnicodeDecodeError
) -> tuple[str, str, tuple[Problem, ...]]:
    bad = f"bad byte 0x{data[err.start]:02X} at offset {err.start}"
    valid = _VALID_MULTIBYTE.findall(data)
    stray = len(_HIGH_BYTE.findall(data)) - sum(len(seq) for seq in valid)
    if valid and len(valid) >= stray:
        raise DecodeError(f"broken UTF-8 ({bad}, amid valid UTF-8)", origin)
    text, codec = _cp1252(data), "cp1252"
    if text is None:
        match = from_bytes(data, cp_isolation=list(WHITELIST)).best()
        if match is None:
            raise DecodeError(
                f"not valid UTF-8 ({bad}) and not a known single-byte encoding", origin
            )
        text, codec = str(match), match.encoding
    message = f"not valid UTF-8 ({bad}); decoded as {codec}"
    if valid:  # a few UTF-8-looking pairs among many stray bytes: say so, louder
        message += f" although {len(valid)} byte sequence(s) look like UTF-8"
    problem = Problem(
        code="encoding_guessed", message=message, severity="warning" if valid else "info"
    )
    return _checked(text, origin), codec, (problem,)


def _cp1252(data: bytes) -> str | None:
    """cp1252 text when it reads as Western text, else None (let detection choose)."""
    try:
        text = data.decode("cp1252")
    except UnicodeDecodeError:
        return None
    accented = len(_NON_ASCII_LETTER.findall(text))
    plain = len(_ASCII_LETTER.findall(text))
    return text if accented <= 0.3 * (accented + plain) else None


def _checked(text: str, origin: str) -> str:
    text = text.removeprefix("\ufeff")  # a BOM the codec left (UTF-16 named in a header)
    controls = len(_CONTROL.findall(text))
    if "\x00" in text or controls > max(2, 0.02 * len(text)):
        raise DecodeError("binary data, not text (too many control characters)", origin)
    return text


def read_text(data: bytes, origin: str, charset: str | None = None) -> Reading:
    """A plain-text file; ``charset`` is what an HTTP header declared, if anything."""
    text, encoding, problems = decode(data, origin, charset)
    text = normalise_newlines(text)
    if not text.strip():
        raise EmptyInputError("file holds only whitespace", origin)
    return Reading(text=text, encoding=encoding, problems=problems)
