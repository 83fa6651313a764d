"""The phrase history page's data: how many clauses contain a phrase, per
year (an SVG bar chart) and per body (a table), with the clauses behind
each count (``link.phrases.phrase_history`` over every record, computed on a
worker thread once per phrase and store generation)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial

from communique.charts import bar_chart
from communique.link.phrases import PhraseHistory, phrase_history, phrase_words
from communique.link.words import QUOTES
from communique.models import Record
from communique.web.dossier import Dossier
from communique.web.errors import WebError

MAX_PHRASE = 200
MAX_OCCURRENCES = 500  # clauses listed on the page (every count covers them all)


@dataclass(frozen=True)
class PhrasePage:
    phrase: str
    history: PhraseHistory | None  # None for the empty form
    chart: str | None  # the SVG chart by year (escaped labels, no script)
    shown: int  # occurrences listed


def _history(phrase: str, records: tuple[Record, ...]) -> PhraseHistory:
    wanted = " ".join(phrase_words(phrase))
    # a clause can contain the phrase only if its record's text holds each word
    keep = [r for r in records if all(w in _folded(r) for w in wanted.split())]
    return phrase_history(keep, phrase)


def _folded(r: Record) -> str:
    return r.text.translate(QUOTES).lower()  # as link.words folds each token


def chart(history: PhraseHistory) -> str:
    bars = [(str(y) if y is not None else "no year", n) for y, n in history.by_year]
    return bar_chart(
        bars,
        title=f"Clauses containing “{history.phrase}”, by year",
        x_label="Year",
        y_label="Clauses",
        width=max(480, min(1200, 40 * len(bars) + 120)),
    )


async def phrases(dossier: Dossier, phrase: str) -> PhrasePage:
    phrase = " ".join(phrase.split())
    if len(phrase) > MAX_PHRASE:
        raise WebError(400, "invalid_parameter", f"q: at most {MAX_PHRASE} characters")
    if not phrase:
        return PhrasePage("", None, None, 0)
    if not phrase_words(phrase):
        raise WebError(400, "invalid_parameter", "q: give words to look for")
    key = "phrase:" + " ".join(phrase_words(phrase))
    history = await dossier.derived(key, partial(_history, phrase))
    return PhrasePage(phrase, history, chart(history), min(history.total, MAX_OCCURRENCES))


__all__ = ["MAX_OCCURRENCES", "PhrasePage", "chart", "phrases"]
