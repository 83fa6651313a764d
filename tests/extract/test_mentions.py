"""Dates, months, bare years and relative dates mentioned in a text (extract.mentions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.evaluate import evaluate
from communique.extract.mentions import find_date_mentions, mentioned, mismatched, unresolved
from communique.models import DateMention, OffsetMap, Text

Shown = tuple[str, str, str | None, str]  # text, start, end, precision


def found(s: str, date: str | None = None) -> tuple[DateMention, ...]:
    return find_date_mentions(Text(s, OffsetMap()), 0, len(s), document_date=date)


def shown(s: str, date: str | None = None) -> list[Shown]:
    return [(m.text, m.start, m.end, m.precision) for m in found(s, date)]


TABLE: list[tuple[str, list[Shown]]] = [
    # English forms
    ("held on 20 September 2023 in", [("20 September 2023", "2023-09-20", None, "day")]),
    ("on September 20, 2023, the", [("September 20, 2023", "2023-09-20", None, "day")]),
    ("dated 20.09.2023", [("20.09.2023", "2023-09-20", None, "day")]),
    ("on 2023-09-20", [("2023-09-20", "2023-09-20", None, "day")]),
    ("on 8th October 2005", [("8th October 2005", "2005-10-08", None, "day")]),
    # ranges: within a month, across months, across years, month-first
    ("held in Srinagar on 22-24 May 2023", [("22-24 May 2023", "2023-05-22", "2023-05-24", "day")]),
    ("from 30 May - 2 June 2007", [("30 May - 2 June 2007", "2007-05-30", "2007-06-02", "day")]),
    (
        "from 30 December 2007 - 2 January 2008",
        [("30 December 2007 - 2 January 2008", "2007-12-30", "2008-01-02", "day")],
    ),
    ("on May 15-17, 2007", [("May 15-17, 2007", "2007-05-15", "2007-05-17", "day")]),
    # slashed dates: only when one reading alone is valid
    ("signed 20/09/2023", [("20/09/2023", "2023-09-20", None, "day")]),
    ("signed 09/20/2023", [("09/20/2023", "2023-09-20", None, "day")]),
    ("signed 05/05/2023", [("05/05/2023", "2023-05-05", None, "day")]),
    ("signed 05/06/2023", []),
    # French
    ("réunie le 15 mai 2007", [("15 mai 2007", "2007-05-15", None, "day")]),
    ("le 1er juin 2007 à Paris", [("1er juin 2007", "2007-06-01", None, "day")]),
    ("depuis le 5 août 2019,", [("5 août 2019", "2019-08-05", None, "day")]),
    ("du 15 au 17 mai 2007", [("15 au 17 mai 2007", "2007-05-15", "2007-05-17", "day")]),
    ("les rapports de juin 2018 et des", [("juin 2018", "2018-06", None, "month")]),
    # months
    (
        "reports issued in June 2018 and July 2019,",
        [
            ("June 2018", "2018-06", None, "month"),
            ("July 2019", "2019-07", None, "month"),
        ],
    ),
    ("in March 2007 and", [("March 2007", "2007-03", None, "month")]),
    (
        "from December 2006 - January 2007",
        [
            ("December 2006 - January 2007", "2006-12", "2007-01", "month"),
        ],
    ),
    (
        "in June and July 2019",
        [
            ("June", "2019-06", None, "month"),
            ("July 2019", "2019-07", None, "month"),
        ],
    ),
    ("during January-March 2007", [("January-March 2007", "2007-01", "2007-03", "month")]),
    ("elections in April/May 1993 in", [("April/May 1993", "1993-04", "1993-05", "month")]),
    ("you may 2000 times", []),
    # bare years, and numbers that are not years
    (
        "held in Casablanca in 1994 and Islamabad in 1997 and all",
        [
            ("1994", "1994", None, "year"),
            ("1997", "1997", None, "year"),
        ],
    ),
    ("over the years 2018-2019,", [("2018-2019", "2018", "2019", "year")]),
    ("Recalling its resolution 2250 (2015) and", []),
    (
        "its resolution 38 (1948) of 17 January 1948",
        [("17 January 1948", "1948-01-17", None, "day")],
    ),
    ("resolutions 1325 (2000), 1820 (2008) and 1888 (2009)", []),
    (
        "resolution 868 1993 of 29 September 1993",
        [
            ("29 September 1993", "1993-09-29", None, "day"),
        ],
    ),
    ("resolutions 1807 (XVII) of 1962", [("1962", "1962", None, "year")]),
    ("document S/2049, page 1999 and paragraph 2001", []),
    ("some 2000 troops and 1900 refugees", []),
    ("symbol OIC-CFM-51\\2025-CG-J&K", []),
    # a date printed without a year: the resolution's year, or the list's
    (
        "resolutions 186 (1964) of 4 March, 187 (1964) of 13 March and 198 (1964) of"
        " 18 December 1964",
        [
            ("4 March", "1964-03-04", None, "day"),
            ("13 March", "1964-03-13", None, "day"),
            ("18 December 1964", "1964-12-18", None, "day"),
        ],
    ),
    (
        "on 4 March, 13 March and 18 December 1964",
        [
            ("4 March", "1964-03-04", None, "day"),
            ("13 March", "1964-03-13", None, "day"),
            ("18 December 1964", "1964-12-18", None, "day"),
        ],
    ),
]


@pytest.mark.parametrize(("text", "want"), TABLE)
def test_table(text: str, want: list[Shown]) -> None:
    assert shown(text) == want


def test_hijri_converted_and_gregorian_beside() -> None:
    s = "held in Islamabad from 28-30 Rabi Al-Thani 1428 A.H (15-17 May 2007);"
    hijri, greg = found(s)
    assert (hijri.text, hijri.calendar) == ("28-30 Rabi Al-Thani 1428", "hijri")
    assert (hijri.start, hijri.end) == ("2007-05-15", "2007-05-17")  # Umm al-Qura, exact
    assert (greg.text, greg.calendar, greg.start) == ("15-17 May 2007", "gregorian", "2007-05-15")


def test_hijri_disagreeing_with_the_date_beside_is_a_problem() -> None:
    agree = found("from 28-30 Rabi Al-Thani 1428 A.H (15-17 May 2007);")
    assert mismatched(agree) == ()
    disagree = found("from 28-30 Rabi Al-Thani 1428 A.H (16-18 May 2007);")
    (problem,) = mismatched(disagree)
    assert problem.code == "hijri_mismatch"
    assert {m.start for m in disagree} == {"2007-05-15", "2007-05-16"}  # both kept


def test_hijri_alone() -> None:
    (m,) = found("on 1 Ramadan 1440 H, the")
    assert (m.calendar, m.start) == ("hijri", "2019-05-06")


def test_split_ordinal_rejoined_by_the_cleaner() -> None:
    from communique import clean
    from communique.models import Source

    raw = "struck on          8\n\nth\n October 2005. "
    text = clean(Source("x.txt", "text/plain", raw, "0" * 64, len(raw)))
    ms = find_date_mentions(text, 0, len(text.text), document_date=None)
    assert [(m.start, m.precision) for m in ms] == [("2005-10-08", "day")]


@pytest.mark.parametrize(
    ("text", "date", "want"),
    [
        ("The OIC on Thursday said", "2019-05-31", "2019-05-30"),  # a Friday's report
        ("The OIC on Friday said", "2019-05-31", "2019-05-31"),
        ("They met last Friday", "2019-05-31", "2019-05-24"),
        ("They will meet on Monday", "2019-05-31", "2019-06-03"),
        ("Earlier in the day, the group", "2023-02-03", "2023-02-03"),
        ("He said yesterday that", "2023-02-03", "2023-02-02"),
        ("talks tomorrow", "2023-02-03", "2023-02-04"),
        ("met last week", "2019-05-31", "2019-W21"),
        ("report last month", "2019-05-31", "2019-04"),
        ("elections this year", "2019-05-31", "2019"),
        ("Le Groupe s'est réuni hier", "2019-05-31", "2019-05-30"),
        ("réuni jeudi dernier", "2019-05-31", "2019-05-30"),
        ("la semaine dernière", "2019-05-31", "2019-W21"),
    ],
)
def test_relative_resolved(text: str, date: str, want: str) -> None:
    (m,) = found(text, date)
    assert m.relative and m.start == want


def test_relative_without_document_date_is_kept_and_flagged() -> None:
    ms = found("The OIC on Thursday said", None)
    assert [(m.text, m.start, m.relative) for m in ms] == [("on Thursday", "", True)]
    (problem,) = unresolved(ms)
    assert problem.code == "relative_date_unresolved" and problem.span == ms[0].span


def test_weekday_of_a_printed_date_is_not_relative() -> None:
    assert shown("on Friday, 31 May 2019", "2019-06-01") == [
        ("31 May 2019", "2019-05-31", None, "day")
    ]


def test_over_the_last_year_is_a_duration() -> None:
    assert found("progress over the last year", "2019-05-31") == ()


def test_view_values() -> None:
    ms = found(
        "on 22-24 May 2023, in June 2018, in 1994, on Thursday and 4 March",
        "2023-06-02",
    )
    assert mentioned(ms, "day") == ["2023-03-04", "2023-05-22", "2023-05-24"]
    assert mentioned(ms, "month") == ["2018-06"]
    assert mentioned(ms, "year") == ["1994"]  # relative dates are not "mentioned" values


def test_spans_point_at_the_text() -> None:
    s = "Recalling the meetings on 25 September 2019 and 22 June 2020,"
    for m in found(s):
        assert s[m.span.start : m.span.end] == m.text


def test_gold_dates_f1(corpus: Path) -> None:
    for gold, texts in (("gold", "seeds"), ("gold-unsc", "unsc")):
        ev = evaluate(corpus / gold, corpus / texts)
        for field in ("dates_mentioned", "months_mentioned", "years_mentioned"):
            score = ev.field(field)
            if score.tp + score.fn:
                assert score.f1 is not None and score.f1 >= 0.95, (gold, field, score)
