"""The organisations gazetteer: aliases, generic names by family, the organ-of relation."""

from __future__ import annotations

import pytest

from communique.extract.organisations import (
    build,
    family_of_id,
    find_organisations,
    gazetteer,
)

CASES = [
    # (text, family, [(name as printed, id)])
    (
        "the Islamic Conference of Foreign Ministers",
        None,
        [("Islamic Conference of Foreign Ministers", "oic.cfm")],
    ),
    ("the 34th ICFM", None, [("ICFM", "oic.cfm")]),
    ("Organization of Islamic Cooperation", None, [("Organization of Islamic Cooperation", "oic")]),
    (
        "Organisation of the Islamic Conference",
        None,
        [("Organisation of the Islamic Conference", "oic")],
    ),
    (
        "Requests the Secretary-General to report",
        "oic",
        [("Secretary-General", "oic.secretary_general")],
    ),
    (
        "Requests the Secretary-General to report",
        "un",
        [("Secretary-General", "un.secretary_general")],
    ),
    ("Requests the Secretary-General to report", None, [("Secretary-General", None)]),
    ("the UN Secretary General", "oic", [("UN Secretary General", "un.secretary_general")]),
    (
        "the Secretary-General of the United Nations",
        "oic",
        [("Secretary-General of the United Nations", "un.secretary_general")],
    ),
    ("the OIC's Secretary General", None, [("OIC's Secretary General", "oic.secretary_general")]),
    (
        "the Special Envoy of the Secretary General on Jammu and Kashmir",
        "oic",
        [
            (
                "Special Envoy of the Secretary General on Jammu and Kashmir",
                "oic.special_envoy.jammu_kashmir",
            )
        ],
    ),
    (
        "Office of UN High Commissioner for Human Rights",
        "oic",
        [("Office of UN High Commissioner for Human Rights", "un.ohchr")],
    ),
    (
        "the Islamic Development Bank and the Islamic Solidarity Fund",
        None,
        [("Islamic Development Bank", "oic.isdb"), ("Islamic Solidarity Fund", "oic.isf")],
    ),
    ("OIC Member States", None, [("OIC Member States", "oic.member_states")]),
    ("all member states", "oic", [("member states", "oic.member_states")]),
    (
        "States Members of the United Nations",
        None,
        [("States Members of the United Nations", "un.member_states")],
    ),
    (
        "the United Nations Peace-keeping Force in Cyprus",
        None,
        [("United Nations Peace-keeping Force in Cyprus", "un.unficyp")],
    ),
    (
        "the United Nations Commission for India and Pakistan",
        None,
        [("United Nations Commission for India and Pakistan", "un.uncip")],
    ),
    ("the role of UNMOGIP", None, [("UNMOGIP", "un.unmogip")]),
    ("the international community", None, [("international community", "international_community")]),
    ("Prie le Secrétaire général de", "un", [("Secrétaire général", "un.secretary_general")]),
    ("le Conseil de sécurité", None, [("Conseil de sécurité", "un.security_council")]),
    # acronyms match only in capitals: the French article "un" is no UN
    ("un appel au calme", None, []),
]


@pytest.mark.parametrize(("text", "family", "expected"), CASES)
def test_find_organisations(
    text: str, family: str | None, expected: list[tuple[str, str | None]]
) -> None:
    found = find_organisations(text, family=family)
    assert [(m.name, m.id) for m in found] == expected
    for m in found:
        assert text[m.start : m.end] == m.name


def test_offset_is_added() -> None:
    (m,) = find_organisations("the OIC", 100)
    assert (m.start, m.end, m.kind) == (104, 107, "organisation")


@pytest.mark.parametrize(
    "text",
    [
        "OIC and the Security Council",  # a name at the very start
        "İzmir: OIC and the Security Council",  # lower() makes "İ" two characters
        "ſ OIC and the Security Council",  # IGNORECASE reads "ſ" as "s"
    ],
)
def test_names_are_found_in_any_text(text: str) -> None:
    found = find_organisations(text)
    expected = [("OIC", "oic"), ("Security Council", "un.security_council")]
    assert [(m.name, m.id) for m in found] == expected
    assert all(text[m.start : m.end] == m.name for m in found)


def test_generic_mention_is_marked() -> None:
    (m,) = find_organisations("the General Secretariat")
    assert m.generic and m.id is None and m.kind == "organ"


@pytest.mark.parametrize(
    ("body_id", "family"),
    [
        ("oic.special_envoy.jammu_kashmir", "oic"),
        ("oic.islamophobia_observatory", "oic"),
        ("un.ohchr", "un"),
        ("un.unficyp", "un"),
        ("international_community", "international_community"),
        ("nowhere", None),
    ],
)
def test_family_follows_part_of(body_id: str, family: str | None) -> None:
    assert family_of_id(body_id) == family


def test_gazetteer_entries_are_well_formed() -> None:
    g = gazetteer()
    for b in g.bodies.values():
        assert b.kind in ("organisation", "organ", "group")
        assert b.aliases or b.generic, b.id
        assert b.part_of is None or b.part_of in g.bodies


def test_a_body_added_as_data_is_found() -> None:
    g = build(
        [
            {
                "id": "cls",
                "kind": "organisation",
                "name": "Concord of Littoral States",
                "aliases": ["Concord of Littoral States", "CLS"],
            },
            {
                "id": "cls.fund",
                "kind": "organ",
                "name": "Littoral Development Fund",
                "part_of": "cls",
                "aliases": ["Littoral Development Fund"],
            },
        ]
    )
    assert [m.group() for m in g.pattern.finditer("the CLS and its Littoral Development Fund")] == [
        "CLS",
        "Littoral Development Fund",
    ]


def test_bad_part_of_is_refused() -> None:
    with pytest.raises(ValueError, match="part_of"):
        build([{"id": "x", "kind": "organ", "part_of": "nowhere", "aliases": ["X body"]}])
