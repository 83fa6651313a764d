"""extract.positions: stances attributed to a party — tables, then the gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from tests.conftest import seed

from communique import clean, read
from communique.extract import split
from communique.extract.positions import find_positions
from communique.normalise import clean_text

# (text, [(holder, holder_id, text)]) — invented sentences (Caspira, Valdoria are invented)
TABLE = [
    (
        "India has in the past asked the Group not to discuss the river, saying it was a "
        "domestic matter.",
        [("India", "IND", "it was a domestic matter")],
    ),
    (
        "Caspira has said the matter is a bilateral one, to be settled without outside "
        "involvement, and did not attend the meeting.",
        [
            (
                "Caspira",
                None,
                "the matter is a bilateral one, to be settled without outside involvement",
            )
        ],
    ),
    (
        "Pakistan maintains that the dispute is international.",
        [("Pakistan", "PAK", "the dispute is international")],
    ),
    ("According to Türkiye, the talks were useful.", [("Türkiye", "TUR", "the talks were useful")]),
    (
        "The Government of India has rejected the report.",
        [("Government of India", "IND", "the report")],
    ),
    ("The Indian authorities have denied any abuse.", [("Indian authorities", "IND", "any abuse")]),
    ("Valdoria's position is that the Accord applies.", [("Valdoria", None, "the Accord applies")]),
    # not positions: an event told in the past tense, the author's own act, a place
    ("Pakistan said on Monday that it would attend.", []),
    ("Rejects the measures taken by Caspira.", []),
    ("The situation in Palestine considers nothing.", []),
    ("Further rejects any unilateral step.", []),
    # French
    (
        "La Caspira a toujours affirmé que la question était bilatérale.",
        [("Caspira", None, "la question était bilatérale")],
    ),
    (
        "Selon le Pakistan, la situation s'est aggravée.",
        [("Pakistan", "PAK", "la situation s'est aggravée")],
    ),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_table(text: str, expected: list[tuple[str, str | None, str]]) -> None:
    t = clean_text(text)
    found = find_positions(t, 0, len(t.text), author=None)
    assert [(p.holder, p.holder_id, p.text) for p in found] == expected
    for p in found:
        assert t.text[p.span.start : p.span.end] == p.text


def test_the_author_is_not_a_holder() -> None:
    t = clean_text("Valdoria has said the Accord applies. Caspira has said it does not.")
    assert [p.holder for p in find_positions(t, 0, len(t.text), author="Valdoria")] == ["Caspira"]
    t = clean_text("Pakistan maintains that the dispute is international.")
    assert find_positions(t, 0, len(t.text), author="PAK") == ()


def content(text: str) -> set[str]:
    return set(re.findall(r"[a-z]+", text.lower())) - {"is", "was", "an", "a", "the", "it", "of"}


def test_gold_positions(corpus: Path) -> None:
    """Gold texts are paraphrases: holder by id, and half the gold's content words found."""
    for gold_path in sorted((corpus / "gold").glob("0*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        t = clean(read(seed(gold_path.name[:3])))
        for (a, b), doc in zip(split(t), gold["documents"], strict=False):
            found = find_positions(t, a, b, author=None)
            for g in doc.get("positions", ()):
                words = content(g["text"])
                assert any(
                    p.holder_id == g["holder"] and len(words & content(p.text)) * 2 >= len(words)
                    for p in found
                ), (g, found)
