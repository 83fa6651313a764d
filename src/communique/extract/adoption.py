"""How a resolution was adopted, from its "Adopted …" line.

"Adopted at the 229th meeting by 9 votes to none, with 2 abstentions (…)."
→ meeting 229, for 9, against 0, abstaining 2; "Adopted unanimously at the
1193rd_ meeting." → meeting 1193, unanimous; "Adopted by the Security Council
at its 3122nd meeting, on 9 October 1992" → meeting 3122 and the date.
Numbers are read through OCR slips ("to I" → 1, "298Ist" → 2981) and in words
("by eleven votes to none").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.extract.dates import DateFound, first_date_after
from communique.models import Adoption

_OCR = str.maketrans("lIiO]", "11101")
_WORDS = {
    "none": 0, "nil": 0, "no": 0, "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4,
    "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11,
    "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
}  # fmt: skip
_N = r"(?:[\dlIO]{1,2}\b|" + "|".join(_WORDS) + r")"
ADOPTED = re.compile(r"(?i)\b(?:adopted|adapted|adoptée?)\b")
_MEETING = re.compile(
    r"\b(?:(?:at|ut|al)\s+)?(?:the|its)\s+(?:resumed\s+)?"
    r"(?P<m>[\dlIi\]](?:[\dlIiO]| (?=\d))*)_?\s?(?:st|nd|rd|the|th|d|h)?_?"
    r"\s+(?:\(\w+\)\s+)?(?:plenary\s+)?mee?tings?\b"
)
_VOTES = re.compile(
    rf"\b[bh]y\s+(?P<for>{_N})\s+(?:votes?\s+)?(?:(?:to|ta|t0|10)\s+(?P<against>{_N})"
    rf"(?:\s*\([^)]*\))?(?:,?\s*(?:and\s+)?with\s+(?P<abs>{_N})\s+abstentions?)?|(?=\s*\())",
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"(?i)\bunanimously\b|\bà l'unanimité\b")


@dataclass(frozen=True)
class AdoptionFound:
    adoption: Adoption
    start: int  # the "Adopted …" words in the line
    end: int
    date: DateFound | None  # "… on 9 October 1992"


def _count(s: str | None) -> int | None:
    if s is None:
        return None
    low = s.lower()
    if low in _WORDS:
        return _WORDS[low]
    t = s.translate(_OCR)
    return int(t) if t.isdigit() else None


def adoption(line: str, year: int | None = None) -> AdoptionFound | None:
    """The adoption line's meeting, votes and date; None if ``line`` is not one.

    Before 2025 the Security Council had not met 10,000 times: a five-digit
    meeting number then is an OCR'd suffix ("24491h" for "2449th") and loses
    its last digit."""
    a = ADOPTED.search(line)
    if not a:
        return None
    end = a.end()
    meeting = None
    if m := _MEETING.search(line, a.end()):
        digits = m.group("m").replace(" ", "").translate(_OCR)
        meeting = int(digits) if digits.isdigit() else None
        if meeting and meeting > 9999 and year and year < 2025:
            meeting //= 10
        end = max(end, m.end())
    votes_for = against = abstaining = None
    if v := _VOTES.search(line, a.end()):
        votes_for, against = _count(v.group("for")), _count(v.group("against"))
        if against is not None:
            abstaining = _count(v.group("abs")) if v.group("abs") else 0
        end = max(end, v.end())
    unanimous = True if (u := _UNANIMOUS.search(line, a.start())) else None
    if u:
        end = max(end, u.end())
    date = first_date_after(line, a.end())
    if date is not None:
        date = DateFound(date.start, date.end, date.text, date.first, date.last)
        end = max(end, date.end)
    if meeting is None and votes_for is None and unanimous is None and date is None:
        return None
    found = Adoption(meeting, votes_for, against, abstaining, unanimous)
    return AdoptionFound(found, a.start(), end, date)


__all__ = ["ADOPTED", "AdoptionFound", "adoption"]
