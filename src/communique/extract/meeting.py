"""The meeting a document records: its session, body, level and venue.

- session: "The Thirty-Fourth Session of the Islamic Conference of Foreign
  Ministers (Session of Peace, Progress and Harmony)" → 34, "Session of
  Peace, Progress and Harmony"; "The Council …, at its 49th Session";
  a meeting held "on the sidelines of the 51st session of the OIC Council of
  Foreign Ministers" → 51, "51st session of the OIC Council of Foreign
  Ministers (sidelines)";
- body: the session's body, a Contact Group ("OIC Contact Group for Jammu and
  Kashmir at the United Nations" → "OIC Contact Group on Jammu and Kashmir"),
  or the speaking body of a UN resolution ("The Security Council," → "United
  Nations Security Council");
- level: informal, summit, senior_officials or ministerial, from the words
  that say so ("informal meeting", "Summit", "senior officials meeting",
  "Ministerial level", "Ministers of Foreign Affairs") — a host session's
  name met on the sidelines does not count;
- venue: "Istanbul, Republic of Türkiye", "New York – February 03, 2023",
  "held in Islamabad, Islamic Republic of Pakistan", "in the holy city of
  Mecca": a gazetteer city, or a place line's first words before a country or
  a date where the city is not in the gazetteer.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache

from communique.extract.dates import first_date
from communique.extract.ordinals import ORDINAL, ordinal_value
from communique.extract.places import cities_in, countries_in
from communique.extract.symbols import Found
from communique.normalise.wordlists import rows

_SMALL = frozenset("of the and for on de la le du des et d' l' al".split())  # noqa: SIM905
_WORD = re.compile(r"[\w'’&.-]+")
_ORD = ORDINAL.pattern


# The session pattern holds the ordinal words three times, the sidelines pattern once: at
# every word start the engine tries each of those words, so a text is scanned only when
# it holds what every match holds (a session word and its tail, a sidelines word), found
# by a small pattern with the same flags; as most texts never get that far, each pattern
# is compiled on first need.
@cache
def _session_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"(?:(?P<ord>{_ORD})\s+(?:(?:Ordinary|Extraordinary|Regular|Special|Annual)\s+)?"
        rf"(?:Session|session|Meeting|Summit)\s+of\s+the\s+"
        rf"|,?\s+at\s+its\s+(?P<ord2>{_ORD})\s+(?:(?:Ordinary|Extraordinary)\s+)?[Ss]ession\b"
        rf"|(?P<ord3>{_ORD})\s+(?:session|réunion|sommet)\s+(?:(?:extra)?ordinaire\s+)?"
        rf"(?:du|de\s+la|de\s+l['’]|des)\s*)",
        re.IGNORECASE,
    )


# what every match of the session pattern ends in: a session word and what follows it
_SESSION_END = re.compile(
    r"(?i)session\b|(?:meeting|summit)\s+of\s+the\s"
    r"|(?:réunion|sommet)\s+(?:(?:extra)?ordinaire\s+)?(?:du|de\s+la|de\s+l['’]|des)"
)
_SESSION_WORD = re.compile(r"(?i)session|meeting|summit|sommet|réunion|side-?lines|marge")


@cache
def _sidelines_pattern() -> re.Pattern[str]:
    return re.compile(
        rf"\b(?:side-?lines|margins?|en marge)\s+(?:of|de)\s+(?:the\s+|la\s+|du\s+)?"
        rf"(?=(?:{_ORD})\s)",
        re.IGNORECASE,
    )


_SIDELINES_WORD = re.compile(r"(?i)side-?lines|margin|en marge")  # in every sidelines match
_GROUP = re.compile(
    r"(?:\b(?P<org>[A-Z]{2,6}) +)?(?:Ministerial\s+)?Contact\s+Group\s+(?:on|for|sur)\s+"
)
_UN_SUBJECT = re.compile(
    r"(?:The|Le|La|L')\s*(Security Council|General Assembly"
    r"|Conseil de s[ée]curit[ée]|Assembl[ée]e g[ée]n[ée]rale)"
)
_ORG_ACRONYM = re.compile(
    r"\b([A-Z]{2,6}) +(?:Secretary[- ]General|Secretariat|Contact Group|Member States|Charter)"
)
CUE = re.compile(
    r"(?i)\b(?:held|met|meeting|convened|took place|gathered|session|summit|conference|sidelines"
    r"|side-lines|hosted|réunion|tenue?s?|réunis?|sommet)\b"
)
_IN_PLACE = re.compile(r"\b(?:in|at|à|en)\s+(?:the\s+(?:holy\s+)?city\s+of\s+)?(?=[A-Z])")
_HELD_IN = re.compile(
    r"\b(?:held|met|convened|gathered|took place|meeting|tenue?s?|réunis?)\s+(?:in|à)\s+(?=[A-Z])"
    r"|\bcity\s+of\s+(?=[A-Z])"
)
_AFTER_CITY = re.compile(r"\s*(?:[,.;]|on\b|from\b|during\b|le\b|du\b|$)")
_STATE_WORDS = re.compile(
    r"(?:(?:Islamic|Federal|People's|Democratic|Arab|United|Hashemite)\s+)*"
    r"(?:Republic|Kingdom|State|Sultanate|Emirate|Principality|Federation|Union)\s+of\s+"
)


@dataclass(frozen=True)
class SessionFound:
    number: int | None
    name: str | None
    body: Found | None  # the session's own body, when the document is its outcome
    start: int
    end: int
    sidelines: bool


def name_end(s: str, pos: int, *, lower_ok: tuple[str, ...] = ()) -> int:
    """End of a run of capitalised words (with "of", "the", "and" … inside) from ``pos``."""
    end = pos
    i = pos
    while True:
        m = _WORD.match(s, i)
        if not m:
            break
        w = m.group(0).rstrip(".")
        if w[:1].isupper() or (w[:1].isdigit() and end == pos):
            end = m.start() + len(w)
        elif w.lower() not in _SMALL and w not in lower_ok:
            break
        gap = re.match(r"[ \t]+|\s(?=\S)", s[m.end() :])
        if not gap or s[m.start() + len(w) : m.end()]:  # punctuation ends the run
            break
        i = m.end() + gap.end()
    return end


@lru_cache(maxsize=16)  # session() and level() read the same title block
def _session_word_at(s: str) -> int:
    """Where the first session word stands in ``s``; -1 if none does."""
    m = _SESSION_WORD.search(s)
    return m.start() if m else -1


@lru_cache(maxsize=16)  # session() and level() read the same title block
def _sidelines(s: str) -> tuple[SessionFound, ...]:
    out: list[SessionFound] = []
    if _session_word_at(s) < 0 or not _SIDELINES_WORD.search(s):
        return ()
    for m in _sidelines_pattern().finditer(s):
        o = ORDINAL.match(s, m.end())
        if o and o.group(0) and (number := ordinal_value(o.group(0))) is not None:
            end = name_end(s, o.start(), lower_ok=("session", "summit", "meeting"))
            if end > o.end():
                name = f"{s[o.start() : end]} (sidelines)"
                out.append(SessionFound(number, name, None, o.start(), end, True))
    return tuple(out)


def sidelines(s: str) -> SessionFound | None:
    """The session a meeting sat beside: "on the sidelines of the 51st session of …"."""
    found = _sidelines(s)
    return found[0] if found else None


def session(s: str) -> SessionFound | None:
    """The document's own session, else the one it sat beside."""
    first = _session_word_at(s)
    if first < 0:
        return None
    beside = _sidelines(s)
    # Every match holds a session word, and before it only an ordinal, a qualifier and
    # spaces (a comma may open it): no match starts before the punctuation preceding the
    # first session word, so the pattern is tried from there on.
    from_ = max(0, *(s.rfind(c, 0, first) for c in ".,;:()"))
    if not _SESSION_END.search(s, first):
        return beside[0] if beside else None
    for m in _session_pattern().finditer(s, from_):
        if any(b.start <= m.start() < b.end for b in beside):
            continue
        word = m.group("ord") or m.group("ord2") or m.group("ord3")
        number = ordinal_value(word)
        if number is None:
            continue
        if m.group("ord") or m.group("ord3"):
            b_end = name_end(s, m.end())
            if m.group("ord3") and (fr := re.match(r"[\w'’ -]{0,80}?(?=\s*[(,;])", s[b_end:])):
                b_end += fr.end()  # "Conseil des ministres des affaires étrangères ("
            body = Found(s[m.end() : b_end], m.end(), b_end) if b_end > m.end() else None
            after = b_end
        else:  # "The Council of …, at its 49th Session": the body opens the sentence
            b_start = max(s.rfind(". ", 0, m.start()) + 2, s.rfind("\n", 0, m.start()) + 1, 0)
            lead = re.match(r"(?:The|the|Le|La|L')?\s*", s[b_start:])
            b_start += lead.end() if lead else 0
            body = Found(s[b_start : m.start()].rstrip(", "), b_start, m.start())
            after = m.end()
        name = None
        if pm := re.match(r"\s*\((?P<n>[^()]{4,120})\)", s[after:]):
            name = " ".join(pm.group("n").split())
            after += pm.end()
        return SessionFound(number, name, body, m.start(), after, False)
    return beside[0] if beside else None


def org_acronym(s: str) -> str | None:
    """The organisation a document speaks of, by its most named acronym ("OIC")."""
    counts: dict[str, int] = {}
    for m in _ORG_ACRONYM.finditer(s):
        counts[m.group(1)] = counts.get(m.group(1), 0) + 1
    return max(counts, key=lambda k: counts[k]) if counts else None


def contact_group(s: str, org: str | None) -> Found | None:
    """The Contact Group a text names, as "ORG Contact Group on TOPIC".

    "OIC Contact Group for Jammu and Kashmir at the UN" → "OIC Contact Group on
    Jammu and Kashmir"; ``org`` is used where no acronym stands before it."""
    if "Contact" not in s:
        return None
    for m in _GROUP.finditer(s):
        end = name_end(s, m.end())
        topic = s[m.end() : end]
        if not topic:
            continue
        acr = m.group("org") or org
        name = f"{acr + ' ' if acr else ''}Contact Group on {topic}"
        return Found(name, m.start(), end)
    return None


def un_body(subject: str) -> str | None:
    m = _UN_SUBJECT.match(subject.strip())
    if not m:
        return None
    word = m.group(1).lower()
    return "United Nations " + (
        "Security Council" if "council" in word or "conseil" in word else "General Assembly"
    )


# "\bMinisterial" read as "M(?<=\bM)inisterial": the same matches, but a pattern that
# opens with a letter lets the regex engine skip ahead to it instead of trying every place.
_OPENING_WORD_BOUNDARY = re.compile(r"^((?:\(\?i\))?)\\b(\w)(?![?*+{])")


@cache
def _levels() -> tuple[tuple[str, re.Pattern[str]], ...]:
    r"""``data/levels.tsv`` compiled, each leading "\b" moved behind the letter after it."""
    return tuple(
        (r[0], re.compile(_OPENING_WORD_BOUNDARY.sub(r"\1\2(?<=\\b\2)", r[1])))
        for r in rows("levels.tsv")
        if len(r) >= 2
    )


def level(s: str) -> Found | None:
    """The level of the meeting, from the words that say so (``data/levels.tsv``);
    the name of a session the meeting sat beside does not count."""
    for b in _sidelines(s):
        s = s[: b.start] + " " * (b.end - b.start) + s[b.end :]
    for kind, pattern in _levels():
        if m := pattern.search(s):
            return Found(kind, m.start(), m.end())
    return None


@dataclass(frozen=True)
class VenueFound:
    city: str | None
    country: str | None
    start: int
    end: int


def _country_after(s: str, pos: int) -> tuple[str | None, int]:
    m = re.match(r"\s*[,–-]\s*", s[pos:])
    if not m:
        return None, pos
    found = countries_in(s[pos + m.end() : pos + m.end() + 60])
    if found and found[0].start == 0:
        return found[0].country, pos + m.end() + found[0].end
    return None, pos


def venue_line(line: str) -> VenueFound | None:
    """A place line: "Istanbul, Republic of Türkiye", "New York – February 03, 2023"."""
    t = line.lstrip("* ")
    at = len(line) - len(t)
    cities = cities_in(t[:60])
    if cities and cities[0].start == 0:
        c = cities[0]
        country, end = _country_after(t, c.end)
        return VenueFound(c.city, country or c.country, at, at + end)
    end = name_end(t, 0)
    rest = t[end:]
    if (
        0 < end <= 40
        and re.match(r"\s*(?:,|–|-|—)\s*", rest)
        and (first_date(rest[:40]) or _STATE_WORDS.match(rest.lstrip(",–-— ")))
    ):
        country, c_end = _country_after(t, end)
        return VenueFound(t[:end], country, at, at + max(end, c_end))
    return None


def venue_in(s: str, *, cue: bool = True) -> VenueFound | None:
    """The place a sentence says the meeting was held in."""
    for m in _IN_PLACE.finditer(s):
        if cue:
            sent = max(s.rfind(". ", 0, m.start()), 0)
            if not CUE.search(s, sent, m.start()):
                continue
        cities = cities_in(s[m.end() : m.end() + 60])
        if cities and cities[0].start == 0:
            c = cities[0]
            country, end = _country_after(s, m.end() + c.end)
            return VenueFound(c.city, country or c.country, m.end(), max(m.end() + c.end, end))
        end = name_end(s, m.end())
        rest = s[end : end + 80]
        if end > m.end() and _STATE_WORDS.match(rest.lstrip(", ")) and rest.startswith(","):
            country, c_end = _country_after(s, end)
            return VenueFound(s[m.end() : end], country, m.end(), max(end, c_end))
        countries = countries_in(s[m.end() : m.end() + 60])
        if countries and countries[0].start == 0 and not cue:
            return VenueFound(None, countries[0].country, m.end(), m.end() + countries[0].end)
    for m in _HELD_IN.finditer(s):  # a city the gazetteer lacks: "met in Velmont on …"
        end = name_end(s, m.end())
        name = s[m.end() : end]
        if 1 <= len(name.split()) <= 3 and _AFTER_CITY.match(s, end) and not countries_in(name):
            return VenueFound(name, None, m.end(), end)
    return None


__all__ = [
    "CUE",
    "SessionFound",
    "VenueFound",
    "contact_group",
    "level",
    "name_end",
    "org_acronym",
    "session",
    "sidelines",
    "un_body",
    "venue_in",
    "venue_line",
]
