"""Dates and ranges as printed, with offsets; Hijri dates checked against the Gregorian."""

from __future__ import annotations

from pathlib import Path

import pytest

from communique.extract import dates
from communique.extract.dates import (
    find_dates,
    first_date,
    first_date_after,
    leading_date,
    month_number,
)

# (text, [(as printed, first, last)])
ROWS = [
    ("held on 15 May 2007 in the capital", [("15 May 2007", "2007-05-15", "2007-05-15")]),
    ("from 15-17 May 2007;", [("15-17 May 2007", "2007-05-15", "2007-05-17")]),
    ("from 15 – 17 May 2007;", [("15 – 17 May 2007", "2007-05-15", "2007-05-17")]),
    ("30 May - 2 June 2007", [("30 May - 2 June 2007", "2007-05-30", "2007-06-02")]),
    (
        "from 30 December 2007 to 2 January 2008",
        [("30 December 2007 to 2 January 2008", "2007-12-30", "2008-01-02")],
    ),
    ("Halcyra - September 20, 2023", [("September 20, 2023", "2023-09-20", "2023-09-20")]),
    ("May 15-17, 2007", [("May 15-17, 2007", "2007-05-15", "2007-05-17")]),
    ("on 20.09.2023.", [("20.09.2023", "2023-09-20", "2023-09-20")]),
    ("dated 2023-09-20", [("2023-09-20", "2023-09-20", "2023-09-20")]),
    ("Thursday, 2nd of June 2022", [("2nd of June 2022", "2022-06-02", "2022-06-02")]),
    ("Resolution of l7 January l948", [("l7 January l948", "1948-01-17", "1948-01-17")]),
    ("of 3 Apri] 1991", [("3 Apri] 1991", "1991-04-03", "1991-04-03")]),
    ("of 15 August. 1991", [("15 August. 1991", "1991-08-15", "1991-08-15")]),
    # French
    ("le 15 mai 2007", [("15 mai 2007", "2007-05-15", "2007-05-15")]),
    ("le 1er juin 2007", [("1er juin 2007", "2007-06-01", "2007-06-01")]),
    ("du 15 au 17 mai 2007", [("15 au 17 mai 2007", "2007-05-15", "2007-05-17")]),
    ("le 4 décembre 2002", [("4 décembre 2002", "2002-12-04", "2002-12-04")]),
    ("le 1er juin", [("1er juin", None, None)]),
    # two dates, not a range
    (
        "3 April 1991 and 4 mars 2020",
        [("3 April 1991", "1991-04-03", "1991-04-03"), ("4 mars 2020", "2020-03-04", "2020-03-04")],
    ),
    # no dates
    ("paragraph 1 may be read", []),
    ("resolution 2250 (2015) and in June 2018", []),
    ("31 June 2020", []),
]


@pytest.mark.parametrize(("text", "expected"), ROWS)
def test_find_dates(text: str, expected: list[tuple[str, str | None, str | None]]) -> None:
    found = find_dates(text)
    assert [(d.text, d.first, d.last) for d in found] == expected
    for d in found:
        assert text[d.start : d.end] == d.text


# (text, hijri as printed, Gregorian first, last, Hijri converted first, mismatch)
HIJRI = [
    (
        "from 23-25 Sha'ban 1445 A.H (4-6 March 2024);",
        "23-25 Sha'ban 1445",
        ("2024-03-04", "2024-03-06"),
        "2024-03-04",
        False,
    ),
    (
        "on 1 Ramadan 1445 AH (11 March 2024)",
        "1 Ramadan 1445",
        ("2024-03-11", "2024-03-11"),
        "2024-03-11",
        False,
    ),
    (
        "10 Dhul Hijjah 1444 H corresponding to 28 June 2023",
        "10 Dhul Hijjah 1444",
        ("2023-06-28", "2023-06-28"),
        "2023-06-28",
        False,
    ),
    (
        "12 Rabi' al-Awwal 1445 (27 September 2023)",
        "12 Rabi' al-Awwal 1445",
        ("2023-09-27", "2023-09-27"),
        "2023-09-27",
        False,
    ),
    (  # printed one day off: reported, the Gregorian kept
        "23 Sha'ban 1445 A.H (5 March 2024)",
        "23 Sha'ban 1445",
        ("2024-03-05", "2024-03-05"),
        "2024-03-04",
        True,
    ),
    (  # a Hijri date alone is converted
        "on 1 Muharram 1446",
        "1 Muharram 1446",
        ("2024-07-07", "2024-07-07"),
        "2024-07-07",
        False,
    ),
]


@pytest.mark.parametrize(("text", "hijri", "greg", "converted", "mismatch"), HIJRI)
def test_hijri(
    text: str, hijri: str, greg: tuple[str, str], converted: str, mismatch: bool
) -> None:
    (d,) = find_dates(text)
    assert d.hijri == hijri
    assert (d.first, d.last) == greg
    assert d.hijri_first == converted
    assert d.mismatch is mismatch
    assert d.converted is (text == "on 1 Muharram 1446")


@pytest.mark.parametrize(
    "spelling",
    ["Rabi Al-Thani", "Rabi' al-Akhir", "Rabi II", "RABI AL THANI", "Rabi Al Thani"],
)
def test_hijri_month_spellings(spelling: str) -> None:
    (d,) = find_dates(f"28 {spelling} 1428")
    assert d.hijri_first == "2007-05-15"


def test_default_year_and_first_date() -> None:
    (d,) = find_dates("le 1er juin", default_year=2007)
    assert d.first == "2007-06-01"
    found = first_date("Adopted on 9 October 1992 at the meeting")
    assert found is not None and found.first == "1992-10-09"
    assert month_number("Déc.") == 12 and month_number("Sept") == 9 and month_number("x") is None


@pytest.mark.parametrize(
    ("window", "year"),
    [
        ("4 March 1964, and 187 (1964)", None),
        ("4 March, the", 1964),
        ("31 June 1964 on", None),
        ("the 4 March 1964", None),
        ("May 15-17, 2007 in", None),
        ("march 4 and", None),
        ("23-25 Sha'ban 1445 A.H (4-6 March 2024)", None),
        ("Sha'ban 1445 (4 March 2024)", None),
        ("", None),
    ],
)
def test_leading_date_reads_as_find_dates(window: str, year: int | None) -> None:
    found = find_dates(window, year)
    assert leading_date(window, year) == (found[0] if found and found[0].start == 0 else None)


@pytest.mark.parametrize(
    ("line", "at"),
    [
        ("Resolution 205 (1965) of 22 May 1965", 21),
        ("Adopted by the Security Council at its 1382nd meeting, on 22 November 1967", 7),
        ("of 22 May 1965", 5),  # inside the date: the rest is read on its own
        ("of 22 May 1965", 4),  # inside "22": no word boundary at the cut in the whole line
        ("on 31 June 1964 and 4 March 1964", 3),  # a dropped match runs across the cut
        ("23-25 Sha'ban 1445 A.H (4-6 March 2024)", 0),
        ("23-25 Sha'ban 1445 A.H (4-6 March 2024)", 24),
        ("no date here", 3),
        ("4 March 1964", 12),
    ],
)
def test_first_date_after_reads_as_first_date_of_the_rest(line: str, at: int) -> None:
    rest = first_date(line[at:])
    expected = rest._replace(start=rest.start + at, end=rest.end + at) if rest else None
    assert first_date_after(line, at) == expected


TRICKY = [
    "Apri] l7, 2009 and 123 May 2007, 2007-05-15 or 12007-05-15",
    "on l9 and 2l June 2O07; 1O May; I5 March 1999",
    "May15 2007, 15May 2007, x15 May 2007, 15 Mayday 2007",
    "dated 20.09.2023. and 1-2 June 2010 - 30 May - 2 June 2007",
    "Resolution 1325 (2000) of 31 October 2000 ² 15 May 2007",
]


def test_date_starts_found_in_reverse_are_the_plain_ones(corpus: Path) -> None:
    """``_gregorian_matches`` finds where a date can start in the reversed text
    (fast): it must try the pattern exactly where ``_START`` says (plain)."""
    texts = [row[0] for row in ROWS] + TRICKY
    texts += [p.read_text(encoding="utf-8") for p in sorted((corpus / "unsc").glob("*.txt"))[::9]]
    rx = dates._gregorian_re()

    def plain(text: str) -> list[tuple[int, int]]:
        spans: list[tuple[int, int]] = []
        for start in dates._START.finditer(text):
            if (not spans or start.start() >= spans[-1][1]) and (
                m := rx.match(text, start.start())
            ):
                spans.append(m.span())
        return spans

    for text in texts:
        assert [m.span() for m in dates._gregorian_matches(text)] == plain(text), text[:80]
