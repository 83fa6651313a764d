"""The frozen models: offset map and JSON round trip."""

from __future__ import annotations

import dataclasses
import inspect
import pickle

import pytest

from communique import models
from communique.models import (
    Adoption,
    Clause,
    Dates,
    Evidence,
    OffsetMap,
    Problem,
    Quote,
    Record,
    Segment,
    Session,
    Span,
    Venue,
    from_json,
    to_json,
)

# Source "ab\ncd  ef" cleaned to "ab cd ef": a line break and a double space folded.
SOURCE = "ab\ncd  ef"
CLEAN = "ab cd ef"
MAP = OffsetMap(
    (
        Segment(0, 2, 0, 2),  # ab
        Segment(2, 3, 2, 3),  # "\n" -> " " (same length)
        Segment(3, 5, 3, 5),  # cd
        Segment(5, 6, 5, 7),  # "  " -> " "
        Segment(6, 8, 7, 9),  # ef
    )
)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (0, 2, "ab"),
        (3, 5, "cd"),
        (6, 8, "ef"),
        (3, 8, "cd  ef"),
        (0, 8, SOURCE),
        (5, 6, "  "),
        (7, 8, "f"),
    ],
)
def test_offset_map_points_back_to_source(start: int, end: int, expected: str) -> None:
    s, e = MAP.to_source(start, end)
    assert SOURCE[s:e] == expected


def _point(pos: int, *, left: bool) -> int:
    """One end mapped the plain way: the segment it falls in (an end on a boundary in
    the segment before), its 1:1 offset or its source run's end."""
    segs = MAP.segments
    i = max(j for j, seg in enumerate(segs) if seg.start <= pos or j == 0)
    if not left and i > 0 and pos == segs[i].start:
        i -= 1
    seg = segs[i]
    if pos < seg.start:
        return seg.src_start
    if pos >= seg.end:
        return seg.src_end
    if seg.end - seg.start == seg.src_end - seg.src_start:
        return seg.src_start + pos - seg.start
    return seg.src_start if left else seg.src_end


def test_offset_map_agrees_with_mapping_each_end_apart() -> None:
    # to_source maps a span inside one 1:1 segment in one step: it must agree
    for start in range(len(CLEAN) + 1):
        for end in range(start, len(CLEAN) + 1):
            assert MAP.to_source(start, end) == (_point(start, left=True), _point(end, left=False))


def test_empty_map_is_identity() -> None:
    assert OffsetMap().to_source(3, 7) == (3, 7)


def test_record_round_trips_through_json() -> None:
    span = Span(0, 10, 0, 12)
    item = Clause("item", 1, "reverse all measures", span, number="i")
    record = Record(
        id="abcd-1",
        origin="/tmp/x.txt",
        sha256="abcd",
        position=1,
        media_type="text/plain",
        doc_type="resolution",
        text="text",
        span=span,
        symbol="2/34-P",
        year=2007,
        session=Session(34, "Session of Peace, Progress and Harmony"),
        venue=Venue("Islamabad", "PAK"),
        dates=Dates("2007-05-15", "2007-05-17", "28-30 Rabi Al-Thani 1428"),
        attendees=("AZE", "PAK"),
        adoption=Adoption(meeting=229, votes_for=9, against=0, abstaining=2),
        quotes=(Quote("close to our hearts", span, speaker="X"),),
        evidence=(Evidence("symbol", "RESOLUTION NO. 2/34-P", span),),
        clauses=(
            Clause(
                "operative", 1, "Demands that X:", span, number="1", act="demand", items=(item,)
            ),
        ),
        problems=(Problem("odd", "something odd", span=span),),
    )
    data = to_json(record)
    assert data["clauses"][0]["items"][0]["number"] == "i"
    assert data["session"] == {"number": 34, "name": "Session of Peace, Progress and Harmony"}
    assert from_json(Record, data) == record


MODELS = [c for c in vars(models).values() if isinstance(c, type) and dataclasses.is_dataclass(c)]


@pytest.mark.parametrize("cls", MODELS, ids=lambda c: c.__name__)
def test_every_model_takes_its_fields_as_a_dataclass_does(cls: type) -> None:
    """models give their dataclasses a faster ``__init__``: same parameters, in
    field order, with the same defaults."""
    params = list(inspect.signature(cls.__init__).parameters.values())[1:]
    fields = [f for f in dataclasses.fields(cls) if f.init]
    assert [p.name for p in params] == [f.name for f in fields]
    for p, f in zip(params, fields, strict=True):
        if f.default is not dataclasses.MISSING:
            assert p.default is f.default
        elif f.default_factory is dataclasses.MISSING:
            assert p.default is inspect.Parameter.empty


def test_a_fast_init_model_behaves_as_a_frozen_dataclass() -> None:
    span = Span(1, 2, 3, src_end=4)
    clause = Clause("operative", 1, "Decides.", span, number="1")
    assert list(vars(clause)) == [f.name for f in dataclasses.fields(Clause)]  # orjson's order
    assert (clause.act, clause.items) == (None, ())  # defaults
    assert clause == Clause("operative", 1, "Decides.", Span(1, 2, 3, 4), "1")
    assert hash(span) == hash(Span(1, 2, 3, 4))
    assert dataclasses.replace(clause, order=2).order == 2
    with pytest.raises(dataclasses.FrozenInstanceError):
        clause.order = 3  # type: ignore[misc]
    with pytest.raises(TypeError):
        Span(1, 2, 3)  # type: ignore[call-arg]
    assert pickle.loads(pickle.dumps(clause)) == clause
