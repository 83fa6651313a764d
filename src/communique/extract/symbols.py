"""A document's own reference and title, from its title lines.

- OIC resolutions: "RESOLUTION NO. 2/34-P", "Resolution No. 8/49-POL",
  "RÉSOLUTION N° 2/34-P" → the symbol after "No.";
- UN resolutions: "38 (1948). Resolution of …", "Resolution 201 (1965)",
  "RESOLUTION 781 (1992)", "S/RES/1445 (2002)" → number and year, read through
  OCR slips ("(197-4)" → 1974, "l" → 1, "O" → 0) and written "201 (1965)";
  "A/RES/80/4" (General Assembly) as printed;
- a title line that is itself a symbol: "OIC/ICFM-34/POL/SG.REP.2",
  "OIC-CFM-51\\2025-CG-J&K\\FINAL.REP";
- the document symbol in brackets under a UN heading: "[S/726]", and its OCR
  slips "(S/651]", "[S/1070}", "[S/525, IY]";
- the title: the title line that names the document ("ON THE JAMMU AND
  KASHMIR DISPUTE" → "On the Jammu and Kashmir Dispute", "Report of the
  Meeting of …"), not a label ("Press Release"), a symbol, a place or date
  line, an issuing office or a heading of the organisation.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.extract.dates import first_date
from communique.normalise.wordlists import words

_OCR = str.maketrans("lIO", "110")
OIC_SYMBOL = re.compile(
    r"\bR[ÉE]S(?:OLUTION)?S?\.?\s+N(?:O|o|°|º|os|°s)\.?\s*(?P<sym>\d[\w/\\.&-]*[\w])",
    re.IGNORECASE,
)
OIC_SYMBOL_BARE = re.compile(r"\bR[ÉE]SOLUTIONS?\s+(?P<sym>\d{1,3}/\d{1,3}-[A-Z][\w&.-]*)", re.I)
# a resolution's number and its year in brackets as scanned: l, I and O may stand for
# 1 and 0, and a year may be broken ("(197-4)"); shared with reference_symbols
RES_NUMBER = r"[\dlIO]{1,4}"
RES_YEAR = r"[\dlIO][\dlIO \-.,]{2,6}[\dlIO]"
UN_HEAD = re.compile(
    rf"\bS/RES/(?P<n1>{RES_NUMBER})\s*\((?P<y1>{RES_YEAR})\)"
    rf"|\b(?:Resolution|RESOLUTION|Résolution|RÉSOLUTION)\s+(?P<n2>{RES_NUMBER})\b(?![/\\-])(?:\s*\((?P<y2>{RES_YEAR})\))?"
    rf"|^\s*(?P<n3>{RES_NUMBER})\s*\((?P<y3>{RES_YEAR})\)"
)
GA_SYMBOL = re.compile(r"\bA/RES/(?:ES-\d+/)?\d{1,3}/\d{1,4}(?:\s?[A-Z]\b)?")
SYMBOL_LINE = re.compile(r"[A-Z0-9][\w&.\-]*(?:[/\\][\w&.\-]+){2,}")
DOC_SYMBOL = re.compile(
    r"[\[(]\s*(?P<ds>[ASE]/(?:RES/)?[\w.\-]+(?:/[\w.\-]+)*)"
    r"\s*(?:(?:[,;]|\band\b)[^\])}\n]{0,14})?[\])}]"
)
_LABEL = re.compile(
    r"(?i)(?:press release|press statement|report|communiqu[eé]|joint communiqu[eé]|statement"
    r"|declaration|d[ée]claration|rapport|resolutions?|r[ée]solutions?|news|press releases?\|?)\.?"
)
_HEADING = re.compile(
    r"(?i)(?:united nations|nations unies|(?:the )?(?:security council|general assembly)[.,:]?"
    r"|conseil de s[ée]curit[ée]|distr\..*|general|limited|restricted|original:.*"
    r"|english|french|arabic|[A-Z]{1,2}|.*\bDistr\b.*|.*\bAgenda item\b.*"
    r"|[\w-]+ session|agenda item.*)"
)
_ISSUER = re.compile(
    r"(?:Permanent Mission|Embassy|Ministry|Office|Mission permanente|Ambassade|Minist[èe]re)"
    r"\s+(?:of|de|du|des)\b.*"
)
_TITLE_START = re.compile(
    r"(?i)(?:(?:final|joint|closing)\s+)*(?:communiqu[eé]|report|declaration|statement"
    r"|resolution\s+on|on\s|meeting|d[ée]claration|rapport|r[ée]solution\s+sur|sur\s"
    r"|r[ée]union|press statement|summary|decision|appeal|message)"
)


_FRENCH_TITLE = frozenset(("sur", "dans", "les", "du", "des", "pour", "aux", "et"))


@dataclass(frozen=True)
class Found:
    """A value and where it stands in the line it was read from."""

    value: str
    start: int
    end: int


@dataclass(frozen=True)
class UnNumber:
    number: int
    year: int | None
    start: int
    end: int
    prefixed: bool  # printed as "S/RES/…"


_NOT_DIGIT = re.compile(r"[^\d]")  # compiled once: called for every symbol line


def _digits(s: str) -> str:
    if s.isdecimal():  # as most are printed: nothing to read or drop
        return s
    return _NOT_DIGIT.sub("", s.translate(_OCR))


def un_number(line: str) -> UnNumber | None:
    """A UN resolution heading's number and year ("Resolution 361 (197-4)" → 361, 1974)."""
    m = UN_HEAD.search(line)
    if not m:
        return None
    n = _digits(m.group("n1") or m.group("n2") or m.group("n3"))
    y = _digits(m.group("y1") or m.group("y2") or m.group("y3") or "")
    if not n:
        return None
    year = int(y) if len(y) == 4 and 1945 <= int(y) <= 2100 else None
    return UnNumber(int(n), year, m.start(), m.end(), bool(m.group("n1")))


def oic_symbol(line: str) -> Found | None:
    """ "RESOLUTION NO. 2/34-P" → 2/34-P."""
    m = OIC_SYMBOL.search(line) or OIC_SYMBOL_BARE.search(line)
    return Found(m.group("sym"), m.start("sym"), m.end("sym")) if m else None


def ga_symbol(line: str) -> Found | None:
    m = GA_SYMBOL.search(line)
    return Found(m.group(0), m.start(), m.end()) if m else None


def symbol_line(line: str) -> Found | None:
    """A line that is a document symbol and nothing else."""
    t = line.strip().strip("*").strip()
    if SYMBOL_LINE.fullmatch(t) and re.search(r"[A-Za-z]", t) and not first_date(t):
        a = line.index(t)
        return Found(t, a, a + len(t))
    return None


def document_symbol(line: str) -> Found | None:
    """A bracketed UN document symbol: "[S/726]", "(S/651]", "[S/525, IY]" → S/726 …"""
    m = DOC_SYMBOL.search(line)
    return Found(m.group("ds"), m.start("ds"), m.end("ds")) if m else None


def title_case(line: str) -> str:
    """An all-capitals title in title case, small words and acronyms kept."""
    small = words("title_small_words.txt")
    if {w.lower() for w in line.split()} & _FRENCH_TITLE:
        small = small | words("title_small_words_fr.txt")
    acronyms = words("acronyms.txt")
    out = []
    for i, w in enumerate(line.split()):
        low = w.lower()
        if i and low in small:
            out.append(low)
        elif re.fullmatch(r"\d+(?:st|nd|rd|th|er|e|ème)", low):
            out.append(low)  # "15TH" → "15th"
        elif w.strip("(),.;:").lower() in acronyms or not re.search(r"[AEIOUY]", w):
            out.append(w)
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


def _skip(t: str) -> bool:
    if not t or _LABEL.fullmatch(t) or _HEADING.fullmatch(t) or _ISSUER.fullmatch(t):
        return True
    if symbol_line(t) or t.startswith(("Adopted", "of ", "ef ")):
        return True
    if re.fullmatch(r"[\[(][^\])}]{1,40}[\])}]", t) or (len(t) < 40 and document_symbol(t)):
        return True
    if first_date(t) and len(t) < 60:
        return True  # a place-and-date line
    return len(t) < 40 and bool(re.fullmatch(r"[\w\s,.'’-]+", t)) and "," in t  # a place line


def title(lines: list[tuple[str, int]], taken: list[tuple[int, int]]) -> Found | None:
    """The title among title lines (text, offset); ``taken`` spans (symbols) are cut out."""
    candidates = []
    for line, at in lines:
        for a, b in taken:
            if at <= a < at + len(line):
                rest = line[b - at :]
                line, at = rest, b
        stripped = line.strip().strip("*").strip()
        if _skip(stripped) or un_number(stripped) or not re.search(r"[^\W\d_]{3}", stripped):
            continue
        candidates.append((stripped, at + line.index(stripped)))
    if not candidates:
        return None
    t, at = next((c for c in candidates if _TITLE_START.match(c[0])), candidates[0])
    if number := re.match(r"\d{1,3}/\d{1,4}\.\s+", t):  # "80/4. Cooperation between …"
        t, at = t[number.end() :], at + number.end()
    shown = title_case(t) if t.upper() == t else t
    return Found(shown[:300], at, at + len(t))


def is_issuer(line: str) -> bool:
    return bool(_ISSUER.fullmatch(line.strip()))


__all__ = [
    "RES_NUMBER",
    "RES_YEAR",
    "Found",
    "UnNumber",
    "document_symbol",
    "ga_symbol",
    "is_issuer",
    "oic_symbol",
    "symbol_line",
    "title",
    "title_case",
    "un_number",
]
