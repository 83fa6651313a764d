"""extract.quotes: quotations and their speakers — tables, then the gold."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest
import yaml
from tests.conftest import seed

from communique import clean, read
from communique.extract import split
from communique.extract.persons import find_persons
from communique.extract.quotes import attribute_quotes, find_quotes
from communique.normalise import clean_text

# (text, [(quoted words, speaker, via)]) — invented sentences; curly quotes and
# guillemets as printed, the cleaner makes them straight
TABLE = [
    (
        "“The river is shared,” said CLS Secretary General Dr Amara Velkonen.",
        [("The river is shared", "Amara Velkonen", "name")],
    ),
    (
        "Ambassador Matthias Quell spoke first. “We will wait,” he said.",
        [("We will wait", "Matthias Quell", "pronoun")],
    ),
    (
        "Ambassador Élodie Marchetti, Permanent Representative of Lunetia, who said that "
        "“rules already exist”; Ambassador Henrik Brandvold, Permanent Representative of "
        "Ostmere, who expressed “solidarity with the valley”.",
        [
            ("rules already exist", "Élodie Marchetti", "name"),
            ("solidarity with the valley", "Henrik Brandvold", "name"),
        ],
    ),
    (
        "Ambassador Matthias Quell briefed the Group. He further stated that the dam was the "
        "“largest diversion in history”.",
        [("largest diversion in history", "Matthias Quell", "pronoun")],
    ),
    (
        "Calling the basin a priority, Dr. Amara Velkonen also asked Caspira to “cease” pumping.",
        [("cease", "Amara Velkonen", "name")],
    ),
    (
        "Secretary General Dr. Amara Velkonen opened the summit. Later, the Secretary General "
        "said: “I hope.”",
        [("I hope.", "Amara Velkonen", "role")],
    ),
    (
        "Mr. Ivo Stan said the plan was “a ‘temporary’ measure” and “a mistake”.",
        [("a 'temporary' measure", "Ivo Stan", "name"), ("a mistake", "Ivo Stan", "name")],
    ),
    (
        "Dr. Amara Velkonen spoke. “The first paragraph runs on.\n\n"
        "“The second ends it,” she said.",
        [("The first paragraph runs on.\n\nThe second ends it", "Amara Velkonen", "pronoun")],
    ),
    (
        "“The basin will be heard,” said Dr. Amara Velkonen.\n\n“The Mission will keep counting.”",
        [
            ("The basin will be heard", "Amara Velkonen", "name"),
            ("The Mission will keep counting.", "Amara Velkonen", "continuation"),
        ],
    ),
    # no person speaks: an organisation, a name of a thing, a lone pronoun
    ("The Concord on Thursday said the dispute “remains open”.", [("remains open", None, None)]),
    ("the so-called “Upper Marrow Order” of 2019", [("Upper Marrow Order", None, None)]),
    ("“We will not move,” she said.", [("We will not move", None, None)]),
    # French: guillemets, « … », a déclaré M. X
    (
        "« Nous restons prêts au dialogue », a déclaré M. Jean Dupont.",
        [("Nous restons prêts au dialogue", "Jean Dupont", "name")],
    ),
    (
        "M. Jean Dupont a parlé. « Le fleuve n’appartient à personne », a dit l’Ambassadeur "
        "Henri Valmont.",
        [("Le fleuve n'appartient à personne", "Henri Valmont", "name")],
    ),
    (
        "Le Président Karel Voss a reçu la délégation. Il a déclaré que « rien n’est réglé ».",
        [("rien n'est réglé", "Karel Voss", "pronoun")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_table(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    t = clean_text(text)
    persons = find_persons(t, 0, len(t.text))
    found = attribute_quotes(t, 0, len(t.text), persons)
    assert [(a.quote.text, a.quote.speaker, a.via) for a in found] == expected
    for a in found:
        if a.quote.speaker_span is not None:  # the named mention it was resolved from
            span = a.quote.speaker_span
            assert a.quote.speaker.endswith(t.text[span.start : span.end])  # type: ignore[union-attr]


def test_spans_point_at_the_words() -> None:
    t = clean_text("Mr. Ivo Stan said: “We stay,” and left.")
    (q,) = find_quotes(t, 0, len(t.text), find_persons(t, 0, len(t.text)))
    assert t.text[q.span.start : q.span.end] == "We stay"
    assert q.speaker == "Ivo Stan"


def test_a_quotation_left_open_ends_with_its_paragraph() -> None:
    t = clean_text("He wrote “never again.\n\nThe meeting ended.")
    (q,) = find_quotes(t, 0, len(t.text), ())
    assert q.text == "never again."


def speakers(path: Path) -> list[Counter[str]]:
    t = clean(read(path))
    out = []
    for a, b in split(t):
        quotes = find_quotes(t, a, b, find_persons(t, a, b))
        out.append(Counter(q.speaker for q in quotes if q.speaker))
    return out


@pytest.mark.parametrize("prefix", ["000", "002"])
def test_gold_quotes_by_speaker(corpus: Path, prefix: str) -> None:
    (gold_path,) = (corpus / "gold").glob(f"{prefix}_*.yaml")
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    found = speakers(seed(prefix))
    for i, doc in enumerate(gold["documents"]):
        for g in doc.get("quotes", ()):
            assert found[i][g["speaker"]] >= g.get("min_count", 1), (g, found[i])
