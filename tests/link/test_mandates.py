"""Mandate follow-up: on the seeds, and on invented three-document series."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest

from communique.extract import extract
from communique.ingest import read
from communique.link.mandates import Mandate, follow_up
from communique.models import Ask, Clause, Record, Session, Span

TITLE = "On the Marrow Basin Water Dispute"
BODY = "Council of Foreign Ministers"


def doc(
    rid: str,
    date: str,
    session: int,
    operative: list[str] = [],  # noqa: B006 - read only
    asks: list[tuple[int, str, str, str | None]] = [],  # noqa: B006 - (clause, addressee, action, due)
    *,
    paragraphs: list[str] = [],  # noqa: B006
    doc_type: str = "resolution",
    title: str = TITLE,
) -> Record:
    """A record of the invented Council with spans that hold together."""
    text, clauses = title, [Clause("title", 1, title, Span(0, len(title), 0, len(title)))]
    for kind, items in (("operative", operative), ("paragraph", paragraphs)):
        for n, item in enumerate(items, 1):
            start = len(text) + 1
            text += "\n" + item
            span = Span(start, len(text), start, len(text))
            clauses.append(Clause(kind, n, item, span, number=str(n)))  # type: ignore[arg-type]
    by_number = {c.number: c for c in clauses if c.kind == "operative"}
    made = tuple(
        Ask(n, who, "request", action, by_number[str(n)].span, due=due, internal=True)
        for n, who, action, due in asks
    )
    return Record(
        id=rid,
        origin=f"/invented/{rid}.txt",
        sha256=rid,
        position=1,
        media_type="text/plain",
        doc_type=doc_type,
        text=text,
        span=Span(0, len(text), 0, len(text)),
        title=title,
        body=BODY,
        session=Session(session),
        date=date,
        year=int(date[:4]),
        asks=made,
        clauses=tuple(clauses),
    )


REPORT = "to submit a report on the situation in the Marrow Basin"
R1 = doc(
    "r1",
    "2020-03-01",
    11,
    ["Requests the Secretary-General to submit a report on the situation in the Marrow Basin."],
    [(1, "the Secretary-General", REPORT, None)],
)


def only(mandates: tuple[Mandate, ...], record: str = "r1") -> Mandate:
    (m,) = [m for m in mandates if m.record == record]
    return m


def test_alone_a_mandate_is_open() -> None:
    m = only(follow_up([R1]))
    assert (m.id, m.clause, m.status, m.evidence) == ("r1/O1/secretary-general", "O1", "open", ())
    assert m.clause_text.startswith("Requests the Secretary-General")


def test_open_then_reiterated() -> None:
    r2 = doc(
        "r2",
        "2021-03-01",
        12,
        [
            "Again requests the Secretary-General to submit a report on the situation in the "
            "Marrow Basin."
        ],
        [(1, "the Secretary-General", REPORT, None)],
    )
    r3 = doc(
        "r3", "2022-03-01", 13, ["Decides to remain seized of the matter."], title="On Fisheries"
    )
    m = only(follow_up([R1, r2, r3]))
    assert m.status == "reiterated"
    (t,) = m.evidence
    assert (t.rule, t.record, t.clause, t.score) == ("reiterated", "r2", "O1", 1.0)
    assert t.words == ("basin", "marrow", "water")


def test_open_then_reported_by_a_briefing() -> None:
    r0 = doc(
        "r1",
        "2020-03-01",
        11,
        [
            "Requests the Special Envoy to present a report to the 12th Session of the Council "
            "of Foreign Ministers."
        ],
        [
            (
                1,
                "the Special Envoy of the Secretary-General",
                "present a report",
                "the 12th Session of the Council of Foreign Ministers",
            )
        ],
    )
    r2 = doc(
        "r2",
        "2021-03-01",
        12,
        paragraphs=[
            "The meeting was opened by the Chair.",
            "The Special Envoy of the Secretary-General, Ambassador Rafiq Dornhalt, presented his "
            "report on the Marrow Basin to the Council.",
        ],
        doc_type="meeting_report",
        title="Report of the Twelfth Session on the Marrow Basin",
    )
    r3 = doc(
        "r3", "2022-03-01", 13, ["Decides to remain seized of the matter."], title="On Fisheries"
    )
    m = only(follow_up([r0, r2, r3]))
    assert m.occasion is not None and (m.occasion.number, m.occasion.date) == (12, "2021-03-01")
    assert m.status == "reported"
    (t,) = m.evidence
    assert (t.rule, t.record, t.clause, t.words) == (
        "by_addressee",
        "r2",
        "N2",
        ("basin", "marrow"),
    )
    assert t.text.startswith("The Special Envoy of the Secretary-General, Ambassador")


def test_open_then_superseded_by_a_new_deadline() -> None:
    due11 = "the 12th Session of the Council of Foreign Ministers"
    due12 = "the 13th Session of the Council of Foreign Ministers"
    action = "follow up the implementation of this resolution and to submit a report thereon to "
    r1 = doc(
        "r1",
        "2020-03-01",
        11,
        [f"Requests the Secretary-General to {action}{due11}."],
        [(1, "the Secretary-General", action + due11, due11)],
    )
    r2 = doc(
        "r2",
        "2021-03-01",
        12,
        [f"Requests the Secretary-General to {action}{due12}."],
        [(1, "the Secretary-General", action + due12, due12)],
    )
    r3 = doc(
        "r3", "2022-03-01", 13, ["Decides to remain seized of the matter."], title="On Fisheries"
    )
    mandates = follow_up([r1, r2, r3])
    m = only(mandates)
    assert m.status == "superseded"
    (t,) = m.evidence
    assert (t.rule, t.record, t.clause) == ("superseded", "r2", "O1")
    assert t.score > 0.9  # the same words, a different deadline
    assert only(mandates, "r2").status == "lapsed"  # the 13th session came, nothing reported


def test_open_then_lapsed_when_its_session_passed() -> None:
    due = "the 12th Session of the Council of Foreign Ministers"
    r1 = doc(
        "r1",
        "2020-03-01",
        11,
        [f"Requests the Secretary-General to report to {due}."],
        [(1, "the Secretary-General", f"report to {due}", due)],
    )
    r2 = doc("r2", "2021-03-01", 12, ["Reaffirms its support for a negotiated settlement."])
    r3 = doc(
        "r3", "2022-03-01", 13, ["Decides to remain seized of the matter."], title="On Fisheries"
    )
    m = only(follow_up([r1, r2, r3]))
    assert m.status == "lapsed"
    (t,) = m.evidence
    assert (t.rule, t.record, t.date) == ("occasion_passed", "r2", "2021-03-01")
    assert t.words == (due,)


def test_a_deadline_before_the_latest_document_has_passed() -> None:
    r1 = doc(
        "r1",
        "2020-03-01",
        11,
        ["Requests the Secretary-General to report within six months."],
        [(1, "the Secretary-General", "report", "within six months")],
    )
    r2 = doc(
        "r2", "2021-03-01", 12, ["Decides to remain seized of the matter."], title="On Fisheries"
    )
    m = only(follow_up([r1, r2]))
    assert m.occasion is not None and m.occasion.date == "2020-09-01"
    assert (m.status, m.evidence[0].rule, m.evidence[0].record) == (
        "lapsed",
        "occasion_passed",
        None,
    )


# ------------------------------------------------------------------ the seeds


@pytest.fixture
def seeds(corpus: Path) -> list[Record]:
    return [r for p in sorted((corpus / "seeds").glob("*.txt")) for r in extract(read(str(p)))]


def test_2007_requests_to_report_to_the_35th_session(seeds: list[Record]) -> None:
    due = "the 35th Session of the Islamic Conference of Foreign Ministers"
    found = {
        (m.symbol, m.clause)
        for m in follow_up(seeds)
        if m.addressee_id == "oic.secretary_general" and m.due == due
    }
    assert found == {("2/34-P", "O12"), ("3/34-P", "O10")}
    for m in follow_up(seeds):
        if m.due == due:
            assert m.occasion is not None
            assert (m.occasion.body, m.occasion.number, m.occasion.passed) == ("oic.cfm", 35, True)
            assert m.status == "lapsed"  # the 51st session is in the store; no report before it
            assert "51" in m.evidence[0].text


def test_the_2023_communique_has_eight_internal_asks_as_mandates(seeds: list[Record]) -> None:
    (communique,) = [r for r in seeds if r.date == "2023-09-20"]
    internal = [(a.clause, a.addressee) for a in communique.asks if a.internal]
    mandates = [m for m in follow_up(seeds) if m.record == communique.id]
    assert len(mandates) == 8
    assert [(int(m.clause[1:]), m.addressee) for m in mandates] == internal
    assert len({m.id for m in mandates}) == 8


def test_a_later_ask_on_another_subject_is_no_trace() -> None:
    """Same body, same office, same words asked — but a resolution on another
    subject: neither reiterated nor superseded."""
    other = doc(
        "r2",
        "2021-03-01",
        12,
        ["Requests the Secretary-General to submit a report on the fisheries of the Tarn Gate."],
        [
            (
                1,
                "the Secretary-General",
                "to submit a report on the fisheries of the Tarn Gate",
                None,
            )
        ],
        title="On Fisheries in the Northern Gulf",
    )
    m = only(follow_up([R1, other]))
    assert (m.status, m.evidence) == ("open", ())


def test_the_same_subject_in_another_series_is_no_trace() -> None:
    """The same request in the same words, made by another body: not this mandate's."""
    elsewhere = replace(
        doc(
            "r2",
            "2021-03-01",
            12,
            [
                "Requests the Secretary-General to submit a report on the situation in the "
                "Marrow Basin."
            ],
            [(1, "the Secretary-General", REPORT, None)],
        ),
        body="Assembly of Riparian Parliaments",
    )
    m = only(follow_up([R1, elsewhere]))
    assert (m.status, m.evidence) == ("open", ())
