"""Meetings assembled from the documents that record them and the references
that name them: invented records first, then the seeds."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from tests.conftest import seed
from tests.link.records import record

from communique.extract import extract
from communique.ingest import read
from communique.link.meetings import Meeting, assemble_meetings
from communique.models import Adoption, Dates, Record, Reference, Session, Span, Venue

CG = "OIC Contact Group on Jammu and Kashmir"
AT = Span(10, 20, 10, 20)


def meeting_doc(rid: str, **fields: object) -> Record:
    return replace(record(rid), doc_type="meeting_report", body=CG, **fields)  # type: ignore[arg-type]


def ref(text: str, date: str | None = None, **fields: object) -> Reference:
    return Reference("meeting", text, AT, date=date, **fields)  # type: ignore[arg-type]


def only(meetings: tuple[Meeting, ...]) -> Meeting:
    assert len(meetings) == 1, meetings
    return meetings[0]


def test_two_documents_one_meeting_dates_disagree() -> None:
    a = meeting_doc("a", dates=Dates("2019-09-25"), chair="Secretary General of the OIC")
    b = meeting_doc("b", dates=Dates("2019-09-26"), chair="The Secretary General of the OIC")
    m = only(assemble_meetings([a, b]))
    assert m.body_id == "oic.contact_group.jammu_kashmir"
    assert [(c.value, c.record) for c in m.dates] == [("2019-09-25", "a"), ("2019-09-26", "b")]
    (d,) = m.disagreements
    assert d.field == "dates"
    assert d.values == ("2019-09-25", "2019-09-26")
    assert {c.record for c in d.claims} == {"a", "b"}
    assert m.start == "2019-09-25" and m.sources == ("a", "b")
    assert [(x.record, x.role) for x in m.documents] == [("a", "records"), ("b", "records")]


def test_two_days_apart_are_two_meetings() -> None:
    a = meeting_doc("a", dates=Dates("2019-09-25"))
    b = meeting_doc("b", dates=Dates("2019-09-27"))
    assert [m.start for m in assemble_meetings([a, b])] == ["2019-09-25", "2019-09-27"]


def test_two_chairs_disagree_same_chair_in_other_words_does_not() -> None:
    a = meeting_doc("a", dates=Dates("2025-06-22"), chair="Yousef Al Dobeay")
    b = meeting_doc("b", dates=Dates("2025-06-22"), chair="His Excellency Mr. Yousef Al Dobeay")
    c = meeting_doc("c", dates=Dates("2025-06-22"), chair="Munir Akram")
    assert only(assemble_meetings([a, b])).disagreements == ()
    (d,) = only(assemble_meetings([a, b, c])).disagreements
    assert d.field == "chair" and len(d.claims) == 3


def test_range_and_a_day_inside_it_agree() -> None:
    a = meeting_doc("a", dates=Dates("2007-05-15", "2007-05-17"), session=Session(34))
    b = meeting_doc("b", date="2007-05-17")
    m = only(assemble_meetings([a, b]))
    assert m.disagreements == () and (m.start, m.end) == ("2007-05-15", "2007-05-17")
    assert m.dates[1].note == "the document's own date"


def test_session_joins_undated_and_separates_same_day() -> None:
    cfm = "Islamic Conference of Foreign Ministers"
    a = replace(record("a"), body=cfm, dates=Dates("2007-05-15"), session=Session(34))
    b = replace(record("b"), body=cfm, session=Session(34, "Thirty-Fourth Session of the ICFM"))
    c = replace(record("c"), body=cfm, dates=Dates("2007-05-15"), session=Session(35))
    meetings = assemble_meetings([a, b, c])
    assert sorted(m.sources for m in meetings) == [("a", "b"), ("c",)]
    assert all(m.body_id == "oic.cfm" for m in meetings)


def test_un_meeting_numbers_keep_same_day_meetings_apart() -> None:
    sc = "Security Council"
    a = replace(record("a"), body=sc, date="1964-03-04", adoption=Adoption(meeting=1102))
    b = replace(record("b"), body=sc, date="1964-03-04", adoption=Adoption(meeting=1102))
    c = replace(record("c"), body=sc, date="1964-03-05", adoption=Adoption(meeting=1103))
    meetings = assemble_meetings([a, b, c])
    assert [(m.sources, m.number) for m in meetings] == [(("a", "b"), 1102), (("c",), 1103)]


def test_resolutions_adopted_on_consecutive_days_are_two_meetings() -> None:
    sc = "Security Council"
    a = replace(record("a", date="1964-03-04"), body=sc)
    b = replace(record("b", date="1964-03-05"), body=sc)
    report = replace(meeting_doc("r", dates=Dates("1964-03-05")), body=sc)
    assert [m.sources for m in assemble_meetings([a, b, report])] == [("a",), ("b", "r")]


def test_meetings_known_only_by_reference() -> None:
    welcome = "the meetings of the OIC Contact Group on Jammu and Kashmir on"
    refs = tuple(ref(welcome, d) for d in ("2019-09-25", "2020-06-22"))
    com = meeting_doc("com", dates=Dates("2023-09-20"), references=refs)
    meetings = assemble_meetings([com])
    assert [m.start for m in meetings] == ["2019-09-25", "2020-06-22", "2023-09-20"]
    by_ref = [m for m in meetings if m.known_only_by_reference]
    assert [m.documents[0].role for m in by_ref] == ["mentions", "mentions"]
    assert all(m.sources == ("com",) for m in by_ref)
    assert all(m.body_id == "oic.contact_group.jammu_kashmir" for m in by_ref)


def test_reference_and_report_make_one_meeting_and_body_taken_from_citing_doc() -> None:
    cited = meeting_doc("com", date="2023-09-20", references=(ref("the meeting of", "2020-06-22"),))
    report = meeting_doc("rep", dates=Dates("2020-06-22"), venue=Venue("Jeddah", "SAU"))
    (m,) = (m for m in assemble_meetings([cited, report]) if m.start == "2020-06-22")
    assert [(d.record, d.role) for d in m.documents] == [("com", "mentions"), ("rep", "records")]
    assert m.body[0].note == "the body of the citing document"
    assert not m.known_only_by_reference and [c.value for c in m.city] == ["Jeddah"]


def test_reference_to_another_body_is_not_the_citing_body() -> None:
    other = ref("the G-20 Tourism Working Group Meeting", "2023-05-22", body="G-20")
    com = meeting_doc("com", date="2023-09-20", references=(other,))
    bodies = {m.start: m.body_id for m in assemble_meetings([com])}
    assert bodies["2023-05-22"] == "name:g-20"


def test_attendance_is_a_union_of_claims_never_a_disagreement() -> None:
    a = meeting_doc("a", dates=Dates("2025-06-22"), attendees=("AZE", "NER", "PAK"))
    b = meeting_doc("b", dates=Dates("2025-06-22"), attendees=("PAK", "TUR"))
    m = only(assemble_meetings([a, b]))
    assert m.attending == ("AZE", "NER", "PAK", "TUR") and m.disagreements == ()


def test_ids_are_deterministic_and_order_free() -> None:
    a = meeting_doc("a", dates=Dates("2019-09-25"))
    b = meeting_doc("b", dates=Dates("2019-09-26"))
    (m1,), (m2,) = assemble_meetings([a, b]), assemble_meetings([b, a])
    assert m1.id == m2.id and m1.id.startswith("m-")


def test_no_body_or_no_date_no_meeting() -> None:
    assert assemble_meetings([record("x", date="2020-01-01")]) == ()
    assert assemble_meetings([replace(record("y"), body=CG)]) == ()


# ------------------------------------------------------------ the seeds


def _seed_records(corpus: Path, prefix: str) -> tuple[Record, ...]:
    return extract(read(str(seed(prefix))))


def test_seed_2025_report_is_one_meeting_with_five_states(corpus: Path) -> None:
    records = _seed_records(corpus, "003")
    if not records[0].attendees:
        pytest.xfail("the title block does not yet fill attendees in extract")
    (m,) = [m for m in assemble_meetings(records) if m.start == "2025-06-22"]
    assert m.attending == ("AZE", "NER", "PAK", "SAU", "TUR")
    assert m.body_id == "oic.contact_group.jammu_kashmir"
    assert [(d.record, d.role) for d in m.documents] == [(records[0].id, "records")]


def test_seed_2023_communique_recalls_six_meetings(corpus: Path) -> None:
    (com,) = _seed_records(corpus, "001")
    if not any(r.kind == "meeting" for r in com.references):
        pytest.xfail("references are not yet extracted")
    recalled = [
        m
        for m in assemble_meetings([com])
        if m.known_only_by_reference and m.body_id == "oic.contact_group.jammu_kashmir"
    ]
    assert [m.start for m in recalled] == [
        "2019-09-25",
        "2020-06-22",
        "2021-09-23",
        "2022-03-22",
        "2022-09-21",
        "2023-03-17",
    ]
    assert all(m.sources == (com.id,) for m in recalled)
