"""Who reported: the briefings, statements and reports a clause records.

A clause records a report by an office when, in one sentence:

- ``by_addressee``: the office is the subject of a reporting verb — "The
  Special Envoy …, Ambassador X, presented his second report", "the
  representative … briefed", "The Assistant Secretary-General delivered a
  statement on behalf of the Secretary-General" (the office it spoke for);
- ``report_of``: the clause names a report, briefing or statement *of*,
  *from* or *by* the office — "Having heard the report from the OIC
  Secretariat", "Taking note of the Report of the Secretary General (…SG.REP.2)",
  "A statement was delivered by the True Representative".

An office is compared by its *head*: its words, hyphens as spaces, folded,
without leading articles, possessives, acronyms other than "UN", and what
follows "of", "on", "for", "in", "to" or a comma ("the Special Envoy of the
Secretary-General on the Marrow Basin" → ``special envoy``; "the OIC
Secretary General's Special Envoy" → ``special envoy``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from communique.models import Clause

_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z])")
_CUE = re.compile(
    r"\b(?:briefed|presented|delivered|submitted|reported|informed|introduced"
    r"|made\s+a\s+statement|gave\s+an\s+account|addressed)\b"
)
_BEHALF = re.compile(r"\bon\s+behalf\s+of\s+(?P<o>[^,;.]+)")
_REPORT_OF = re.compile(
    r"(?i)\b(?:report|reports|briefing|briefings|statement|presentation)\s+"
    r"(?:was\s+delivered\s+|was\s+presented\s+|was\s+made\s+)?(?:of|from|by)\s+(?P<o>[^,;.(]+)"
)
_CUT = re.compile(
    r"(?i)\s+(?:of|on|for|in|to|at|and|who|which|with)\s+|,|\(|\bH\.?E\.?\b|\s+[a-z]+ing\b"
)
_WORD = re.compile(r"[^\W_]+(?:['’]s\b)?")
_LEAD = frozenset("the a an his her their its respective all from he she they it we".split()) | {  # noqa: SIM905
    "also",
    "representative",
    "representatives",
}


@dataclass(frozen=True)
class Report:
    """One office reporting in one clause."""

    head: str  # the office's head, see ``head``
    rule: str  # "by_addressee" or "report_of"
    sentence: str  # the sentence, as printed


def head(office: str) -> str:
    """The compared words of an office's name (see the module docstring)."""
    office = _CUT.split(office, maxsplit=1)[0]
    words = _WORD.findall(office.replace("-", " "))
    while words and words[0].lower() in _LEAD:
        words.pop(0)
    run: list[str] = []
    for w in words:
        if not w[0].isupper():
            break
        if w[-2:] in ("'s", "’s"):  # "the SG's Special Envoy": the envoy
            run = []
            continue
        run.append(w)
    return " ".join(w.lower() for w in run if not _acronym(w))


def _acronym(w: str) -> bool:
    return w.isupper() and 2 <= len(w) <= 6 and w != "UN"


def reports_in(clause: Clause) -> tuple[Report, ...]:
    """Every office the clause records as reporting, briefing or making a statement."""
    out: list[Report] = []
    for sentence in _SENTENCE.split(clause.text):
        for cue in _CUE.finditer(sentence):
            subject = sentence[: cue.start()]
            subject = re.split(r"(?i)\b(?:where|when|that|which|and)\s", subject)[-1]
            lead = re.sub(r"^\s*(?:\d+\.|\(?[a-z]\))\s*", "", subject).strip()
            if lead and (h := head(lead)):
                out.append(Report(h, "by_addressee", sentence))
            if (b := _BEHALF.search(sentence, cue.end())) and (h := head(b.group("o"))):
                out.append(Report(h, "by_addressee", sentence))
        for m in _REPORT_OF.finditer(sentence):
            if h := head(m.group("o")):
                out.append(Report(h, "report_of", sentence))
    seen: set[tuple[str, str]] = set()
    unique = []
    for r in out:
        if (r.head, r.rule) not in seen:
            seen.add((r.head, r.rule))
            unique.append(r)
    return tuple(unique)


__all__ = ["Report", "head", "reports_in"]
