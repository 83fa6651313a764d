"""Ordinals as printed → integers."""

from __future__ import annotations

import pytest

from communique.extract.ordinals import ORDINAL, is_ordinal_word, ordinal_value, roman


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("34th", 34),
        ("51st", 51),
        ("2nd", 2),
        ("13 th", 13),
        ("Thirty-Fourth", 34),
        ("thirty fourth", 34),
        ("Seventh", 7),
        ("Twelfth", 12),
        ("Twentieth", 20),
        ("Seventy-Eighth", 78),
        ("XXXIV", 34),
        ("XIV", 14),
        ("MCMXC", 1990),
        ("34e", 34),
        ("34ème", 34),
        ("1er", 1),
        ("1re", 1),
        ("trente-quatrième", 34),
        ("vingt et unième", 21),
        ("soixante-dixième", 70),
        ("quatre-vingt-dixième", 90),
        ("thirty-four", 34),
    ],
)
def test_ordinal_value(text: str, value: int) -> None:
    assert ordinal_value(text) == value


@pytest.mark.parametrize("text", ["", "Session", "civil", "xiv", "IIII", "the"])
def test_not_an_ordinal(text: str) -> None:
    assert ordinal_value(text) is None


def test_roman_rejects_bad_forms() -> None:
    assert roman("IC") is None
    assert roman("XL") == 40


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("The Thirty-Fourth Session of the Council", ["Thirty-Fourth"]),
        ("the XXXIV Session", ["XXXIV"]),
        ("on the sidelines of the 51st session", ["51st"]),
        ("la 34e session du Conseil", ["34e"]),
        ("a civil mix", []),
    ],
)
def test_ordinal_in_text(text: str, found: list[str]) -> None:
    assert [m.group(0) for m in ORDINAL.finditer(text) if m.group(0)] == found


def test_ordinal_or_cardinal() -> None:
    assert is_ordinal_word("Thirty-Fourth") and is_ordinal_word("34th") and is_ordinal_word("IX")
    assert not is_ordinal_word("thirty-four")
