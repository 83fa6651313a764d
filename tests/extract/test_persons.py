"""extract.persons: persons, honorifics and roles as printed — tables, then the gold."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import yaml
from tests.conftest import seed

from communique import clean, read
from communique.extract import split
from communique.extract.persons import find_persons, full_names, person_id
from communique.normalise import clean_text

# (text, [(name, honorific, role)]) — invented sentences
TABLE = [
    (
        "His Excellency Mr. Selim Varnholt, Assistant Secretary General for Political Affairs, "
        "chaired the meeting.",
        [
            (
                "Selim Varnholt",
                "His Excellency Mr.",
                "Assistant Secretary General for Political Affairs",
            )
        ],
    ),
    (
        "hosted by Ambassador Matthias Quell, the Permanent Representative of Valdoria to the "
        "UN, to",
        [("Matthias Quell", "Ambassador", "Permanent Representative of Valdoria to the UN")],
    ),
    (
        '"We stay," said CLS Secretary General Dr Amara bin Yusuf Al-Velkonen.',
        [("Amara bin Yusuf Al-Velkonen", "Dr", "CLS Secretary General")],
    ),
    (
        "Appreciates the flexibility shown by President Varek in moving",
        [("Varek", None, "President")],
    ),
    (
        "His Excellency Ivo Stan, Deputy Prime Minister and Foreign Minister of the Republic of "
        "Lunetia, briefed the Group.",
        [
            (
                "Ivo Stan",
                "His Excellency",
                "Deputy Prime Minister and Foreign Minister of the Republic of Lunetia",
            )
        ],
    ),
    (
        "the fresh plea against Mr. Rafiq Dornhalt, who is detained",
        [("Rafiq Dornhalt", "Mr.", None)],
    ),
    (
        "commended the efforts of the CLS Secretary General's Special Envoy for the Marrow Basin, "
        "Mr. Selim Varnholt, for his work",
        [("Selim Varnholt", "Mr.", "CLS Secretary General's Special Envoy for the Marrow Basin")],
    ),
    (
        "the work of Ambassador Henrik Brandvold, Assistant Secretary-General for Political "
        "Affairs as Special Representative of the Secretary-General on the Basin and hoping",
        [
            ("Henrik Brandvold", "Ambassador", "Assistant Secretary-General for Political Affairs"),
            (
                "Henrik Brandvold",
                "Ambassador",
                "Special Representative of the Secretary-General on the Basin",
            ),
        ],
    ),
    ("Prime Minister Ana Brel met the press.", [("Ana Brel", None, "Prime Minister")]),
    (
        "the Special Envoy, Ambassador Rafiq Dornhalt, will",
        [("Rafiq Dornhalt", "Ambassador", "Special Envoy")],
    ),
    # not persons: organisations, places, a title without a name
    ("The Islamic Development Bank and the Littoral Development Fund met.", []),
    ("Requests the Secretary-General to report to the Council.", []),
    ("the crossing at Sir Creek was reopened", []),
    ("Dr Report was not a person.", []),
    # French
    (
        "M. Jean Dupont, Ministre des Affaires étrangères de la République de Valdoria, a ouvert",
        [("Jean Dupont", "M.", "Ministre des Affaires étrangères de la République de Valdoria")],
    ),
    (
        "S.E. Mme Claire Martin, Représentante permanente de la Lunetia auprès des Nations "
        "Unies, a",
        [
            (
                "Claire Martin",
                "S.E. Mme",
                "Représentante permanente de la Lunetia auprès des Nations Unies",
            )
        ],
    ),
    ("Le Président Karel Voss a reçu", [("Karel Voss", None, "Président")]),
    ("a dit l'Ambassadeur Henri Valmont.", [("Henri Valmont", "Ambassadeur", None)]),
]


@pytest.mark.parametrize(("text", "expected"), TABLE)
def test_table(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    t = clean_text(text)
    found = find_persons(t, 0, len(t.text))
    assert [(a.name, a.honorific, a.role) for a in found] == expected
    for a in found:
        assert a.kind == "person"
        assert t.text[a.span.start : a.span.end] == a.name


def test_one_word_mentions_resolve_to_the_earlier_full_name() -> None:
    t = clean_text(
        "Dr. Amara Velkonen spoke first. Later Dr. Velkonen and Mr. Quell met; "
        "Ambassador Matthias Quell had arrived. Velkonen said little."
    )
    found = find_persons(t, 0, len(t.text))
    ids = {a.name: a.id for a in found}
    assert ids["Velkonen"] == "amara-velkonen"
    assert ids["Quell"] == "quell"  # named in full only after: not resolved backwards
    assert [a.name for a in found].count("Velkonen") == 2  # the bare surname too
    assert full_names(found)["amara-velkonen"] == "Amara Velkonen"


def test_an_ambiguous_one_word_mention_keeps_its_own_id() -> None:
    t = clean_text("Mr. Ivo Stan and Mr. Ivo Brel arrived. Mr. Ivo left.")
    assert find_persons(t, 0, len(t.text))[-1].id == "ivo"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Yousef Al-Othaimeen", "Yousef Al Othaimeen"),
        ("Feridun Sinirlioğlu", "Feridun Sinirlioglu"),
        ("Élodie Marchetti", "Elodie  Marchetti"),
    ],
)
def test_person_id_folds_spelling(a: str, b: str) -> None:
    assert person_id(a) == person_id(b)


def test_bounds_are_respected() -> None:
    t = clean_text("Mr. Ivo Stan came. Mr. Ana Brel left.")
    assert [a.name for a in find_persons(t, 19, len(t.text))] == ["Ana Brel"]


# ------------------------------------------------------------------ gold

_FUNCTION = {"of", "the", "to", "for", "on", "and", "in", "s"}


def role_words(role: str) -> frozenset[str]:
    """A role's content words: case, hyphens, "'s" and function words ignored."""
    return frozenset(re.findall(r"[^\W_]+", role.lower().replace("'s", ""))) - _FUNCTION


def role_matches(gold: str | None, found: str | None) -> bool:
    """Gold roles are written out ("Secretary General of the OIC") where the text
    prints "OIC Secretary General": the same content words match, and so does a
    role whose words contain the other's ("President" / "President of Pakistan")."""
    if gold is None:
        return True
    if found is None:
        return False
    g, f = role_words(gold), role_words(found)
    return g <= f or f <= g


def found_entries(text_path: Path) -> list[list[tuple[str, str | None]]]:
    """Per document: (person id, role) once per distinct role; (id, None) for a
    person given no role anywhere."""
    t = clean(read(text_path))
    out = []
    for a, b in split(t):
        persons = find_persons(t, a, b)
        entries: dict[tuple[str, str | None], None] = {}
        for p in persons:
            if p.role is not None:
                entries[(p.id or "", p.role)] = None
        with_role = {pid for pid, _ in entries}
        for p in persons:
            if p.id not in with_role:
                entries[(p.id or "", None)] = None
        out.append(list(entries))
    return out


def score(corpus: Path) -> tuple[int, int, int, list[str]]:
    tp = fp = fn = 0
    notes: list[str] = []
    for gold_path in sorted((corpus / "gold").glob("0*.yaml")):
        gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
        found = found_entries(seed(gold_path.name[:3]))
        for i, doc in enumerate(gold["documents"]):
            if "persons" not in doc:
                continue
            left = list(found[i]) if i < len(found) else []
            for g in doc["persons"]:
                hit = next(
                    (
                        f
                        for f in left
                        if f[0] == person_id(g["name"]) and role_matches(g.get("role"), f[1])
                    ),
                    None,
                )
                if hit is None:
                    fn += 1
                    notes.append(f"{gold_path.name[:3]}#{i + 1} missed {g}")
                else:
                    tp += 1
                    left.remove(hit)
            fp += len(left)
            notes += [f"{gold_path.name[:3]}#{i + 1} extra {f}" for f in left]
    return tp, fp, fn, notes


def test_gold_persons_f1(corpus: Path) -> None:
    tp, fp, fn, notes = score(corpus)
    f1 = 2 * tp / (2 * tp + fp + fn)
    assert f1 >= 0.9, (f1, notes)
