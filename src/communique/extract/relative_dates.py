"""Relative dates ("on Thursday", "yesterday", "earlier in the day", "last
week", "le mois dernier") and what they point to, given the document's date.

A weekday counts back from the document's date, the date itself included (a
report dated Friday 31 May 2019 saying "on Thursday" → 2019-05-30), unless
the words point forward ("next Thursday", "jeudi prochain", "will … on
Thursday"). A week is an ISO week ("2019-W21", precision ``week``), a month
"2019-04", a year "2018". A weekday printed just before a full date ("Friday,
31 May 2019") is part of that date, not a relative one: the caller drops it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import cache

_WEEKDAYS = {
    **{d: i for i, d in enumerate(("monday", "tuesday", "wednesday", "thursday", "friday"))},
    "saturday": 5,
    "sunday": 6,
    **{d: i for i, d in enumerate(("lundi", "mardi", "mercredi", "jeudi", "vendredi"))},
    "samedi": 5,
    "dimanche": 6,
}

# phrase → (unit, offset): day offsets from the document's date; week/month/year steps
_PHRASES: dict[str, tuple[str, int]] = {
    "today": ("day", 0),
    "earlier today": ("day", 0),
    "later today": ("day", 0),
    "earlier in the day": ("day", 0),
    "later in the day": ("day", 0),
    "this morning": ("day", 0),
    "this afternoon": ("day", 0),
    "this evening": ("day", 0),
    "tonight": ("day", 0),
    "yesterday": ("day", -1),
    "the day before yesterday": ("day", -2),
    "tomorrow": ("day", 1),
    "last week": ("week", -1),
    "this week": ("week", 0),
    "next week": ("week", 1),
    "last month": ("month", -1),
    "this month": ("month", 0),
    "next month": ("month", 1),
    "last year": ("year", -1),
    "this year": ("year", 0),
    "next year": ("year", 1),
    "aujourd'hui": ("day", 0),
    "plus tôt dans la journée": ("day", 0),
    "ce matin": ("day", 0),
    "ce soir": ("day", 0),
    "hier": ("day", -1),
    "avant-hier": ("day", -2),
    "demain": ("day", 1),
    "la semaine dernière": ("week", -1),
    "la semaine passée": ("week", -1),
    "cette semaine": ("week", 0),
    "la semaine prochaine": ("week", 1),
    "le mois dernier": ("month", -1),
    "le mois passé": ("month", -1),
    "ce mois-ci": ("month", 0),
    "le mois prochain": ("month", 1),
    "l'année dernière": ("year", -1),
    "l'an dernier": ("year", -1),
    "l'an passé": ("year", -1),
    "cette année": ("year", 0),
    "l'année prochaine": ("year", 1),
}

_FORWARD = re.compile(r"\b(?:will|shall|is to|are to|to be held|scheduled)\b[^.;]{0,60}$")


@dataclass(frozen=True)
class Relative:
    """A relative date at s[start:end]; ``value`` is "" when there is no anchor."""

    start: int
    end: int
    text: str
    value: str
    precision: str  # "day", "week", "month", "year"


@cache
def _pattern() -> re.Pattern[str]:
    phrases = sorted(_PHRASES, key=len, reverse=True)
    alt = "|".join(re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases)
    en_days = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    fr_days = "lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
    return re.compile(
        rf"(?<![\w-])(?:(?P<phrase>(?i:{alt}))"
        rf"|(?P<pre>(?:on|last|next|this|this coming|this past|le|ce)\s+)?"
        rf"(?P<day>(?:{en_days})|(?i:{fr_days}))"
        rf"(?P<post>\s+(?:dernier|prochain|last|next))?)(?![\w-])",
    )


def _shift_month(d: dt.date, months: int) -> str:
    n = d.year * 12 + d.month - 1 + months
    return f"{n // 12:04d}-{n % 12 + 1:02d}"


def _value(unit: str, step: int, anchor: dt.date) -> str:
    if unit == "day":
        return (anchor + dt.timedelta(days=step)).isoformat()
    if unit == "week":
        year, week, _ = (anchor + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}"
    if unit == "month":
        return _shift_month(anchor, step)
    return str(anchor.year + step)


def _weekday(m: re.Match[str], s: str, anchor: dt.date) -> str:
    target = _WEEKDAYS[m.group("day").lower()]
    words = f"{m.group('pre') or ''} {m.group('post') or ''}".lower()
    forward = "next" in words or "prochain" in words or "coming" in words
    forward = forward or ("last" not in words and bool(_FORWARD.search(s, 0, m.start())))
    if forward:
        ahead = (target - anchor.weekday()) % 7 or 7
        return (anchor + dt.timedelta(days=ahead)).isoformat()
    back = (anchor.weekday() - target) % 7
    if "last" in words or "dernier" in words:
        back = back or 7
    return (anchor - dt.timedelta(days=back)).isoformat()


# words every relative date contains ("Today", "yesterday", "Thursday" → "day"): a first
# pass that must stay cheap, so each is looked for with str.find
_TRIGGER_EN = ("day", "week", "month", "year", "orning", "fternoon", "vening", "onight", "morrow")
_TRIGGER_FR = re.compile(
    r"ujourd|[hH]ier|[dD]emain|semaine|mois|année|an dernier|an pass|matin|soir|journée"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche"
)


def french(s: str) -> bool:
    """Might ``s`` be French? (A cheap test, to decide whether French words are looked for.)"""
    if len(s) < 500:  # a line or a sentence: any sign will do
        return s.startswith(("le ", "la ", "les ", "Le ", "La ", "Les ")) or any(
            w in s for w in ("é", "è", " le ", " la ", " les ", " des ", " du ", " l'")
        )
    return s.count(" les ") + s.count(" des ") + s.count(" du ") >= 3


def _occurrences(s: str, words: tuple[str, ...]) -> list[int]:
    """Where ``finditer`` of the words' alternation matches in ``s``: each word's places,
    less those inside an earlier match (for words no two of which match at one place).

    A pattern whose alternatives open with different letters is scanned position by
    position; ``str.find`` of each word costs a tenth of that over a whole text."""
    found = []
    for w in words:
        i = s.find(w)
        while i >= 0:
            found.append((i, i + len(w)))
            i = s.find(w, i + 1)
    out, end = [], 0
    for a, b in sorted(found):
        if a >= end:
            out.append(a)
            end = b
    return out


def _windows(s: str, is_french: bool) -> list[tuple[int, int]]:
    """Stretches of ``s`` around the words every relative date contains (a cheap first pass)."""
    hits = _occurrences(s, _TRIGGER_EN)
    if is_french:
        hits += [m.start() for m in _TRIGGER_FR.finditer(s)]
    out: list[tuple[int, int]] = []
    for p in sorted(hits):
        a, b = max(0, p - 32), min(len(s), p + 24)
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


def find_relative(
    s: str, anchor: dt.date | None, *, is_french: bool | None = None
) -> list[Relative]:
    """Every relative date in ``s`` with its value against ``anchor`` ("" without one);
    ``is_french`` is ``french(s)`` where the caller has it already (it counts over all of s)."""
    if is_french is None:
        is_french = french(s)
    out = []
    matches = [m for a, b in _windows(s, is_french) for m in _pattern().finditer(s, a, b)]
    for m in matches:
        phrase = m.group("phrase")
        if phrase is not None:
            key = re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))
            if key == "last year" and s[max(0, m.start() - 4) : m.start()].lower() == "the ":
                continue  # "over the last year": a duration, not a date
            unit, step = _PHRASES[key]
            value = _value(unit, step, anchor) if anchor else ""
            out.append(Relative(m.start(), m.end(), m.group(0), value, unit))
            continue
        if m.group("day")[:1].islower() and not (m.group("pre") or m.group("post")):
            continue  # a bare French weekday in lower case: too weak alone
        value = _weekday(m, s, anchor) if anchor else ""
        out.append(Relative(m.start(), m.end(), m.group(0), value, "day"))
    return out


__all__ = ["Relative", "find_relative", "french"]
