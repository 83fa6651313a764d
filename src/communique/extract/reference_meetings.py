"""Meetings cited: by session, by number, by date, by name, and occasions.

- sessions: "the 35th Session of the Islamic Conference of Foreign Ministers",
  "the Seventh Session of the Islamic Summit Conference", "the extraordinary
  Session of the Islamic Summit", "la 35e session du Conseil des ministres des
  affaires étrangères" → ``session`` is the ordinal, ``body`` the gazetteer id;
- numbered meetings: "at its 229th meeting", "the 1143rd meeting, on 11 August
  1964", "sa 229e séance" (not the document's own "Adopted at the … meeting");
- meetings by date: "the meetings of the OIC Contact Group on Jammu and Kashmir
  on 25 September 2019, 22 June 2020 … and 17 March 2023" → one hit per date;
- named meetings: "the G-20 Tourism Working Group Meeting, held in Srinagar on
  22-24 May 2023" (a name ending in "Summit" only with a date);
- occasions: "the upcoming Islamic Summit", "the next session of the Council".
"""

from __future__ import annotations

import re

from communique.extract.dates import find_dates, leading_date
from communique.extract.ordinals import ORDINAL, ordinal_value
from communique.extract.organisations import OrgMention, named_bodies
from communique.extract.reference_hits import Hit, spots

_KIND = r"(?:ordinary|extraordinary|special|emergency|regular|annual|ordinaire|extraordinaire)"
_BEFORE_SESSION = re.compile(
    rf"(?:(?P<ord>{ORDINAL.pattern})\s+(?:{_KIND}\s+)?|(?P<kind>{_KIND})\s+)$", re.IGNORECASE
)
_OF = re.compile(r"\s+(?:of|du|de|des)\s+(?:the\s+|la\s+|l['’]\s*)?", re.IGNORECASE)
_NUMBERED = re.compile(
    r"\b(?P<n>\d{1,4})\s?(?:st|nd|rd|th)\s+(?P<plenary>plenary\s+)?meeting\b"
    r"|\b(?P<fr>\d{1,4})(?:e|ème)\s+séance\b"
)
_ON_DATE = re.compile(r",?\s*(?:held\s+)?(?:on|of|le|du|dated)\s+")
_DATED = re.compile(
    r"\b(?P<w>[Mm]eetings?|[Ss]essions?|[Ss]ummits?|[Rr]éunions?)(?=\s+(?:of|du|de|des)\s)"
)
_HELD = re.compile(
    r",?\s*(?:(?:held|convened|tenue?s?)\s+)?(?:(?:in|at|à)\s+[A-Z][\w\-]+(?:,?\s+[A-Z][\w\-]+){0,2},?\s+)?"
    r"(?:on|in|from|le|du|en)\s+"
)
_SEPARATOR = re.compile(r"\s*(?:,\s*(?:and|et)?|and|et)\s*")
_NAMED = re.compile(
    r"\b(?:[A-Z0-9][\w\-]*\s+)(?:(?:[A-Z0-9][\w\-]*|of|on|and|for)\s+){0,8}?(?P<w>Meeting|Summit)\b"
)
_LEAD = re.compile(r"(?:(?:The|This|That|A|An|[A-Z][a-z]+(?:ing|ed|s))\s+)+")
_OCCASION = re.compile(
    r"\b(?:upcoming|forthcoming|next|coming|prochaine?)\s+"
    r"(?:(?P<w>session|meeting|summit|sommet|réunion)\s+(?:of|du|de|des)\s+(?:the\s+|la\s+)?)?",
    re.IGNORECASE,
)
_OCCASION_OPENINGS = ("upcoming", "forthcoming", "next", "coming", "prochain")
_YEAR = re.compile(r"(?:1[89]|20)\d\d\b")


def _org_at(s: str, at: int, family: str | None) -> OrgMention | None:
    """The body whose name starts at ``at``."""
    window = s[at : at + 120]
    # plain tuples, not find_organisations: only the first name becomes an OrgMention
    found = named_bodies(window, family=family)
    if not found or found[0][0] != 0:
        return None
    _, end, body_id, kind, generic = found[0]
    return OrgMention(at, at + end, body_id, kind, window[:end], generic)


def _body(o: OrgMention) -> str:
    return o.id or o.name


def _date_after(s: str, pos: int, intro: re.Pattern[str], year: int | None = None) -> str | None:
    """The date (or bare year) printed after ``pos`` behind an ``intro`` such as "held on"."""
    m = intro.match(s, pos)
    if not m:
        return None
    window = s[m.end() : m.end() + 40]
    d = leading_date(window, year)
    if d and d.first:
        return d.first
    y = _YEAR.match(window)
    return y.group(0) if y else None


def sessions(s: str, start: int, end: int, family: str | None, low: str | None = None) -> list[Hit]:
    """Sessions of a body; ``low`` is s[start:end].lower() where the caller has it."""
    out: list[Hit] = []
    if low is None:
        low = s[start:end].lower()
    i = low.find("session")
    while i >= 0:
        at = start + i
        i = low.find("session", i + 7)
        of = _OF.match(s, at + 7)
        if not of:
            continue
        org = _org_at(s, of.end(), family)
        if org is None:
            continue
        # checked last: the ordinal words make this search far dearer than the checks above
        lo = max(start, at - 50)
        b = _BEFORE_SESSION.search(s[lo:at])
        if not b:
            continue
        a = lo + b.start()
        n = ordinal_value(b.group("ord")) if b.group("ord") else None
        date = _date_after(s, org.end, _HELD)
        out.append(Hit(a, org.end, "meeting", s[a : org.end], None, _body(org), n, date))
    return out


def numbered(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    out: list[Hit] = []
    chunk = s[start:end]
    if "meeting" not in chunk and "séance" not in chunk:
        return out
    seen: set[int] = set()
    for i in spots(s, start, end, ("meeting", "séance")):
        m = _NUMBERED.search(s, max(start, i - 24), min(end, i + 8))
        if m is None or m.start() in seen:
            continue
        seen.add(m.start())
        line = s[s.rfind("\n", start, m.start()) + 1 : m.start()]
        if re.match(r"\s*Adopt", line):
            continue  # the document's own meeting
        n = int(m.group("n") or m.group("fr"))
        body = "un.general_assembly" if m.group("plenary") else None
        if family == "un" and body is None:
            body = "un.security_council"
        date = _date_after(s, m.end(), _ON_DATE)
        out.append(Hit(m.start(), m.end(), "meeting", m.group(0), None, body, n, date))
    return out


def dated(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    """ "the meetings of <body> on <date>, <date> and <date>": one hit per date."""
    out: list[Hit] = []
    for i in spots(s, start, end, ("eeting", "ession", "ummit", "éunion"), 1):
        m = _DATED.match(s, i)
        if m is None:
            continue
        of = _OF.match(s, m.end())
        org = _org_at(s, of.end(), family) if of else None
        held = _HELD.match(s, org.end) if org else None
        if org is None or held is None:
            continue
        # checked last: the ordinal words make this search far dearer than the checks above
        if _BEFORE_SESSION.search(s[max(start, m.start() - 50) : m.start()]):
            continue  # "the 78th Session of … on 20 September 2023": a session, read there
        pos = held.end()
        word = m.group("w").rstrip("s").lower()
        for d in find_dates(s[pos : pos + 400]):
            gap = s[pos : held.end() + d.start]
            if (gap and not _SEPARATOR.fullmatch(gap)) or not d.first:
                break
            a, b = held.end() + d.start, held.end() + d.end
            label = f"{word} of the {org.name} on {d.text}"
            out.append(Hit(a, b, "meeting", label, None, _body(org), None, d.first))
            pos = b
    return out


def named(s: str, start: int, end: int) -> list[Hit]:
    out: list[Hit] = []
    chunk = s[start:end]
    if "Meeting" not in chunk and "Summit" not in chunk:
        return out
    for m in _NAMED.finditer(s, start, end):
        lead = _LEAD.match(s, m.start(), m.end())
        a = lead.end() if lead else m.start()
        if a >= m.start("w"):
            continue
        date = _date_after(s, m.end(), _HELD)
        if m.group("w") == "Summit" and date is None:
            continue
        out.append(Hit(a, m.end(), "meeting", s[a : m.end()], None, None, None, date))
    return out


def _occasion_matches(s: str, start: int, end: int, low: str) -> list[re.Match[str]]:
    """``_OCCASION.finditer(s, start, end)``, given ``low``, the lowered s[start:end]."""
    if len(low) != end - start or "ı" in low:  # the lowered copy does not line up with s
        return list(_OCCASION.finditer(s, start, end))
    # The pattern opens with \b, so the engine would try it at every position: it is tried
    # only where an opening word stands, found by str.find in the lowered copy.
    out: list[re.Match[str]] = []
    taken = start
    for i in spots(low, 0, len(low), _OCCASION_OPENINGS):
        if start + i >= taken and (m := _OCCASION.match(s, start + i, end)):
            out.append(m)
            taken = m.end()
    return out


def occasions(
    s: str, start: int, end: int, family: str | None, low: str | None = None
) -> list[Hit]:
    """Occasions to come; ``low`` is s[start:end].lower() where the caller has it."""
    out: list[Hit] = []
    if low is None:
        low = s[start:end].lower()
    if not any(w in low for w in _OCCASION_OPENINGS):
        return out
    for m in _occasion_matches(s, start, end, low):
        org = _org_at(s, m.end(), family)
        if org is None:
            continue
        out.append(Hit(m.start(), org.end, "meeting", s[m.start() : org.end], None, _body(org)))
    return out


def meetings(s: str, start: int, end: int, family: str | None) -> list[Hit]:
    low = s[start:end].lower()  # lowered once for both: dear where a text is not ASCII
    return [
        *sessions(s, start, end, family, low),
        *numbered(s, start, end, family),
        *dated(s, start, end, family),
        *named(s, start, end),
        *occasions(s, start, end, family, low),
    ]


__all__ = ["dated", "meetings", "named", "numbered", "occasions", "sessions"]
