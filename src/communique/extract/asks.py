"""Asks: who was asked to do what, with what force, and by when.

From each operative clause (and its sub-items), and from narrative paragraphs
whose subject is the meeting itself ("They reiterated their call on India to
…", "The Contact Group requests the Secretary-General to …"), every asking
verb gives asks: one per addressee. The verbs and their force are data
(``data/ask_verbs.tsv``, English and French). An asking verb counts where it
opens the clause (after adverbs) or follows "and", a comma or a semicolon, so
that "Welcomes … and request the Secretary General to …" and "Denounced …;
and mandated the Special Envoy …" yield the later verb's ask.

Frames: "Requests X to do" (``to``), "Demands that X do" / "Demanded that
X:" with sub-items (``that``), "Reiterated the call on X to do" (``noun``).
A verb without an addressee ("Calls for a peaceful settlement") is no ask.
"each of those Governments" takes the addressees of the clause before, as
printed there.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from functools import cache
from typing import NamedTuple

from communique.extract.addressees import is_anaphor, resolve, split_addressees
from communique.models import Ask, Clause, Text
from communique.normalise.wordlists import rows

_ADVERBS = (
    r"(?:once\s+again|once\s+more|again|also|further|furthermore|hereby|strongly|urgently|"
    r"earnestly|solemnly|respectfully|instamment|vivement|en\s+outre|également|de\s+nouveau)"
)
_GAP = rf"\s+(?:{_ADVERBS}\s+)*"
_LABEL = re.compile(r"^\s*(?:\(?\d{1,3}\s?[.)]|\(?[a-z]{1,4}\)|[ivx]{1,5}\.)\s+")
_OPENERS = re.compile(rf"^(?:{_ADVERBS}\s+)*", re.IGNORECASE)
_COORD = re.compile(rf"(?:\band|\bet|[,;:])(?:\s+{_ADVERBS})*\s*$", re.IGNORECASE)
_SAYING = re.compile(
    r"(?:reiterat|renew|repeat|reaffirm|recall|made|make|issu|réitèr|renouvel|lanc)\w*\s+"
    r"(?:the|their|its|his|her|our|an?|this|the\s+OIC's|OIC's|son|leur|l')?\s*"
    r"(?:earlier\s+|urgent\s+|strong\s+|pressant\s+)?$",
    re.IGNORECASE,
)
# These two scan every operative clause. Each opens with a literal or a character set, so
# the engine can skip ahead to candidates; the look-behind after that first letter is the
# "\b" before it (a leading "\b" would make the engine try every position).
_AFTER_COORD = re.compile(rf"(?:,|;|:|a(?<!\wa)nd|e(?<!\we)t)\s+(?:{_ADVERBS}\s+)*")
_SAYING_AT = re.compile(
    r"[RrMmIiLl](?<!\w.)(?:(?<=[Rr])(?:eiterat|enew|epeat|eaffirm|ecall|éitèr|enouvel)|"
    r"(?<=[Mm])a(?:de|ke)|(?<=[Ii])ssu|(?<=[Ll])anc)\w*\s+"
    r"(?:(?:the|their|its|his|her|our|an?|this|the\s+OIC's|OIC's|son|leur|l')\s*)?"
    r"(?:(?:earlier|urgent|strong|pressant)\s+)?"
)
# the words _SAYING_AT opens with, in lower case: ASCII text without one has no match
# (a few str.find passes, where the scan stops at every r, m, i and l)
_SAYING_WORDS = (
    *("reiterat", "renew", "repeat", "reaffirm", "recall", "renouvel"),
    *("made", "make", "issu", "lanc"),
)
_EN_INF = re.compile(
    r"(?:,\s*)?\s+to\s+(?!(?:the|a|an|all|any|its|their|his|her|this|that|these|those|each|such|"
    r"which|whom|what|both|every|other|some|no|one|it|them|him|us|date|end|extent|effect|"
    r"fullest|maximum|utmost|detriment|bear|light)\b)(?=[a-z])"
)
_FR_INF = re.compile(
    r"(?:,\s*)?\s+(?:de\s+|d'|à\s+|pour\s+qu'|pour\s+que\s+|afin\s+qu'|afin\s+que\s+|qu')"
    r"(?=(?:ne\s+pas\s+|ne\s+|s'|se\s+|y\s+|en\s+|leur\s+|lui\s+)?[a-zéèêàâîôû]+"
    r"(?:er|ir|re|oir|il|elle|ils|elles)\b)"
)
_GLUE = frozenset(
    [
        "of",
        "the",
        "and",
        "all",
        "other",
        "others",
        "concerned",
        "parties",
        "party",
        "states",
        "state",
        "members",
        "member",
        "authorities",
        "government",
        "governments",
        "both",
        "two",
        "its",
        "their",
        "for",
        "in",
        "on",
        "de",
        "la",
        "le",
        "les",
        "des",
        "du",
        "et",
        "à",
        "aux",
        "forces",
        "régime",
        "regime",
        "racist",
        "minority",
        "sides",
        "side",
        "community",
        "international",
        "people",
        "peoples",
        "leaders",
        "leadership",
        "troops",
        "armed",
        "illegal",
        "military",
        "occupying",
        "power",
        "powers",
        "country",
        "countries",
        "nations",
        "elements",
        "factions",
        "movements",
        "groups",
        "communities",
        "involved",
        "organizations",
        "agencies",
        "specialized",
        "relevant",
        "appropriate",
        "tous",
        "toutes",
        "l'",
        "d'",
        "que",
        "membres",
        "membre",
        "unies",
        "nations",
        "concernées",
        "intéressées",
    ]
)
_SUBJECT = re.compile(
    r"^(?:[^,]{0,200},\s+)?(?:they|it|we|ils|elles?|members\s+of\s+the\s+[\w ]{2,60}?|"
    r"the\s+(?:[\w-]+\s+){0,6}?(?:ministers|participants|meeting|group|council|conference|"
    r"summit|committee|commission|assembly|members|member\s+states)|"
    r"le\s+(?:[\w-]+\s+){0,6}?(?:groupe|conseil|comité)|les\s+ministres)"
    r"(?:\s+(?:also|further|again|once\s+again|then|therefore|aussi|également))*\s+$",
    re.IGNORECASE,
)
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z\"'“])")
_FRENCH = frozenset(("les", "des", "du", "aux", "le", "la", "et", "est", "une", "qui", "que"))
_ENGLISH = frozenset(("the", "of", "and", "to", "that", "which", "is", "are"))
_WORDS = re.compile(r"\w+")
# ASCII characters that are no word characters (as \w counts them) → a space; the word
# characters map to themselves: a character missing from the table costs str.translate
# a KeyError in every call
_ASCII_GAPS = str.maketrans(
    {c: c if c.isalnum() or c == "_" else " " for c in map(chr, range(128))}
)
# the same table for bytes.translate, which reads a plain table instead of looking up a
# dict per character: for an ASCII sample, several times cheaper
_ASCII_GAPS_BYTES = bytes(range(128)).decode().translate(_ASCII_GAPS).encode() + bytes(128)


class Verb(NamedTuple):  # a tuple: one per asking verb found, cheaper than a frozen dataclass
    force: str
    frame: str  # "to" (also the noun forms) or "that"
    printed: str
    start: int  # in the clause text
    end: int


@cache
def _verbs(language: str) -> tuple[re.Pattern[str], dict[str, tuple[str, str]]]:
    """One regex over the asking forms of a language; form → (force, frame)."""
    table: dict[str, tuple[str, str]] = {}
    for row in rows("ask_verbs.tsv"):
        force, lang, frame, forms = row[:4]
        if lang != language:
            continue
        for form in forms.split("|"):
            table.setdefault(form.strip().lower(), (force, frame))
    # the forms grouped by their first word ("request(?:GAP(?:that|to))?", the
    # "?" only where the word alone is a form too), and first words with the same
    # continuations share one ("(?:calls|called)GAP(?:upon|on)"): a smaller pattern,
    # cheaper to compile, with the same matches (different first words never match
    # at the same place, and within a group the longer forms are still tried first)
    rests: dict[str, list[str]] = {}
    for f in sorted(table, key=lambda f: (-len(f), f)):
        first, *rest = f.split()
        rests.setdefault(first, [])
        if rest:
            rests[first].append(_GAP.join(re.escape(w) for w in rest))
    shared: dict[tuple[tuple[str, ...], bool], list[str]] = {}
    for first, r in rests.items():
        shared.setdefault((tuple(r), first in table), []).append(re.escape(first))
    body = "|".join(
        f"(?:{'|'.join(firsts)})"
        + (rf"(?:{_GAP}(?:{'|'.join(r)})){'?' if alone else ''}" if r else "")
        for (r, alone), firsts in shared.items()
    )
    return re.compile(rf"(?<![\w'])(?:{body})(?![\w'])", re.IGNORECASE), table


@cache
def _stems(language: str) -> tuple[str, ...]:
    """The first words of the asking forms, those with the same first three letters
    cut to the prefix they share: text without any of them holds no asking verb."""
    groups: dict[str, str] = {}
    for form in _verbs(language)[1]:
        first = form.split()[0]
        stem = groups.setdefault(first[:3], first)
        while not first.startswith(stem):
            stem = stem[:-1]
        groups[first[:3]] = stem
    return tuple(groups.values())


def _key(printed: str) -> str:
    words = re.sub(rf"\b{_ADVERBS}\b", " ", printed, flags=re.IGNORECASE).split()
    return " ".join(words).lower()


def language_of(clauses: tuple[Clause, ...]) -> str:
    """ "fr" when French function words outnumber English ones, else "en"."""
    sample = " ".join(c.text[:300] for c in clauses[:8])[:1500]
    # the whole words (runs of \w) counted by set look-ups: ASCII gaps to spaces and a
    # split, in C, where a regex "\b(?:les|des|…)\b" tries every word at every character;
    # the regex only when something other than a word character stands between words
    if sample.isascii():  # in ASCII every character left after the gaps is a word character
        words = sample.encode().translate(_ASCII_GAPS_BYTES).decode().split()
    else:
        words = sample.translate(_ASCII_GAPS).split()
        if not "".join(words).isalnum():
            words = _WORDS.findall(sample)
    french = sum(map(_FRENCH.__contains__, words))
    english = sum(map(_ENGLISH.__contains__, words))
    return "fr" if french > english else "en"


def _stem_positions(lower: str, stems: tuple[str, ...]) -> set[int]:
    """Every position in ``lower`` where one of ``stems`` starts."""
    found: set[int] = set()
    for stem in stems:
        i = lower.find(stem)
        while i >= 0:
            found.add(i)
            i = lower.find(stem, i + 1)
    return found


def _verbs_in(s: str, language: str, subject_ok: bool) -> Iterator[Verb]:
    """The asking verbs of clause text ``s`` that stand where an ask can start."""
    # in ASCII text lower() agrees with the pattern's IGNORECASE: a verb stands only
    # where one of the stems does (most clauses have none: no need to find where an
    # ask could start, nor to try the pattern there)
    lower = s.lower() if s.isascii() else None
    at = _stem_positions(lower, _stems(language)) if lower is not None else None
    if at is not None and not at:
        return
    pattern, table = _verbs(language)
    label = _LABEL.match(s)
    lead = label.end() if label else 0
    lead += _OPENERS.match(s[lead:]).end()  # type: ignore[union-attr]
    if subject_ok:  # an operative clause: only where an ask can start
        starts = {lead}
        # where a stem stands only at places already found, the scans for more
        # places can add none that is kept (most clauses: one verb, at the start)
        if at is None or not at <= starts:
            starts.update(m.end() for m in _AFTER_COORD.finditer(s))
            if (
                at is None
                or lower is None
                or (not at <= starts and any(word in lower for word in _SAYING_WORDS))
            ):
                starts.update(m.end() for m in _SAYING_AT.finditer(s))
        if at is not None:
            starts &= at
        found = (pattern.match(s, pos) for pos in sorted(starts))
    else:
        found = pattern.finditer(s)  # type: ignore[assignment]
    for m in found:
        if m is None:
            continue
        printed = " ".join(m.group().lower().split())
        force, frame = table.get(printed) or table.get(_key(printed), ("", ""))
        if not force:
            continue
        if not subject_ok and not _narrative_ok(s[: m.start()]):
            continue
        yield Verb(force, "that" if frame == "that" else "to", m.group(), m.start(), m.end())


def _narrative_ok(before: str) -> bool:
    """In a paragraph: the sentence's subject must be the meeting or its members
    ("They reiterated their call on …", "The Contact Group … and called upon …")."""
    sentence = _SENTENCE.split(before)[-1]
    saying = _SAYING.search(sentence)
    if saying:
        sentence = sentence[: saying.start()]
    sentence = re.sub(r"(?:\band|[,;])\s*$", " ", sentence)
    if _SUBJECT.match(sentence):
        return True
    # the subject, then other finite verbs joined by "and": keep the subject only
    head = re.split(r"\s+(?=\w+ed\b)", sentence, maxsplit=1)[0] + " "
    return head != sentence and _SUBJECT.match(head) is not None


def _infinitive(s: str, language: str) -> re.Match[str] | None:
    return (_FR_INF if language == "fr" else _EN_INF).search(s)


_TOKEN = re.compile(r"[^\s]+")


def _that_subject(s: str) -> tuple[int, int] | None:
    """Where the subject of a that-clause ends in ``s``: (end of subject, start of verb)."""
    colon = s.find(":")
    previous_end = -1  # the words are read lazily: the subject ends within the first few
    for i, t in enumerate(_TOKEN.finditer(s)):
        word = t.group().strip(",;")
        if colon >= 0 and t.start() >= colon:
            return (colon, colon + 1) if i else None
        if i == 0:
            previous_end = t.end()
            continue
        low = word.lower()
        if word[:1].isupper() or low in _GLUE or low.startswith(("l'", "d'")):
            previous_end = t.end()
            continue
        return (previous_end, t.start())
    return (colon, colon + 1) if colon > 0 else None


# ------------------------------------------------------------------ due

_DATE = (
    r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|"
    r"November|December|janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|"
    r"novembre|décembre)(?:\s+\d{4})?|(?:January|February|March|April|May|June|July|August|"
    r"September|October|November|December)\s+\d{1,2},?\s+\d{4}|(?:the\s+end\s+of\s+)?\d{4}"
)
_NUM = (
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|"
    r"twenty-four|thirty|forty-eight|sixty|ninety)"
)
_CAP = r"(?:\s+(?:of|the|on|for|and|de|la|du|des|[A-Z][\w'-]*|\d+\w*))*"
_OCCASION = (
    r"(?:the\s+|its\s+|sa\s+|la\s+)?(?:upcoming|next|forthcoming|coming|following|prochaine?|"
    r"\d+\s?(?:st|nd|rd|th|e|ème)|[A-Z][a-z]+-?[a-z]*(?:th|st|nd|rd)|[A-Z][a-z]+)\s+"
    r"(?:[\w-]+\s+){0,3}?(?:[Ss]ession|[Ss]ummit|[Mm]eeting|[Cc]onference|session|sommet|"
    r"réunion)" + _CAP
)
_DUE = re.compile(
    rf"\b(?P<date>(?:by|before|not later than|no later than|avant le|d'ici au?|au plus tard le)"
    rf"\s+(?:{_DATE}))"
    rf"|\b(?P<within>within\s+(?:a\s+(?:period\s+of\s+)?|the\s+next\s+)?{_NUM}\s+"
    rf"(?:days?|weeks?|months?|years?|hours?)|dans\s+un\s+délai\s+de\s+\S+\s+\w+)"
    rf"|\b(?:to|at|before|à|avant)\s+(?P<occasion>{_OCCASION})"
    rf"|\b(?P<freq>(?:regularly|periodically|annually|expeditiously|promptly|immediately|"
    rf"forthwith|without\s+delay|as\s+soon\s+as\s+possible|on\s+a\s+(?:regular|periodic|"
    rf"quarterly|monthly|yearly)\s+basis|every\s+{_NUM}\s+(?:days|weeks|months|years)|"
    rf"at\s+least\s+(?:once|twice)\s+a\s+year|régulièrement|périodiquement|sans\s+délai|"
    rf"immédiatement)(?:,?\s+(?:along\s?side|on\s+the\s+sidelines\s+of|en\s+marge\s+d[eu])"
    rf"\s+[^;.]*)?)",
)


# Each alternative of _DUE needs one of these in the text: a date a digit and one of
# _DATE_WORDS; a period, an occasion or a frequency one of _DUE_WORDS ("within", "délai",
# "session", "every", …). Most actions have none: no need to try _DUE at every word.
_DATE_WORDS = ("by", "before", "later than", "avant le", "d'ici", "au plus tard")
_DUE_WORDS = (
    *("within", "délai", "ession", "ummit", "eeting", "onference", "sommet", "réunion"),
    *("regularly", "periodically", "annually", "expeditiously", "promptly", "immediately"),
    *("forthwith", "without", "soon", "basis", "every", "least", "régulièrement"),
    *("périodiquement", "immédiatement"),
)
_DIGIT = re.compile(r"\d")


def find_due(action: str) -> str | None:
    """The deadline, occasion or frequency stated in an action, as printed:
    a date first, then a period, an occasion, a frequency."""
    if not any(word in action for word in _DUE_WORDS) and not (
        _DIGIT.search(action) and any(word in action for word in _DATE_WORDS)
    ):
        return None
    found: dict[str, str] = {}
    for m in _DUE.finditer(action):
        for group in ("date", "within", "occasion", "freq"):
            value = m.group(group)
            if value and group not in found:
                found[group] = value
    for group in ("date", "within", "occasion", "freq"):
        if group in found:
            return re.sub(r"\s+", " ", found[group]).strip(" ,;.")
    return None


# ------------------------------------------------------------------ asks


def _number(clause: Clause) -> int:
    n = (clause.number or "").strip()
    return int(n) if n.isdigit() else clause.order


def _clause_asks(
    clause: Clause,
    n: int,
    text: Text,
    family: str | None,
    language: str,
    before: list[Ask],
) -> list[Ask]:
    s = clause.text
    base = clause.span.start
    narrative = clause.kind == "paragraph"
    verbs = list(_verbs_in(s, language, subject_ok=not narrative))
    out: list[Ask] = []
    for i, verb in enumerate(verbs):
        stop = verbs[i + 1].start if i + 1 < len(verbs) else len(s)
        region = s[verb.end : stop]
        region_end = stop
        if i + 1 < len(verbs):  # drop the "and" before the next verb
            coord = _COORD.search(s[: verbs[i + 1].start])
            region = s[verb.end : coord.start() if coord else stop]
            region_end = verb.end + len(region)
        if verb.frame == "that":
            cut = _that_subject(region)
            if cut is None:
                continue
            phrase, action = region[: cut[0]], region[cut[1] :]
            if not action.strip() and clause.items:
                action = "; ".join(item.text for item in clause.items)
                region_end = -1
        else:
            inf = _infinitive(region, language)
            if inf is None:
                continue
            phrase, action = region[: inf.start()], region[inf.end() :]
        if len(phrase) > 300:
            continue
        action = action.strip().rstrip(";,.").strip()
        end = clause.items[-1].span.end if region_end == -1 else base + len(s[:region_end].rstrip())
        span = text.span(base + verb.start, end)
        due = find_due(action)
        addressees = split_addressees(phrase, family)
        for a in addressees:
            if is_anaphor(a.text):
                for prior in before:
                    out.append(
                        Ask(
                            n,
                            prior.addressee,
                            verb.force,
                            action,
                            span,
                            prior.addressee_id,
                            due,
                            prior.internal,
                        )
                    )
                continue
            who = resolve(a.text, family=family)
            out.append(Ask(n, a.text, verb.force, action, span, who.id, due, who.internal))
    return out


def find_asks(clauses: tuple[Clause, ...], text: Text, *, family: str | None) -> tuple[Ask, ...]:
    """Every ask in a document's clauses, in order.

    ``clauses`` are the record's clauses (spans into ``text``, the file's
    cleaned Text); ``family`` is the issuing organisation's gazetteer family
    ("oic", "un"; see ``family_of``), used to resolve generic names and to
    decide ``internal``."""
    language = language_of(clauses)
    out: list[Ask] = []
    previous: list[Ask] = []
    for clause in clauses:
        if clause.kind not in ("operative", "paragraph"):
            continue
        n = _number(clause)
        found = _clause_asks(clause, n, text, family, language, previous)
        for item in clause.items:
            if item.text[:1].isupper() or _LABEL.match(item.text):
                found += _clause_asks(item, n, text, family, language, previous)
        if found:
            previous = found
        out.extend(found)
    return tuple(out)


_UN_OPENING = re.compile(
    r"^\s*(?:The\s+)?(?:Security\s+Council|General\s+Assembly|Le\s+Conseil\s+de\s+sécurité|"
    r"L'Assemblée\s+générale)\s*,",
    re.MULTILINE,
)
_OIC_MARK = re.compile(
    r"\bOIC\b|\bOCI\b|Islamic\s+Conference|Islamic\s+Cooperation|Islamic\s+Summit|"
    r"coopération\s+islamique|Conférence\s+islamique"
)
_UN_SYMBOL = re.compile(r"^(?:S/RES/|A/RES/|S/|A/)|^\d+\s*\(\d{4}\)$")


def family_of(record_text: str, symbol: str | None) -> str | None:
    """The gazetteer family of the body that issued a document: "un" for a
    text that opens "The Security Council," (or has a UN symbol), "oic" for a
    text that names the OIC or its organs, else None."""
    head = record_text[:4000]
    if _UN_OPENING.search(head):
        return "un"
    if _OIC_MARK.search(head):
        return "oic"
    if symbol and _UN_SYMBOL.search(symbol.strip()):
        return "un"
    return None


__all__ = ["family_of", "find_asks", "find_due", "language_of"]
