"""States named by an adjective (extract.demonyms) and the state actors they give."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.extract.actors import find_actors
from communique.extract.demonyms import demonyms_in
from communique.extract.places import capitalised, places_in
from communique.models import OffsetMap, Text


def shown(s: str) -> list[tuple[str, str]]:
    return [(d.text, d.country) for d in demonyms_in(s)]


@pytest.mark.parametrize(
    ("text", "want"),
    [
        ("Indian authorities arrested him", [("Indian", "IND")]),
        ("the safety of Pakistani nationals", [("Pakistani", "PAK")]),
        ("Israeli forces entered", [("Israeli", "ISR")]),
        ("Israeli occupation forces", [("Israeli", "ISR")]),
        ("the Indian security forces", [("Indian", "IND")]),
        ("Calls upon the South African Government", [("South African", "ZAF")]),
        ("Calls upon the Portuguese Government", [("Portuguese", "PRT")]),
        ("the Indian and Pakistani Governments", [("Indian", "IND"), ("Pakistani", "PAK")]),
        ("the United Kingdom and Albanian Governments", [("Albanian", "ALB")]),
        ("the withdrawal of Soviet troops", [("Soviet", "SUN")]),
        ("the Yugoslav Army", [("Yugoslav", "YUG")]),
        ("the Sri Lankan Government", [("Sri Lankan", "LKA")]),
        # French: the adjective after the noun
        ("les autorités indiennes ont", [("indiennes", "IND")]),
        ("le Gouvernement pakistanais", [("pakistanais", "PAK")]),
        ("les forces armées israéliennes", [("israéliennes", "ISR")]),
        (
            "les autorités indiennes et pakistanaises",
            [("indiennes", "IND"), ("pakistanaises", "PAK")],
        ),
        # no state: an adjective alone, a sea, a body, a community, a people
        ("in the Indian Ocean", []),
        ("the Arab League", []),
        ("the Muslim peoples in Turkish Cyprus", []),
        ("the Turkish Cypriot authorities", []),
        ("the Greek Cypriot forces", []),
        ("Bosnian Serb forces", []),
        ("the Kashmiri people", []),
        ("Indian culture and Pakistani music", []),
        ("the Indian and Kashmiri officials", []),
        ("Latin American Governments", []),
    ],
)
def test_table(text: str, want: list[tuple[str, str]]) -> None:
    assert shown(text) == want


@pytest.mark.parametrize(
    "text",
    [
        "Indian authorities and Pakistani nationals",
        "the xIndian authorities, 2Indian authorities, A1Indian authorities",
        "McIndian authorities; Indian-Pakistani forces; Indian_ forces; UNIndian forces",
        "the South African Government met in xPakistan and Islamabad, not 3India",
        "Indian",
    ],
)
def test_capitalised_runs_stand_for_the_scans(text: str) -> None:
    """find_actors hands demonyms_in and places_in the capitalised runs it has read:
    they find what their own scans find, runs inside a word included."""
    runs = capitalised(text)
    assert demonyms_in(text, runs) == demonyms_in(text)
    assert places_in(text, (), runs) == places_in(text)


def test_adjectives_give_state_actors() -> None:
    s = "It called on the Indian authorities to release them."
    found = find_actors(Text(s, OffsetMap()), 0, len(s))
    assert [(a.kind, a.name, a.id) for a in found] == [("state", "Indian", "IND")]
    assert s[found[0].span.start : found[0].span.end] == "Indian"


def test_vote_line_states_belong_to_the_adoption() -> None:
    s = (
        "Calls upon the Government of India.\n\nAdopted at the 229th meeting by 9 votes to"
        " none, with 2 abstentions (Ukrainian Soviet Socialist Republic, Union of Soviet"
        " Socialist Republics)."
    )
    found = find_actors(Text(s, OffsetMap()), 0, len(s))
    assert [a.id for a in found if a.kind == "state"] == ["IND"]


def test_gold_states_f1(corpus: Path) -> None:
    for gold, texts in (("gold", "seeds"), ("gold-unsc", "unsc")):
        score = evaluate(corpus / gold, corpus / texts).field("states")
        assert score.f1 is not None and score.f1 >= 0.95, (gold, score)
