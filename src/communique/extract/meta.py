"""Basic metadata from the title block: symbol, title, date, year, language.

Good enough to show and to search; the exact title-block work comes later.

- symbol, as printed: "RESOLUTION NO. 2/34-P" → ``2/34-P``; "Resolution 201
  (1965)" / "38 (1948). Resolution of …" / "S/RES/1445 (2002)" → ``201
  (1965)``; a title line that is a document symbol
  ("OIC-CFM-51\\2025-CG-J&K\\FINAL.REP") → itself;
- title: the first title line that is neither the symbol, nor a bare label
  ("Press Release", "Report"), nor a place or date line; an all-capitals
  title is set in title case ("On the Jammu and Kashmir Dispute");
- date: the first full date in the title block, else in the first body
  paragraph, else in a closing line ("19 March 1965", "March 19, 1965",
  "15-17 May 2007" → its first day); OCR's "ef 19 March" is read as "of";
- language: ``en`` or ``fr`` by a count of stopwords.
"""

from __future__ import annotations

import re

from communique.models import Clause
from communique.normalise.wordlists import words

MONTHS = {
    m: i + 1
    for i, names in enumerate(
        [
            "january janvier jan",
            "february février fevrier feb",
            "march mars mar",
            "april avril apr",
            "may mai",
            "june juin jun",
            "july juillet jul",
            "august août aout aug auqust",
            "september septembre sep sept",
            "october octobre oct",
            "november novembre nov",
            "december décembre decembre dec",
        ]
    )
    for m in names.split()
}
_MONTH = r"([A-Za-zéû]{3,10})\.?"
_DAY_MONTH_YEAR = re.compile(
    r"\b(\d{1,2})(?:er)?(?:\s*-\s*\d{1,2})?\s+" + _MONTH + r",?\s+(\d{4})\b"
)
_MONTH_DAY_YEAR = re.compile(r"\b" + _MONTH + r"\s+(\d{1,2}),?\s+(\d{4})\b")
_OIC_SYMBOL = re.compile(r"(?i)RESOLUTIONS?\s+N[o°º]\.?\s*(\S+)")
_UN_SYMBOL = re.compile(
    r"(?:RESOLUTION|Resolution|S/RES/)\s*(\d{1,4})\s*\((\d{4})\)|^(\d{1,4})\s*\((\d{4})\)\."
)
_SYMBOL_LINE = re.compile(r"[A-Z0-9][\w&.\-]*(?:[/\\][\w&.\-]+){1,}")
_KIND = re.compile(
    r"(?i)(?:joint\s+|final\s+|press\s+)?(?:communiqu[eé]|declaration|déclaration|statement"
    r"|report|rapport)\s+(?:of|on|by|du|de|sur)\b"
)
_LABEL = re.compile(r"(?i)(?:press release|report|communiqu[eé]|joint communiqu[eé]|statement)\.?")


def symbol(titles: list[str]) -> str | None:
    """The document's own symbol as printed, from its title lines."""
    for line in titles:
        if m := _OIC_SYMBOL.search(line):
            return m.group(1).rstrip(".,;")
        if m := _UN_SYMBOL.search(line):
            number, year = (m.group(1), m.group(2)) if m.group(1) else (m.group(3), m.group(4))
            return f"{number} ({year})"
    for line in titles:
        if _SYMBOL_LINE.fullmatch(line.strip()):
            return line.strip()
    return None


def _title_case(line: str) -> str:
    words_ = line.split()
    out = []
    for i, w in enumerate(words_):
        low = w.lower()
        if i and low in words("title_small_words.txt"):
            out.append(low)
        elif w.strip("(),.;:").lower() in words("acronyms.txt") or not re.search(r"[AEIOUY]", w):
            out.append(w)  # an acronym: "OIC", "UN"
        else:
            out.append(w[:1] + w[1:].lower())
    return " ".join(out)


def _candidates(titles: list[str], sym: str | None) -> list[str]:
    """Title lines that may name the document, in order; after a bare label
    ("Press Release") only the lines below it, since the issuer stands above."""
    out: list[str] = []
    for line in titles:
        t = line.strip().strip("*").strip()
        if _LABEL.fullmatch(t):
            out = []  # the headline follows the label
            continue
        if not t or (sym and sym in t):
            continue
        if re.fullmatch(r"[\[(][^\s]*[\])]", t) or _SYMBOL_LINE.fullmatch(t):
            continue  # "[S/726]", a second symbol
        if date_in(t) and len(t) < 60:
            continue  # a place-and-date line
        if len(t) < 40 and re.fullmatch(r"[\w\s,.'-]+", t) and "," in t:
            continue  # "Istanbul, Republic of Türkiye"
        out.append(t)
    return out


def title(titles: list[str], sym: str | None) -> str | None:
    """The title line that names the document: one that opens with the kind of
    document ("DECLARATION ON …", "Report of the Meeting …") if there is one,
    else the first line that is not a symbol, a label, a place or a date."""
    found = _candidates(titles, sym)
    if not found:
        return None
    t = next((c for c in found if _KIND.match(c)), found[0])
    if t.upper() == t and any(c.isalpha() for c in t):
        t = _title_case(t)
    return t[:300]


def date_in(text: str) -> tuple[str, int] | None:
    """The first full date in ``text``: (ISO date, year)."""
    found = []
    for m in _DAY_MONTH_YEAR.finditer(text):
        month = MONTHS.get(m.group(2).lower())
        if month:
            found.append((m.start(), int(m.group(3)), month, int(m.group(1))))
            break
    for m in _MONTH_DAY_YEAR.finditer(text):
        month = MONTHS.get(m.group(1).lower())
        if month:
            found.append((m.start(), int(m.group(3)), month, int(m.group(2))))
            break
    for _, year, month, day in sorted(found):
        if (1 <= day <= 31 and 1900 <= year <= 2100) or (1 <= day <= 31 and year > 1800):
            return f"{year:04d}-{month:02d}-{day:02d}", year
    return None


def date(clauses: tuple[Clause, ...]) -> tuple[str, int] | None:
    """Date of the document: title block, then first body paragraph, then closing lines."""
    titles = [c.text for c in clauses if c.kind == "title"]
    body = [c.text for c in clauses if c.kind not in ("title", "closing")][:1]
    closing = [c.text for c in clauses if c.kind == "closing"]
    for group in (titles, body, closing):
        for line in group:
            if found := date_in(line):
                return found
    return None


def year_of(sym: str | None) -> int | None:
    """The year in a UN-style symbol "201 (1965)"."""
    m = re.search(r"\((\d{4})\)", sym or "")
    return int(m.group(1)) if m else None


def language(text: str) -> str:
    """``fr`` when French stopwords outnumber English ones, else ``en``."""
    tokens = re.findall(r"[^\W\d_]+", text[:5000].lower())
    en = words("stopwords_en.txt")
    fr = words("stopwords_fr.txt")
    n_en = sum(1 for t in tokens if t in en)
    n_fr = sum(1 for t in tokens if t in fr)
    return "fr" if n_fr > n_en else "en"
