"""Segmentation and acts as tables of invented texts."""

from __future__ import annotations

import pytest

from communique.extract import record_id, segment, split
from communique.extract.acts import act_of
from communique.normalise import clean_text


def clauses(text: str):
    t = clean_text(text)
    (doc,) = split(t)
    return segment(t, *doc)


@pytest.mark.parametrize(
    ("text", "act"),
    [
        ("Also reaffirming the right", "reaffirm"),
        ("Expressing deep concern over", "express concern"),
        ("Expressed serious concern over", "express concern"),
        ("Expressing the hope that", "express hope"),
        ("Expresses satisfaction at", "express satisfaction"),
        ("Taking note of the report", "take note"),
        ("Takes note of the report", "take note"),
        ("Calls upon India", "call"),
        ("Calls on all parties", "call"),
        ("Having heard the report", "hear"),
        ("Guided by the principles", "guide"),
        ("Noting with regret", "note"),
        ("Strongly supports", "support"),
        ("Further requested the Secretary General", "request"),
        ("Deeply concerned by", "concern"),
        ("Bearing in mind", "bear"),
        ("Renewing the expression of its deep appreciation", "renew"),
        ("Réaffirmant sa résolution", "reaffirm"),
        ("Rappelant ses résolutions", "recall"),
        ("Ayant examiné le rapport", "examine"),
        ("Prie le Secrétaire général", "request"),
        ("Décide de rester saisi", "decide"),
        ("Exhorte les parties", "urge"),
        ("Prenant note du rapport", "take note"),
        ("The Security Council,", None),
        ("recalling in lower case", None),
    ],
)
def test_act_of(text: str, act: str | None) -> None:
    assert act_of(text) == act


RESOLUTION = """RESOLUTION NO. 1/1-P

ON THE TEST

The First Session of the Conference of Ministers;

Recalling its resolutions. Noting the report as well.

Deeply concerned by the situation;

1. Calls upon the parties to act:

(a) at once;

(b) fully;

2. Decides to remain seized of the matter.
"""


def test_resolution_parts() -> None:
    got = clauses(RESOLUTION)
    assert [c.kind for c in got] == [
        "title",
        "title",
        "subject",
        "preambular",
        "preambular",
        "operative",
        "operative",
    ]
    pre = [c for c in got if c.kind == "preambular"]
    assert pre[0].text == "Recalling its resolutions. Noting the report as well."
    ops = [c for c in got if c.kind == "operative"]
    assert [o.number for o in ops] == ["1", "2"]
    assert [i.number for i in ops[0].items] == ["(a)", "(b)"]
    assert [o.act for o in ops] == ["call", "decide"]


COMMUNIQUE = """The Ministers of Foreign Affairs met in New York on 20 September 2023 and spoke.

Having heard the report;

Reaffirming the right;

The Foreign Ministers:

Reaffirmed their support;

Demanded that India:

i. reverse all measures,

ii. stop the abuses, and

iii. implement the resolutions;

Directed the missions to act.

20 September 2023
"""


def test_unnumbered_operatives_and_items() -> None:
    got = clauses(COMMUNIQUE)
    kinds = [c.kind for c in got]
    assert kinds == [
        "paragraph",
        "preambular",
        "preambular",
        "subject",
        "operative",
        "operative",
        "operative",
        "closing",
    ]
    ops = [c for c in got if c.kind == "operative"]
    assert [o.order for o in ops] == [1, 2, 3]
    assert len(ops[1].items) == 3
    assert ops[1].items[2].text == "implement the resolutions;"


def test_nested_items() -> None:
    text = """The Security Council,

Noting the report,

1. Decides that:

(a) the first;

(b) the second:

(i) one;

(ii) two;

(c) the third.
"""
    (op,) = [c for c in clauses(text) if c.kind == "operative"]
    assert [i.number for i in op.items] == ["(a)", "(b)", "(c)"]
    assert [i.number for i in op.items[1].items] == ["(i)", "(ii)"]


def test_report_paragraphs() -> None:
    text = (
        "Report of the Meeting\n\n1. A meeting was held.\n2. It ended.\n"
        "3. Recalling events, it closed."
    )
    got = clauses(text)
    assert [c.kind for c in got] == ["title", "paragraph", "paragraph", "paragraph"]
    assert [c.number for c in got[1:]] == ["1", "2", "3"]


def test_news_paragraphs() -> None:
    text = (
        "The Secretary General said on Thursday that talks matter a great deal to all.\n\n"
        "He said more, and then some more besides."
    )
    assert [c.kind for c in clauses(text)] == ["paragraph", "paragraph"]


def test_spans_point_into_the_file() -> None:
    t = clean_text(RESOLUTION)
    (doc,) = split(t)
    for c in segment(t, *doc):
        assert t.text[c.span.start : c.span.end] == c.text
        assert RESOLUTION[c.span.src_start : c.span.src_end].split() == c.text.split()


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (
            "RESOLUTION NO. 1/1-P\n\nThe Session;\n\n1. Decides.\n\n-----\n\n"
            "RESOLUTION NO. 2/1-P\n\nThe Session;\n\n1. Decides.",
            2,
        ),
        (
            "RESOLUTION NO. 1/1-P\n\nThe Session;\n\n1. Decides.\n\n"
            "RESOLUTION NO. 2/1-P\n\nThe Session;\n\n1. Decides.",
            2,
        ),
        (
            "Resolution 1 (1946)\n\nThe Security Council,\n\n"
            "Recalling resolution 2 (1946),\n\n1. Decides.",
            1,
        ),
        # a heading cut off at the end (the next resolution of a volume) is no document
        (
            "RESOLUTION NO. 1/1-P\n\nThe Session;\n\n1. Decides.\n\n"
            "RESOLUTION NO. 2/1-P of 17 June\n\n27 Official Records, document S/1.",
            1,
        ),
        ("One text.\n\n*****\n\n", 1),
        ("", 1),
    ],
)
def test_split(text: str, n: int) -> None:
    assert len(split(clean_text(text))) == n


def test_record_id() -> None:
    assert record_id("ab" * 32, 3) == "abababababababab-3"
