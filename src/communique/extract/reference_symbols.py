"""Documents cited by symbol: resolutions and UN or OIC document symbols.

- resolutions after the word "resolution(s)" ("résolution(s)"), one hit per
  item of a list: "resolutions 186 (1964), 187 (1964) … and 198 (1964)";
  Security Council "NNN (YYYY)" (OCR slips read: "194(1964)", "(197-4)",
  "l948"), General Assembly "1514 (XV)" and "38/11 A", OIC "8/49-POL";
  an item's own date follows it: "193 (1964) of 9 August 1964", "of 4
  March" (the year taken from the symbol), French "du 21 avril 1948";
- "S/RES/1244 (1999)", "A/RES/80/4";
- UN document symbols "S/6228", "S/6228 and Add.1", "S/2004/123", "A/55/305";
- OIC symbols "OIC/ICFM-34/POL/SG.REP.2", "OIC-CFM-51\\2025-CG-J&K\\FINAL.REP".

The symbol is normalised so that a later step can match it to a record's own
symbol: "201 (1965)", "1514 (XV)", "A/RES/38/11", "8/49-POL", "S/6228".
A qualifier right before "resolution" ("CFM Resolution 8/49-POL", "General
Assembly resolution 38/11") is kept in the text and gives the body; without
one, "NNN (YYYY)" is a Security Council resolution.
"""

from __future__ import annotations

import re

from communique.extract.dates import leading_date
from communique.extract.organisations import named_bodies
from communique.extract.reference_hits import Hit, spots
from communique.extract.symbols import RES_NUMBER, RES_YEAR

_OCR = str.maketrans("lIOo", "1100")
_TRIGGER = re.compile(r"\b(?:[Rr][ée]solutions?|R[ÉE]SOLUTIONS?)\b\.?(?:\s+(?:No|N°|nos?)\.?)?\s*")
_ITEM = re.compile(
    rf"(?P<n>{RES_NUMBER})\s*\((?P<y>{RES_YEAR}|[IVXL]{{1,6}})\)"
    r"|(?P<ga>\d{1,3}/\d{1,4}(?:\s?[A-H]\b)?)(?![\w/-])"
    r"|(?P<oic>\d{1,3}/\d{1,3}-[A-Z](?:[\w&.()-]*[\w)])?)"
)
_SEP = re.compile(r"\s*(?:,\s*(?:and\s+|et\s+)?|\s(?:and|et)\s+|;\s*)")
_OF_DATE = re.compile(r",?\s*(?:of|du|dated|adopted on|adoptée? le|en date du)\s+")
# These scan whole documents. Each opens with a literal (or a set) so the engine skips
# ahead to it; the look-behind just after it stands for the leading "\b".
_SRES = re.compile(rf"S/RES/(?<!\wS/RES/)(?P<n>{RES_NUMBER})\s*\((?P<y>{RES_YEAR})\)")
_ARES = re.compile(r"A/RES/(?<!\wA/RES/)(?:ES-\d+/)?\d{1,3}/\d{1,4}(?:\s?[A-H]\b)?")
_UNDOC = re.compile(
    r"(?P<sym>[SAE]/(?<!\w..)(?!RES/)(?:PRST/)?(?:\d{1,2}/)?\s?\d{1,5}(?:/\d{1,5})?"
    r"(?:/(?:Add|Rev|Corr)\.\s?\d+)*)(?![\w/])"
    r"(?P<add>(?:\s*(?:,|and|et)\s*Add\.\s?\d+(?:\s*(?:,|and|-)\s*\d+)*)+)?"
)
_OICDOC = re.compile(r"OIC(?<!\wOIC)[-/\\][\w&.\-]*(?:[/\\][\w&.\-]+)+")


_NOT_DIGIT = re.compile(r"\D")  # compiled once: called for every symbol found
_ROMAN = re.compile(r"[IVXL]+")
_SPACES = re.compile(r"\s+")


def _year(raw: str) -> int | None:
    digits = _number(raw)
    return int(digits) if len(digits) == 4 and 1945 <= int(digits) <= 2100 else None


def _number(raw: str) -> str:
    """The digits of a number as scanned, its OCR slips read ("l948" → "1948")."""
    if raw.isdecimal():  # as most are printed: nothing to read or drop
        return raw
    return _NOT_DIGIT.sub("", raw.translate(_OCR))


def _item_date(s: str, pos: int, year: int | None) -> tuple[str | None, int]:
    """The date printed right after an item ("of 4 March 1964"), and where it ends."""
    m = _OF_DATE.match(s, pos)
    if not m:
        return None, pos
    d = leading_date(s[m.end() : m.end() + 40], year)
    if d and d.first:
        return d.first, m.end() + d.end
    return None, pos


def _qualifier(s: str, at: int, family: str | None) -> tuple[str | None, int]:
    """The body named right before "resolution" ("CFM", "General Assembly") and where
    the reference's text starts (the trigger itself when no body is named)."""
    word = s[max(0, at - 30) : at].split()
    if not word or not word[-1][:1].isupper():
        return None, at  # "its resolution", "the resolution": no body named
    lo = max(0, at - 60)
    window = s[lo:at]
    # plain tuples, not find_organisations: no OrgMention (a frozen dataclass) per name
    for first, last, body_id, _, _ in reversed(named_bodies(window, family=family)):
        if not s[lo + last : at].strip(" ’'s"):
            return body_id, lo + first
    return None, at


def _symbol(
    m: re.Match[str], family: str | None, body: str | None, year: int | None
) -> tuple[str, str | None]:
    """The item's normalised symbol and body; ``year`` is read from its "(YYYY)"."""
    if m.group("n"):
        y = m.group("y")
        if _ROMAN.fullmatch(y):
            return f"{_number(m.group('n'))} ({y})", body or "un.general_assembly"
        shown = f"{_number(m.group('n'))} ({year})" if year else m.group(0)
        return shown, body or "un.security_council"
    if m.group("ga"):
        sym = m.group("ga")
        if family == "un" or (body and body.startswith("un.")):
            return f"A/RES/{sym}", body or "un.general_assembly"
        return sym, body
    return m.group("oic"), body


def resolutions(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    """Resolutions cited after the word "resolution(s)", one hit per list item."""
    out: list[Hit] = []
    for i in spots(s, start, end, ("esolution", "ésolution", "ÉSOLUTION", "ESOLUTION"), 1):
        t = _TRIGGER.match(s, i)
        m = _ITEM.match(s, t.end()) if t else None
        if t is None or m is None:
            continue
        body, first = _qualifier(s, t.start(), family)
        while m and m.end() <= end:
            year = _year(m.group("y")) if m.group("y") else None
            sym, bd = _symbol(m, family, body, year)
            date, after = _item_date(s, m.end(), year)
            out.append(Hit(first, m.end(), "document", s[first : m.end()], sym, bd, None, date))
            sep = _SEP.match(s, after)
            m = _ITEM.match(s, sep.end()) if sep else None
            first = m.start() if m else first
    return out


def symbols(s: str, start: int, end: int) -> list[Hit]:
    """UN and OIC document symbols anywhere in s[start:end]."""
    out: list[Hit] = []
    # s.find with bounds: "in s[start:end]" would copy the text four times
    if s.find("S/RES/", start, end) >= 0:
        for m in _SRES.finditer(s, start, end):
            year = _year(m.group("y"))
            sym = f"{_number(m.group('n'))} ({year})" if year else m.group(0)
            out.append(Hit(m.start(), m.end(), "document", m.group(0), sym, "un.security_council"))
    if s.find("/RES/", start, end) >= 0:
        for m in _ARES.finditer(s, start, end):
            sym = _SPACES.sub("", m.group(0))
            out.append(Hit(m.start(), m.end(), "document", m.group(0), sym, "un.general_assembly"))
    if s.find("/", start, end) >= 0:
        for m in _UNDOC.finditer(s, start, end):
            sym = _SPACES.sub("", m.group("sym"))
            out.append(Hit(m.start(), m.end(), "document", m.group(0), sym))
    if s.find("OIC", start, end) >= 0:
        for m in _OICDOC.finditer(s, start, end):
            sym = m.group(0).rstrip(".-")
            out.append(Hit(m.start(), m.start() + len(sym), "document", sym, sym))
    return out


__all__ = ["resolutions", "symbols"]
