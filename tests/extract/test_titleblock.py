"""The title block of invented documents, field by field; and the gold documents."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Any

import pytest
import yaml
from tests.conftest import CORPUS

from communique.extract import doctype, symbols
from communique.extract.segment import segment
from communique.extract.split import split
from communique.extract.titleblock import TitleBlock, title_block
from communique.models import Adoption, Dates, Session, Source, Venue, to_json
from communique.normalise import clean


def block(raw: str, doc_type: str | None = None) -> TitleBlock:
    src = Source("mem.txt", "text/plain", raw, hashlib.sha256(raw.encode()).hexdigest(), len(raw))
    text = clean(src)
    (a, b), *_ = split(text)
    clauses = segment(text, a, b)
    kind = doc_type or doctype.classify(clauses, text.text[a:b])
    tb = title_block(text, a, b, clauses, kind)
    for ev in tb.evidence:  # every value cites the words it was read from
        assert ev.span is not None
        assert text.text[ev.span.start : ev.span.end] == ev.text
    return tb


RESOLUTION = """RESOLUTION NO. 7/46-POL

ON THE SITUATION IN THE LAKE REGION

The Forty-Sixth Session of the Council of Foreign Ministers (Session of Water and Concord), \
held in Niamey, Republic of Niger from 16-17 Ramadan 1440 A.H (21-22 May 2019);

Recalling its earlier resolutions on the question;

1. Calls upon the parties to resume their dialogue;

2. Requests the Secretary-General to report to the next session.
"""

COMMUNIQUE = """The Ministers of Foreign Affairs of the member states of the OIC Contact Group on \
the Lake Region met in Jeddah on 22 March 2022. The Secretary-General of the OIC chaired \
the meeting.

Recalling the earlier communiqués of the Contact Group;

The Foreign Ministers:

Reaffirmed their support for the people of the region;

Called for the resumption of the dialogue.
"""

REPORT = """XYZ-CFM-9\\2024-CG-LR\\FINAL.REP

Report of the Meeting of the XYZ Contact Group on the Lake Region

Held on the sidelines of the Ninth Session of the XYZ Council of Foreign Ministers

Yaoundé, Republic of Cameroon

9 December 2024

1. A Meeting of the XYZ Contact Group on the Lake Region at the Ministerial level was held \
on 9 December 2024 in Yaoundé. Her Excellency Ms. Amina Bello Tchami, Director of Political \
Affairs, chaired the meeting, which was attended by the representatives of the Republic of \
Chad, the Federal Republic of Nigeria, the Republic of Cameroon and the Republic of Niger.

2. The meeting adopted a Joint Communiqué.
"""

PRESS = """Permanent Mission of the Republic of Senegal to the United Nations

Press Release

Meeting of the Members of the Contact Group

New York – March 3, 2021

The Contact Group on the Lake Region held an informal meeting, hosted by Ambassador Awa \
Ndiaye Fall, the Permanent Representative of Senegal to the UN, to review the situation.

Ambassador Fall thanked the members for their participation.
"""

UN_OLD = """Resolution 1234 (l999)
of 9 April 1999
[S/1999/400]

The Security Council,

Recalling its earlier resolutions,

1. Decides to remain seized of the matter.

Adopted at the 3993rd meeting by 13 votes to none, with 2 abstentions (A, B).
"""

UN_NEW = """RESOLUTION 2001 (2011)

Adopted by the Security Council at its 6597th meeting, on 28 July 2011

The Security Council,

Recalling its earlier resolutions,

1. Decides to extend the mandate until 31 July 2012;
"""

FRENCH = """RÉSOLUTION N° 3/12-POL

SUR LA SITUATION DANS LA RÉGION DES LACS

La douzième session du Conseil des ministres des affaires étrangères (Session de l'unité et \
du dialogue), tenue à Dakar, République du Sénégal, du 15 au 17 mai 2007 ;

Rappelant ses résolutions antérieures sur la question ;

1. Demande aux parties de reprendre le dialogue ;

2. Prie le Secrétaire général de faire rapport à la prochaine session.
"""

SUMMIT = """FINAL COMMUNIQUÉ OF THE 16TH SESSION OF THE ISLAMIC SUMMIT CONFERENCE

DAKAR, REPUBLIC OF SENEGAL

4-5 MAY 2026

1. The 16th Session of the Islamic Summit Conference was held in Dakar on 4-5 May 2026, \
under the chairmanship of H.E. Mr. Ousmane Diop Sarr, President of the Republic of Senegal.
"""

DONE_AT = """DECLARATION OF THE GROUP ON THE LAKE REGION

1. The members of the Group recall their previous statements.

2. They call for calm.

Done at Istanbul, on 22 June 2025
"""

UN_MODERN = """United Nations S/RES/2999 (2025)

Security Council Distr.: General
26 March 2025

Resolution 2999 (2025)

Adopted by the Security Council at its 9999th meeting, on 25 March 2025

The Security Council,

Reaffirming its resolutions,

1. Decides to remain seized of the matter.
"""

ROWS: list[tuple[str, str, dict[str, Any]]] = [
    (
        "oic_resolution",
        RESOLUTION,
        {
            "symbol": "7/46-POL",
            "title": "On the Situation in the Lake Region",
            "body": "Council of Foreign Ministers",
            "level": "ministerial",
            "session": Session(46, "Session of Water and Concord"),
            "venue": Venue("Niamey", "NER"),
            "dates": Dates("2019-05-21", "2019-05-22", "16-17 Ramadan 1440"),
            "year": 2019,
        },
    ),
    (
        "joint_communique",
        COMMUNIQUE,
        {
            "body": "OIC Contact Group on the Lake Region",
            "level": "ministerial",
            "venue": Venue("Jeddah", "SAU"),
            "dates": Dates("2022-03-22"),
            "chair": "Secretary-General of the OIC",
        },
    ),
    (
        "meeting_report",
        REPORT,
        {
            "symbol": "XYZ-CFM-9\\2024-CG-LR\\FINAL.REP",
            "title": "Report of the Meeting of the XYZ Contact Group on the Lake Region",
            "body": "XYZ Contact Group on the Lake Region",
            "level": "ministerial",
            "session": Session(
                9, "Ninth Session of the XYZ Council of Foreign Ministers (sidelines)"
            ),
            "venue": Venue("Yaoundé", "CMR"),
            "dates": Dates("2024-12-09"),
            "chair": "Amina Bello Tchami",
            "attendees": ("TCD", "NGA", "CMR", "NER"),
        },
    ),
    (
        "press_release",
        PRESS,
        {
            "title": "Meeting of the Members of the Contact Group",
            "issuer": "Permanent Mission of the Republic of Senegal to the United Nations",
            "level": "informal",
            "venue": Venue("New York", "USA"),
            "dates": Dates("2021-03-03"),
            "chair": "Awa Ndiaye Fall",
        },
    ),
    (
        "un_old",
        UN_OLD,
        {
            "symbol": "1234 (1999)",
            "document_symbol": "S/1999/400",
            "body": "United Nations Security Council",
            "venue": None,
            "dates": Dates("1999-04-09"),
            "adoption": Adoption(3993, 13, 0, 2, None),
            "date": "1999-04-09",
            "year": 1999,
        },
    ),
    (
        "un_new",
        UN_NEW,
        {
            "symbol": "2001 (2011)",
            "body": "United Nations Security Council",
            "dates": Dates("2011-07-28"),
            "adoption": Adoption(6597, None, None, None, None),
        },
    ),
    (
        "french",
        FRENCH,
        {
            "symbol": "3/12-POL",
            "title": "Sur la Situation dans la Région des Lacs",
            "body": "Conseil des ministres des affaires étrangères",
            "level": "ministerial",
            "session": Session(12, "Session de l'unité et du dialogue"),
            "venue": Venue("Dakar", "SEN"),
            "dates": Dates("2007-05-15", "2007-05-17"),
        },
    ),
    (
        "summit_in_capitals",
        SUMMIT,
        {
            "title": "Final Communiqué of the 16th Session of the Islamic Summit Conference",
            "body": "Islamic Summit Conference",
            "level": "summit",
            "session": Session(16, None),
            "venue": Venue("Dakar", "SEN"),
            "dates": Dates("2026-05-04", "2026-05-05"),
            "chair": "Ousmane Diop Sarr",
        },
    ),
    ("done_at", DONE_AT, {"venue": Venue("Istanbul", "TUR"), "dates": Dates("2025-06-22")}),
    (
        "un_modern",
        UN_MODERN,
        {
            "symbol": "2999 (2025)",
            "document_symbol": "S/RES/2999 (2025)",
            "title": None,
            "body": "United Nations Security Council",
            "dates": Dates("2025-03-25"),  # the adoption date, not the distribution date
            "adoption": Adoption(9999),
        },
    ),
]


@pytest.mark.parametrize(("name", "raw", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_title_block(name: str, raw: str, expected: dict[str, Any]) -> None:
    tb = block(raw)
    for field, value in expected.items():
        assert getattr(tb, field) == value, field


def test_hijri_mismatch_is_a_problem() -> None:
    raw = RESOLUTION.replace("(21-22 May 2019)", "(22-23 May 2019)")
    tb = block(raw)
    assert tb.dates == Dates("2019-05-22", "2019-05-23", "16-17 Ramadan 1440")
    (problem,) = [p for p in tb.problems if p.code == "hijri_mismatch"]
    assert "2019-05-21" in problem.message and problem.span is not None


def test_un_year_from_the_date_when_the_symbol_slips() -> None:
    tb = block(UN_OLD.replace("(l999)", "(1993)"))
    assert tb.symbol == "1234 (1999)" and tb.year == 1999
    assert [p.code for p in tb.problems] == ["symbol_year"]


@pytest.mark.parametrize(
    ("line", "adoption"),
    [
        ("Adopted unanimously at the 3993rd meeting.", Adoption(3993, None, None, None, True)),
        ("Adopted at the 3993rd meeting unanimously.", Adoption(3993, None, None, None, True)),
        ("Adopted without a vote at the 3993rd meeting.", Adoption(3993)),
        (
            "Adopted at the 3993rd meeting by 11 votes to 1, with 3 abstentions.",
            Adoption(3993, 11, 1, 3),
        ),
        ("Adopted at the 3993rd meeting by eleven votes to none.", Adoption(3993, 11, 0, 0)),
        ("Adopted at the 39931h meeting by 10 votes to I (X).", Adoption(3993, 10, 1, 0)),
    ],
)
def test_adoption_lines(line: str, adoption: Adoption) -> None:
    raw = UN_OLD.replace(
        "Adopted at the 3993rd meeting by 13 votes to none, with 2 abstentions (A, B).", line
    )
    assert block(raw).adoption == adoption


def _gold_cases() -> list[tuple[Path, Path]]:
    out = []
    for folder, texts in (("gold", "seeds"), ("gold-unsc", "unsc")):
        for yml in sorted((CORPUS / folder).glob("*.yaml")):
            out.append((yml, CORPUS / texts / f"{yml.stem}.txt"))
    return out


def test_gold_title_blocks(corpus: Path) -> None:
    from communique import read

    for yml, path in _gold_cases():
        source = read(str(path))
        text = clean(source)
        docs = yaml.safe_load(yml.read_text(encoding="utf-8"))["documents"]
        for (a, b), doc in zip(split(text), docs, strict=True):
            clauses = segment(text, a, b)
            tb = title_block(text, a, b, clauses, doc["doc_type"])
            name = f"{yml.stem} {doc.get('symbol')}"
            for field in ("symbol", "document_symbol", "body", "issuer", "level", "chair"):
                if field in doc:
                    assert getattr(tb, field) == doc[field], (name, field)
            if "session" in doc:
                got = to_json(tb.session)
                assert {k: got[k] for k in doc["session"]} == doc["session"], name
            if "venue" in doc:
                assert to_json(tb.venue) == doc["venue"], name
            if "date" in doc:
                want = {k: (str(v) if v else None) for k, v in doc["date"].items()}
                got = to_json(tb.dates) or {"start": None}
                assert {k: got[k] for k in want} == want, name
            if "attendees" in doc:
                assert sorted(tb.attendees) == sorted(doc["attendees"]), name
            if "adoption" in doc:
                ad = tb.adoption
                assert ad is not None
                got = {"meeting": ad.meeting, "for": ad.votes_for, "against": ad.against,
                       "abstaining": ad.abstaining, "unanimous": ad.unanimous}  # fmt: skip
                assert {k: got[k] for k in doc["adoption"]} == doc["adoption"], name


@pytest.mark.parametrize(
    ("sentence", "venue"),
    [
        ("The Contact Group met in Velmont on 14 May 2025.", Venue("Velmont", None)),
        ("The meeting was held in the holy city of Makkah.", Venue("Mecca", "SAU")),
        ("The Council met in Kuala Lumpur, Malaysia, on 2 May 2025.", Venue("Kuala Lumpur", "MYS")),
        ("The situation in Kashmir was discussed.", None),
    ],
)
def test_venue_in_a_sentence(sentence: str, venue: Venue | None) -> None:
    assert block(f"Press Release\n\n{sentence}\n").venue == venue


@pytest.mark.parametrize(
    "raw",
    ["", "x", "RESOLUTION NO.\n\n", "Resolution 12345678 (99999)\n", "held in , on", "(" * 500],
)
def test_odd_text_gives_an_empty_block(raw: str) -> None:
    tb = block(raw)
    assert (tb.symbol, tb.dates, tb.venue, tb.adoption) == (None, None, None, None)


def test_a_text_without_paragraph_breaks_is_read_in_bounded_time() -> None:
    import time

    raw = "Resolution 1 (1946)\n\n" + "1 2 3 4 5 l1 I2 May June. " * 4000
    t0 = time.perf_counter()
    block(raw)
    assert time.perf_counter() - t0 < 2.0


@pytest.mark.parametrize(
    ("lines", "expected"),
    [
        (["RESOLUTION NO. 2/34-P", "ON THE TEST"], "On the Test"),
        (["RESOLUTION NO. 4/12-POL ON THE MARROW BASIN"], "On the Marrow Basin"),
        # a line naming the kind of document wins over the issuer above it
        (
            ["CONCORD OF STATES", "Contact Group", "DECLARATION ON THE ANNIVERSARY", "Halcyra"],
            "Declaration on the Anniversary",
        ),
        # after a bare label, the headline below it; an issuing office is no title
        (
            ["Permanent Mission of X", "Halcyra", "Press Release", "Meeting of the Members"],
            "Meeting of the Members",
        ),
        # UN heading lines are never a title
        (["Resolution 201 (1965)", "of 19 March 1965", "[S/4258 and Add.1]"], None),
        (["UNITED NATIONS", "Security Council", "Distr. GENERAL", "The Security Council."], None),
        (["Adopted by the Security Council at its 3122nd meeting, on 9 October 1992"], None),
        (
            ["80/4. Cooperation between the United Nations and the League"],
            "Cooperation between the United Nations and the League",
        ),
        (["SUR LA SITUATION DANS LA RÉGION"], "Sur la Situation dans la Région"),
    ],
)
def test_title(lines: list[str], expected: str | None) -> None:
    at, placed = 0, []
    for line in lines:
        placed.append((line, at))
        at += len(line) + 2
    taken = []
    if found := symbols.oic_symbol(lines[0]):
        taken.append((found.start, found.end))
    got = symbols.title(placed, taken)
    assert (got.value if got else None) == expected
