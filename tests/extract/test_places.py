"""Countries and cities named in text: pycountry, our aliases and the gazetteer."""

from __future__ import annotations

import pytest

from communique.extract.places import cities_in, city, countries_in, country_code, fold


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Türkiye", "TUR"),
        ("Turkey", "TUR"),
        ("Republic of Türkiye", "TUR"),
        ("Kingdom of Saudi Arabia", "SAU"),
        ("Islamic Republic of Pakistan", "PAK"),
        ("Republic of Niger", "NER"),
        ("Niger", "NER"),
        ("Nigeria", "NGA"),
        ("Ivory Coast", "CIV"),
        ("Côte d'Ivoire", "CIV"),
        ("The Gambia", "GMB"),
        ("State of Palestine", "PSE"),
        ("UAE", "ARE"),
        ("Brunei Darussalam", "BRN"),
        ("Russian Federation", "RUS"),
        ("Iran", "IRN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Bosnia and Herzegovina", "BIH"),
        ("Guinea-Bissau", "GNB"),
        ("Democratic Republic of the Congo", "COD"),
        ("United Kingdom of Great Britain and Northern Ireland", "GBR"),
        ("Valdoria", None),
    ],
)
def test_country_code(name: str, code: str | None) -> None:
    assert country_code(name) == code


def test_countries_in_a_list() -> None:
    text = (
        "attended by the representatives of the Republic of Azerbaijan, the Republic of "
        "Niger, the Islamic Republic of Pakistan, the Kingdom of Saudi Arabia, and the "
        "Republic of Türkiye."
    )
    found = countries_in(text)
    assert [p.country for p in found] == ["AZE", "NER", "PAK", "SAU", "TUR"]
    assert found[0].text == "Republic of Azerbaijan"
    assert text[found[-1].start : found[-1].end] == "Republic of Türkiye"


@pytest.mark.parametrize(
    "text",
    ["roast turkey and rice", "the uae", "to chad the ballot", "Jordan River", "Georgia Tech"],
)
def test_lower_case_and_acronyms(text: str) -> None:
    found = [p.country for p in countries_in(text)]
    if text.startswith(("Jordan", "Georgia")):
        assert len(found) == 1  # a capitalised name is a country; context decides elsewhere
    else:
        assert found == []


@pytest.mark.parametrize(
    ("name", "canonical", "code"),
    [
        ("Mecca", "Mecca", "SAU"),
        ("Makkah", "Mecca", "SAU"),
        ("Makkah Al-Mukarramah", "Mecca", "SAU"),
        ("New York", "New York", "USA"),
        ("Istanbul", "Istanbul", "TUR"),
        ("Islamabad", "Islamabad", "PAK"),
        ("Genève", "Geneva", "CHE"),
        ("Yaoundé", "Yaoundé", "CMR"),
        ("Yaounde", "Yaoundé", "CMR"),
        ("Banjul", "Banjul", "GMB"),
        ("Niamey", "Niamey", "NER"),
        ("Port Aster", None, None),
    ],
)
def test_city(name: str, canonical: str | None, code: str | None) -> None:
    found = city(name)
    got = (found.city, found.country) if found else (None, None)
    assert got == (canonical, code)


def test_cities_in_text() -> None:
    found = cities_in("in the holy city of Makkah and later in NEW YORK")
    assert [(p.city, p.country, p.text) for p in found] == [
        ("Mecca", "SAU", "Makkah"),
        ("New York", "USA", "NEW YORK"),
    ]


def test_fold() -> None:
    assert fold("Türkiye") == "turkiye" and fold("İstanbul") == "istanbul"
