"""List labels a reader prints itself: ``3.``, ``(b)``, ``iv)``.

Word auto-numbering and HTML ``<ol>`` numbers are drawn by the viewer, not
stored in the text; readers render them with these so clause numbers survive.
"""

from __future__ import annotations

import re

_ROMAN = (
    (1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"),
    (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"),
)  # fmt: skip

# A label already printed at the start of an item: "1.", "(a)", "iv)", "2.3".
PRINTED_LABEL = re.compile(
    r"\s*(\(?([0-9]{1,3}(\.[0-9]{1,3})*|[ivxlc]{1,6}|[a-z])[.)]|•|-)\s", re.I
)


_INTEGER = re.compile(r"\s*-?[0-9]{1,6}\s*")


def counter_value(value: str | None, default: int) -> int:
    """A counter from an attribute (``start="4"``, ``w:val="2"``); ``default`` when
    the attribute is missing or not a plain integer."""
    return int(value) if value and _INTEGER.fullmatch(value) else default


def roman(n: int) -> str:
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def letters(n: int) -> str:
    """1 → a, 26 → z, 27 → aa (as Word and browsers count)."""
    out = ""
    while n > 0:
        n, rest = divmod(n - 1, 26)
        out = chr(ord("a") + rest) + out
    return out


def format_number(n: int, style: str) -> str | None:
    """``n`` in a Word ``numFmt`` or HTML ``type`` style; None for a style we do not know."""
    if n <= 0:
        return str(n) if style in ("decimal", "1") else None
    match style:
        case "decimal" | "1":
            return str(n)
        case "lowerLetter" | "a":
            return letters(n)
        case "upperLetter" | "A":
            return letters(n).upper()
        case "lowerRoman" | "i":
            return roman(n)
        case "upperRoman" | "I":
            return roman(n).upper()
        case "decimalZero":
            return f"{n:02d}"
    return None
