"""Asks: tables of (clause text, expected asks), English and French, and the gold corpus."""

# ruff: noqa: E501  (the tables hold clauses as printed)

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from communique import clean, extract, read
from communique.extract.asks import family_of, find_asks, find_due
from communique.models import Ask, Clause, OffsetMap, Span, Text

Row = tuple[
    str, str | None, int, str | None, str | None, bool | None
]  # force, due, n, addressee, id, internal


def clause(s: str, kind: str = "operative", number: str | None = "1") -> tuple[Clause, Text]:
    text = Text(s, OffsetMap())
    return Clause(kind, 1, s, Span(0, len(s), 0, len(s)), number), text  # type: ignore[arg-type]


def asks(s: str, family: str | None = "oic", kind: str = "operative") -> tuple[Ask, ...]:
    c, text = clause(s, kind)
    return find_asks((c,), text, family=family)


# (clause text, family, [(addressee, force, addressee_id, internal, due)])
CASES: list[tuple[str, str | None, list[tuple[str, str, str | None, bool | None, str | None]]]] = [
    (
        "2. Calls upon India to cease forthwith the gross and systematic human rights violations.",
        "oic",
        [("India", "call", "IND", False, "forthwith")],
    ),
    (
        "1. Calls for a peaceful settlement of the Jammu and Kashmir issue in accordance with the relevant UN Resolutions.",
        "oic",
        [],
    ),
    (
        "7. Requests the Islamic Development Bank and the Islamic Solidarity Fund to provide the necessary financial "
        "resources to Kashmiri refugees and entrusts the General Secretariat to submit appropriate proposals.",
        "oic",
        [
            ("the Islamic Development Bank", "request", "oic.isdb", True, None),
            ("the Islamic Solidarity Fund", "request", "oic.isf", True, None),
            ("the General Secretariat", "entrust", "oic.general_secretariat", True, None),
        ],
    ),
    (
        "8. Welcomes the visit of the OIC Mission to Azad Kashmir and request the Secretary General to implement the "
        "recommendations contained in the Mission's report;",
        "oic",
        [("the Secretary General", "request", "oic.secretary_general", True, None)],
    ),
    (
        "Denounced the fresh plea seeking death penalty for a Kashmiri leader; and mandated the Special Envoy on Jammu "
        "and Kashmir to take appropriate steps;",
        "oic",
        [
            (
                "the Special Envoy on Jammu and Kashmir",
                "mandate",
                "oic.special_envoy.jammu_kashmir",
                True,
                None,
            )
        ],
    ),
    (
        "Requested the Secretary General and OIC Member States to highlight the plight of the Kashmiri people;",
        "oic",
        [
            ("the Secretary General", "request", "oic.secretary_general", True, None),
            ("OIC Member States", "request", "oic.member_states", True, None),
        ],
    ),
    (
        "Requested the Special Envoy of the Secretary General on Jammu and Kashmir to present a report to the upcoming "
        "Islamic Summit;",
        "oic",
        [
            (
                "the Special Envoy of the Secretary General on Jammu and Kashmir",
                "request",
                "oic.special_envoy.jammu_kashmir",
                True,
                "the upcoming Islamic Summit",
            )
        ],
    ),
    (
        "12. Requests the Secretary-General to follow up the implementation of this resolution and to submit report "
        "thereon to the 35th Session of the Islamic Conference of Foreign Ministers.",
        "oic",
        [
            (
                "the Secretary-General",
                "request",
                "oic.secretary_general",
                True,
                "the 35th Session of the Islamic Conference of Foreign Ministers",
            )
        ],
    ),
    (
        "Directed their respective Permanent Representatives in New York and Geneva to regularly brief the UN "
        "Secretary General on the developments;",
        "oic",
        [
            (
                "their respective Permanent Representatives in New York and Geneva",
                "direct",
                "oic.permanent_representatives",
                True,
                "regularly",
            )
        ],
    ),
    (
        "Reiterated the call on the international community to hold India accountable;",
        "oic",
        [("the international community", "call", "international_community", False, None)],
    ),
    (
        "Requested the Office of UN High Commissioner for Human Rights to continue monitoring the situation;",
        "oic",
        [
            (
                "the Office of UN High Commissioner for Human Rights",
                "request",
                "un.ohchr",
                False,
                None,
            )
        ],
    ),
    (
        "9. Urges the Government of India, in the interest of regional peace and security, to avail itself of the offer "
        "of Good Offices;",
        "oic",
        [("the Government of India", "urge", "IND", False, None)],
    ),
    (
        "10. Recommends that Member States continue to coordinate their positions in international forums and mandates "
        "the OIC Contact Group on Jammu and Kashmir to meet regularly alongside the session of the UN General Assembly.",
        "oic",
        [
            ("Member States", "recommend", "oic.member_states", True, None),
            (
                "the OIC Contact Group on Jammu and Kashmir",
                "mandate",
                "oic.contact_group.jammu_kashmir",
                True,
                "regularly alongside the session of the UN General Assembly",
            ),
        ],
    ),
    (
        "7. Encourages India to involve the representatives of the Kashmiri people in the dialogue process.",
        "oic",
        [("India", "encourage", "IND", False, None)],
    ),
    (
        "4. Requests the Secretary-General to report to the Security Council by 31 October 2021.",
        "un",
        [("the Secretary-General", "request", "un.secretary_general", True, "by 31 October 2021")],
    ),
    (
        "1. Calls upon both the Government of India and the Government of Pakistan to take immediately all measures.",
        "un",
        [
            ("the Government of India", "call", "IND", False, "immediately"),
            ("the Government of Pakistan", "call", "PAK", False, "immediately"),
        ],
    ),
    (
        "3. Calls upon the Governments of India and Pakistan to refrain from any act.",
        "un",
        [
            ("Government of India", "call", "IND", False, None),
            ("Government of Pakistan", "call", "PAK", False, None),
        ],
    ),
    (
        "2. Calls upon all States Members of the United Nations to comply with the above-mentioned resolutions;",
        "un",
        [("all States Members of the United Nations", "call", "un.member_states", True, None)],
    ),
    (
        "3. Demands that South Africa cease immediately all acts of aggression.",
        "un",
        [("South Africa", "demand", "ZAF", False, "immediately")],
    ),
    (
        "5. Invites the Secretary-General to continue his good offices.",
        "un",
        [("the Secretary-General", "invite", "un.secretary_general", True, None)],
    ),
    (
        "6. Appeals to all States to contribute to the costs of the Force.",
        "un",
        [("all States", "appeal", "states", False, None)],
    ),
    # invented issuer: addressee as printed, id None, internal from the organ word
    (
        "7. Requests the Littoral Development Fund to provide resources and entrusts the General Secretariat to submit "
        "appropriate proposals to the Fund within six months of the adoption of this resolution.",
        None,
        [
            ("the Littoral Development Fund", "request", None, None, None),
            ("the General Secretariat", "entrust", None, True, "within six months"),
        ],
    ),
    (
        "2. Calls upon the Federal Republic of Caspira to restore the minimum seasonal releases.",
        None,
        [("the Federal Republic of Caspira", "call", None, False, None)],
    ),
    (
        "Requested the Special Envoy of the Secretary-General on the Marrow Basin, Ambassador Rafiq Dornhalt, to "
        "present a report;",
        None,
        [
            (
                "the Special Envoy of the Secretary-General on the Marrow Basin",
                "request",
                None,
                True,
                None,
            )
        ],
    ),
    # French, as the UN translates its own verbs
    (
        "4. Prie le Secrétaire général de faire rapport au Conseil de sécurité.",
        "un",
        [("le Secrétaire général", "request", "un.secretary_general", True, None)],
    ),
    (
        "2. Demande à l'Inde de cesser les violations des droits de l'homme.",
        "oic",
        [("l'Inde", "call", None, None, None)],
    ),  # French country names: a gap of places
    (
        "3. Exige que l'Inde cesse immédiatement les violations.",
        "oic",
        [("l'Inde", "demand", None, None, "immédiatement")],
    ),
    (
        "5. Exhorte les parties à coopérer pleinement avec la Force.",
        "un",
        [("les parties", "urge", "parties", False, None)],
    ),
    (
        "6. Engage les États membres à contribuer au fonds.",
        "un",
        [("les États membres", "call", "un.member_states", True, None)],
    ),
    (
        "6. Prie instamment les États membres de contribuer au fonds.",
        "un",
        [("les États membres", "urge", "un.member_states", True, None)],
    ),
    (
        "7. Invite le Secrétaire général à poursuivre ses efforts.",
        "un",
        [("le Secrétaire général", "invite", "un.secretary_general", True, None)],
    ),
    (
        "8. Charge le Secrétaire général de présenter des propositions.",
        "oic",
        [("le Secrétaire général", "entrust", "oic.secretary_general", True, None)],
    ),
    (
        "9. Recommande que les États membres continuent de coordonner leurs positions.",
        "oic",
        [("les États membres", "recommend", "oic.member_states", True, None)],
    ),
]


@pytest.mark.parametrize(("text", "family", "expected"), CASES)
def test_asks_table(
    text: str,
    family: str | None,
    expected: list[tuple[str, str, str | None, bool | None, str | None]],
) -> None:
    found = asks(text, family)
    assert [(a.addressee, a.force, a.addressee_id, a.internal, a.due) for a in found] == expected


def test_demand_with_items_takes_the_items_as_action() -> None:
    head = "Demanded that India:"
    items = [
        "reverse all illegal and unilateral measures,",
        "release all Kashmiri political prisoners;",
    ]
    s = head + "\n\n" + "\n\n".join(items)
    text = Text(s, OffsetMap())
    subs, pos = [], len(head) + 2
    for n, item in enumerate(items, 1):
        subs.append(
            Clause("item", n, item, Span(pos, pos + len(item), pos, pos + len(item)), "i" * n)
        )
        pos += len(item) + 2
    c = Clause("operative", 5, head, Span(0, len(head), 0, len(head)), None, "demand", tuple(subs))
    (ask,) = find_asks((c,), text, family="oic")
    assert (ask.clause, ask.addressee, ask.force, ask.internal) == (5, "India", "demand", False)
    assert "release all Kashmiri political prisoners" in ask.action
    assert ask.span.end == len(s)


def test_each_of_those_governments_takes_the_clause_before() -> None:
    s1 = "Calls upon both the Government of India and the Government of Pakistan to take all measures;"
    s2 = "Further requests each of those Governments to inform the Council immediately."
    c1, _ = clause(s1)
    s = s1 + "\n\n" + s2
    c2 = Clause("operative", 2, s2, Span(len(s1) + 2, len(s), len(s1) + 2, len(s)), "2")
    found = find_asks((c1, c2), Text(s, OffsetMap()), family="un")
    assert [(a.clause, a.addressee, a.force) for a in found] == [
        (1, "the Government of India", "call"),
        (1, "the Government of Pakistan", "call"),
        (2, "the Government of India", "request"),
        (2, "the Government of Pakistan", "request"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Members of the Contact Group reaffirmed their support. They reiterated their call on India to uphold "
            "the basic human rights of the Kashmiri people.",
            [("India", "call")],
        ),
        (
            "The Contact Group requests the Secretary-General to offer her good offices.",
            [("the Secretary-General", "request")],
        ),
        (
            "He also reiterated the OIC's call on the international community to take tangible steps.",
            [],
        ),
        ("It called for adherence to the principles of the United Nations Charter.", []),
        ("Dr Yousef also asked India to cease using force.", []),
    ],
)
def test_narrative_paragraphs(text: str, expected: list[tuple[str, str]]) -> None:
    found = asks(text, "oic", kind="paragraph")
    assert [(a.addressee, a.force) for a in found] == expected


def test_ask_span_points_at_the_verb() -> None:
    s = "3. Welcomes the talks and urges the parties to resume them."
    (ask,) = asks(s, "un")
    assert s[ask.span.start : ask.span.end].startswith("urges the parties")
    assert ask.action == "resume them"


@pytest.mark.parametrize(
    ("action", "due"),
    [
        ("submit a report by 31 October 2021", "by 31 October 2021"),
        ("submit proposals within six months of the adoption", "within six months"),
        ("report to the upcoming Islamic Summit", "the upcoming Islamic Summit"),
        ("brief the Council regularly", "regularly"),
        ("implement expeditiously the actions mandated", "expeditiously"),
        ("keep the matter under review", None),
    ],
)
def test_find_due(action: str, due: str | None) -> None:
    assert find_due(action) == due


@pytest.mark.parametrize(
    ("text", "symbol", "family"),
    [
        (
            "38 (1948). Resolution of 17 January 1948\n\nThe Security Council,\n\nHaving heard",
            "38 (1948)",
            "un",
        ),
        (
            "RESOLUTION NO. 2/34-P\n\nThe Thirty-Fourth Session of the Islamic Conference of Foreign Ministers",
            "2/34-P",
            "oic",
        ),
        ("The Ministers of the OIC Contact Group on Jammu and Kashmir met", None, "oic"),
        (
            "RESOLUTION NO. 4/12-POL\n\nThe Twelfth Session of the Council of Foreign Ministers of the Concord",
            "4/12-POL",
            None,
        ),
        ("Le Conseil de sécurité,\n\nRappelant", None, "un"),
    ],
)
def test_family_of(text: str, symbol: str | None, family: str | None) -> None:
    assert family_of(text, symbol) == family


# ------------------------------------------------------------------ gold

_STOP = {"the", "of", "a", "an", "their", "respective", "all", "its"}


def _norm(s: str | None) -> str:
    return " ".join(w for w in re.sub(r"[^\w]+", " ", (s or "").lower()).split() if w not in _STOP)


def _near(a: str, b: str) -> bool:
    return bool(a) and bool(b) and (a in b or b in a)


def _due_matches(gold: str, found: str | None) -> bool:
    """Lenient: one contains the other, or same first word and most gold words present."""
    g, f = _norm(gold), _norm(found)
    if _near(g, f):
        return True
    gw, fw = g.split(), set(f.split())
    return bool(gw) and gw[0] in fw and sum(w in fw for w in gw) >= 0.6 * len(gw)


def _matches(gold: dict[str, Any], ask: Ask) -> bool:
    return (
        gold["clause"] == ask.clause
        and gold["force"] == ask.force
        and _near(_norm(gold["addressee"]), _norm(ask.addressee))
        and ("due" not in gold or _due_matches(str(gold["due"]), ask.due))
    )


def score_gold(
    corpus: Path, folders: tuple[str, ...] = ("gold", "gold-unsc")
) -> tuple[int, int, int, list[str]]:
    """(true positives, false positives, false negatives, disagreements) over the gold asks."""
    tp = fp = fn = 0
    notes: list[str] = []
    for folder in folders:
        for path in sorted((corpus / folder).glob("*.yaml")):
            gold = yaml.safe_load(path.read_text(encoding="utf-8"))
            source = read(corpus / ("seeds" if folder == "gold" else "unsc") / gold["source"])
            text = clean(source)
            for doc, rec in zip(gold["documents"], extract(source), strict=False):
                if "asks" not in doc:
                    continue  # no claim about asks in this document
                found = list(find_asks(rec.clauses, text, family=family_of(rec.text, rec.symbol)))
                for g in doc["asks"] or []:
                    hit = next((a for a in found if _matches(g, a)), None)
                    if hit is None:
                        fn += 1
                        notes.append(f"{path.name}#{rec.position} missed {g}")
                    else:
                        tp += 1
                        found.remove(hit)
                fp += len(found)
                notes += [
                    f"{path.name}#{rec.position} extra {a.clause} {a.force} {a.addressee!r}"
                    for a in found
                ]
    return tp, fp, fn, notes


def test_gold_asks_f1(corpus: Path) -> None:
    tp, fp, fn, notes = score_gold(corpus)
    f1 = 2 * tp / (2 * tp + fp + fn) if tp else 0.0
    assert f1 >= 0.9, "\n".join(notes)
