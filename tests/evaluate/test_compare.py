"""Comparators and normalisers, as tables of (gold, found, expected counts)."""

from __future__ import annotations

from typing import Any

import pytest

from communique.evaluate import compare as c
from communique.evaluate.fields import FIELDS
from communique.evaluate.gold import GoldDocument, freeze
from communique.evaluate.score import score_document
from communique.evaluate.tally import Tally


def counts(t: Tally) -> tuple[int, int, int]:
    return t.tp, t.fp, t.fn


NAMES = [
    ("H.E. Mr. Munir Akram", "munir akram"),
    ("His Excellency Ambassador Munir Akram", "munir akram"),
    ("Dr. Yousef Al Dobeay", "yousef al dobeay"),
    ("Secretary General of the OIC", "secretary general of the oic"),
    ("Mr", "mr"),  # an honorific alone stays
]


@pytest.mark.parametrize(("raw", "want"), NAMES)
def test_name(raw: str, want: str) -> None:
    assert c.name(raw) == want


CHAIRS = [
    ("Munir Akram", "H.E. Mr. Munir Akram", (1, 0, 0)),
    ("Munir Akram", "Ambassador Munir Akram, Permanent Representative of Pakistan", (1, 0, 0)),
    ("Secretary General of the OIC", "the Secretary General of the OIC", (1, 0, 0)),
    ("Yousef Al Dobeay", "Al Dobeay", (1, 0, 0)),  # contained either way
    ("Munir Akram", "Munir Akramov", (0, 1, 1)),  # word for word, not by characters
    ("Munir Akram", "Abdulaziz Alwasil", (0, 1, 1)),
    ("Munir Akram", None, (0, 0, 1)),
    ("Munir Akram", "", (0, 0, 1)),
]


@pytest.mark.parametrize(("gold", "found", "want"), CHAIRS)
def test_lenient_chair(gold: str, found: str | None, want: tuple[int, int, int]) -> None:
    assert counts(c.lenient(c.name)(gold, found)) == want


SETS = [
    (["AZE", "PAK"], ["PAK", "AZE"], (2, 0, 0)),
    (["AZE", "PAK"], ["PAK", "TUR"], (1, 1, 1)),
    (["AZE", "PAK"], [], (0, 0, 2)),
    (["AZE", "PAK"], None, (0, 0, 2)),
    (["AZE", "PAK"], ["aze", "pak"], (2, 0, 0)),  # normalised upper
    (["AZE"], ["AZE", "AZE"], (1, 0, 0)),  # a set: duplicates count once
]


@pytest.mark.parametrize(("gold", "found", "want"), SETS)
def test_attendees_as_sets(gold: list[str], found: Any, want: tuple[int, int, int]) -> None:
    assert counts(c.as_set(str.upper)(gold, found)) == want


def test_optional_states_are_not_false_positives() -> None:
    t = c.as_set(optional=["SAU"])(["IND", "PAK"], ["IND", "PAK", "SAU", "CHN"])
    assert counts(t) == (2, 1, 0)
    assert t.notes == (("nothing", '"CHN"'),)


EXACT = [
    (c.text, "On the Jammu and Kashmir Dispute", "ON THE  JAMMU and Kashmir dispute.", (1, 0, 0)),
    (c.text, "Meeting of the Members", "“Meeting of the Members”", (1, 0, 0)),
    (c.text, "Meeting of the Members", "Meeting of Members", (0, 1, 1)),
    (c.symbol, "S/651", "[S/651]", (1, 0, 0)),
    (c.symbol, "38 (1948)", "38  (1948)", (1, 0, 0)),
    (int, 34, 34, (1, 0, 0)),
    (int, 34, 35, (0, 1, 1)),
    (int, 34, "thirty-four", (0, 1, 1)),  # another type is a disagreement, not a crash
    (str, "2007-05-15", None, (0, 0, 1)),
]


@pytest.mark.parametrize(("norm", "gold", "found", "want"), EXACT)
def test_exact(norm: Any, gold: Any, found: Any, want: tuple[int, int, int]) -> None:
    assert counts(c.exact(norm)(gold, found)) == want


COUNTS = [(11, 11, (1, 0, 0)), (11, 0, (0, 0, 1)), (11, 10, (0, 1, 1)), (2, None, (0, 0, 1))]


@pytest.mark.parametrize(("gold", "found", "want"), COUNTS)
def test_count(gold: int, found: int | None, want: tuple[int, int, int]) -> None:
    assert counts(c.count(gold, found)) == want


OPS = freeze(
    [
        {"n": 1, "act": "reaffirm"},
        {"n": 2, "act": "demand", "addressee": "IND", "items": 3},
        {"n": 3, "act": "request"},
    ]
)


def op(act: str, items: int = 0, **extra: Any) -> dict[str, Any]:
    return {"act": act, "items": [{"act": None}] * items, **extra}


ITEMS = [
    ([op("reaffirm"), op("demand", 3), op("request")], (1, 0, 0)),
    ([op("reaffirm"), op("demand", 2), op("request")], (0, 1, 1)),
    ([op("reaffirm"), op("demand", 0), op("request")], (0, 0, 1)),
    ([op("demand", 3), op("request")], (1, 0, 0)),  # aligned by act, not by position
    ([op("reaffirm"), op("request")], (0, 0, 1)),  # the clause itself is missing
]


@pytest.mark.parametrize(("found", "want"), ITEMS)
def test_items(found: list[dict[str, Any]], want: tuple[int, int, int]) -> None:
    assert counts(c.items(OPS, found)) == want


ADDRESSEES = [
    ([op("reaffirm"), op("demand"), op("request")], (0, 0, 1)),  # the view has none: FN
    ([op("reaffirm"), op("demand", addressee="IND"), op("request")], (1, 0, 0)),
    ([op("reaffirm"), op("demand", addressee="PAK"), op("request")], (0, 1, 1)),
]


@pytest.mark.parametrize(("found", "want"), ADDRESSEES)
def test_addressee(found: list[dict[str, Any]], want: tuple[int, int, int]) -> None:
    assert counts(c.addressees(OPS, found)) == want


QUOTES = [
    ([{"speaker": "Munir Akram"}] * 2, (1, 0, 0)),
    ([{"speaker": "H.E. Munir Akram"}, {"speaker": "Akram"}], (1, 0, 0)),
    ([{"speaker": "Munir Akram"}], (0, 0, 1)),  # min_count 2
    ([{"speaker": "Munir Akram"}] * 2 + [{"speaker": "Yashar Aliyev"}], (1, 1, 0)),
    ([{"speaker": None}] * 3, (0, 0, 1)),  # unattributed quotes are neither
]


@pytest.mark.parametrize(("found", "want"), QUOTES)
def test_quotes(found: list[dict[str, Any]], want: tuple[int, int, int]) -> None:
    gold = freeze([{"speaker": "Munir Akram", "min_count": 2}])
    assert counts(c.quotes(gold, found)) == want


def test_boilerplate_must_be_absent_from_clauses() -> None:
    gold = ["Press Releases|", "Close Search Window"]
    assert counts(c.absent(gold, "Reaffirms its support.\nDemands that")) == (2, 0, 0)
    assert counts(c.absent(gold, "Close Search Window Reaffirms")) == (1, 0, 1)


NULLS = [
    # gold date, found date view, counts of date.start
    ({"start": None}, None, (0, 0, 0)),  # nothing expected, nothing found: correct, no count
    ({"start": None}, {"start": "2019-05-30"}, (0, 1, 0)),  # something found: FP
    ({"start": "2019-05-30"}, {"start": "2019-05-30"}, (1, 0, 0)),
    ({"start": "2019-05-30"}, None, (0, 0, 1)),
]


@pytest.mark.parametrize(("gold", "found", "want"), NULLS)
def test_null_gold(gold: Any, found: Any, want: tuple[int, int, int]) -> None:
    doc = GoldDocument(1, freeze({"date": gold}))
    got = score_document(doc, {"date": found}, FIELDS)
    assert counts(got["date.start"]) == want
    assert "date.end" not in got  # absent from the gold: not scored


def test_every_field_has_a_unique_name() -> None:
    names = [f.name for f in FIELDS]
    assert len(names) == len(set(names))
