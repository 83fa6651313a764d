"""Reports and communications cited without (or before) a symbol.

- reports of a body, dated: "the two reports issued by the Office of the UN
  High Commissioner for Human Rights in June 2018 and July 2019" → one hit per
  date, text composed as "OHCHR report, June 2018" (the body's acronym where
  the gazetteer has one), ``date`` "2018-06";
- a report followed by its symbol in brackets: "the report of the
  Secretary-General (S/6426)", "the Report of the Secretary General on the
  Jammu and Kashmir dispute (OIC/ICFM-34/POL/SG.REP.2)" → the symbol's hit,
  given the report's author as ``body`` (see ``references``);
- communications: "the telegram addressed on 6 January 1948 by its President
  to each of the parties", "the letter dated 13 June 1961 from the Permanent
  Representative of Kuwait to the President of the Council" → kind document,
  text "telegram of the President to each of the parties", with the date.
"""

from __future__ import annotations

import re

from communique.extract.dates import leading_date, month_number
from communique.extract.organisations import body, named_bodies
from communique.extract.reference_hits import Hit, spots

_REPORTS = re.compile(
    r"\b[Rr]eports?\s+(?:(?:issued|published|released|prepared|submitted|presented)\s+)?(?:by|of)\s+"
    r"(?:the\s+)?"
)
_WHEN = re.compile(r"\s+(?:in|of|dated|on)\s+")
_MONTH_YEAR = re.compile(r"(?P<m>[A-Za-zéû]+)\.?\s+(?P<y>(?:19|20)\d\d)\b")
_LIST_SEP = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+|et\s+)")
_REPORT_SYMBOL = re.compile(
    r"\b[Rr]eports?\s+(?:of|by)\s+(?:the\s+)?(?P<who>[\w\s\-]{3,40}?)(?:\s+(?:on|of|concerning)\s+[^()\n;]{0,120}?)?"
    r"\s*\((?:document\s+)?(?P<sym>[A-Z][\w&.\-]*[/\\][^()\s;,]+)"
)
# Nothing before a _REPORT_SYMBOL match's "(" is a bracket, so that "(" is the first one
# after the report word: what must follow it is checked there before the costly pattern.
_SYMBOL_OPEN = re.compile(r"\((?:document\s+)?[A-Z][\w&.\-]*[/\\][^()\s;,]")
_COMMUNICATION = re.compile(
    r"\b(?P<noun>telegram|letter|cable|note verbale|message|communication)s?\s+"
    r"(?:(?:dated|addressed|sent)\s+)?(?:(?:on|of)\s+)?"
)
_AUTHOR = re.compile(
    r"\s*(?:addressed\s+|sent\s+)?(?:by|from)\s+(?P<by>(?:its|his|her|their|the)\s+[^,;()\n]{2,80}?)"
    r"\s+to\s+(?P<to>[^,;()\n]{2,80}?)(?=\s*(?:[,;.()\n]|\band\b|\bin which\b|\bconcerning\b|$))"
)


def _short(org_id: str | None, printed: str) -> str:
    b = body(org_id) if org_id else None
    if b is not None:
        short = [a for a in b.aliases if a.isupper() and len(a) <= 6]
        if short:
            return min(short, key=len)
    return printed


def dated_reports(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    out: list[Hit] = []
    if s.find("eport", start, end) < 0:
        return out
    for i in spots(s, start, end, ("eport",), 1):
        m = _REPORTS.match(s, i)
        if m is None:
            continue
        at = m.end()
        # plain tuples, not find_organisations: only the first name is wanted, and an
        # OrgMention (a frozen dataclass) for every name in the window would be thrown away
        found = named_bodies(s[at : at + 120], family=family)
        if not found or found[0][0] != 0:
            continue
        _, org_end, org_id, _, _ = found[0]
        name, org_end = s[at : at + org_end], at + org_end
        when = _WHEN.match(s, org_end)
        if when is None:
            continue
        label, pos = _short(org_id, name), when.end()
        while mm := _MONTH_YEAR.match(s, pos):
            month = month_number(mm.group("m"))
            if month is None:
                break
            text = f"{label} report, {mm.group('m')} {mm.group('y')}"
            date = f"{mm.group('y')}-{month:02d}"
            out.append(
                Hit(mm.start(), mm.end(), "document", text, None, org_id or name, None, date)
            )
            sep = _LIST_SEP.match(s, mm.end())
            pos = sep.end() if sep else -1
            if pos < 0:
                break
    return out


def report_symbols(s: str, start: int, end: int, family: str | None) -> dict[int, str]:
    """Where a report's bracketed symbol starts → the report's author (a body id or as printed)."""
    out: dict[int, str] = {}
    if s.find("eport", start, end) < 0:
        return out
    for i in spots(s, start, end, ("eport",), 1):
        bracket = s.find("(", i)
        if bracket < 0 or not _SYMBOL_OPEN.match(s, bracket):
            continue
        m = _REPORT_SYMBOL.match(s, i)
        if m is None:
            continue
        who = m.group("who").strip()
        found = named_bodies(who, family=family)
        out[m.start("sym")] = (found[0][2] or who[found[0][0] : found[0][1]]) if found else who
    return out


def communications(s: str, start: int, end: int) -> list[Hit]:
    out: list[Hit] = []
    needles = ("telegram", "letter", "cable", "note verbale", "message", "communication")
    for i in spots(s, start, end, needles):
        m = _COMMUNICATION.match(s, i)
        if m is None:
            continue
        pos, date = m.end(), None
        d = leading_date(s[pos : pos + 40])
        if d and d.first:
            pos, date = pos + d.end, d.first
        a = _AUTHOR.match(s, pos)
        if a is None:
            continue
        by = re.sub(r"^(?:its|his|her|their)\s", "the ", a.group("by"))
        text = f"{m.group('noun')} of {by} to {a.group('to')}"
        out.append(
            Hit(m.start(), a.end(), "document", re.sub(r"\s+", " ", text), None, None, None, date)
        )
    return out


__all__ = ["communications", "dated_reports", "report_symbols"]
