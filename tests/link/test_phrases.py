"""Phrase history: counts per year and body, and the clauses behind them."""

from __future__ import annotations

from pathlib import Path

from tests.link.records import record

from communique.charts import bar_chart
from communique.extract import extract
from communique.ingest import read
from communique.link.phrases import phrase_history, phrase_words


def test_hyphens_and_punctuation_do_not_matter() -> None:
    assert phrase_words("Self-determination") == ("self", "determination")
    assert phrase_words("5 August, 2019") == ("5", "august", "2019")


def test_counts_clauses_per_year_and_body_with_the_clauses_behind() -> None:
    a = record(
        "a",
        ["Recalling the right to self-determination;"],
        ["Affirms self determination."],
        date="2020-01-01",
        body="Council",
    )
    b = record(
        "b",
        [],
        ["Calls for self-rule.", "Notes the self-determination of peoples."],
        date="2021-05-01",
        body="Assembly",
    )
    h = phrase_history([a, b], "self-determination")
    assert h.by_year == ((2020, 2), (2021, 1))
    assert h.by_body == (("Council", 2), ("Assembly", 1))
    assert h.by_year_body == ((2020, "Council", 2), (2021, "Assembly", 1))
    assert [(o.record, o.clause) for o in h.occurrences] == [("a", "P1"), ("a", "O1"), ("b", "O2")]
    assert "self-determination" in h.occurrences[0].snippet


def test_a_date_phrase_matches_that_order_only() -> None:
    a = record(
        "a",
        [],
        ["Rejects the measures of 5 August 2019.", "Recalls August 5, 2019."],
        date="2023-01-01",
    )
    h = phrase_history([a], "5 August 2019")
    assert [o.clause for o in h.occurrences] == ["O1"]


def test_self_determination_on_the_seeds(corpus: Path) -> None:
    records = [r for p in sorted((corpus / "seeds").glob("*.txt")) for r in extract(read(str(p)))]
    h = phrase_history(records, "self-determination")
    assert h.by_year == ((2007, 3), (2023, 4), (2025, 2))
    behind = {(o.year, o.symbol, o.clause) for o in h.occurrences}
    assert (2007, "2/34-P", "O3") in behind
    assert (2023, None, "O5.vii") in behind
    assert all("determination" in o.snippet for o in h.occurrences)


def test_bar_chart_is_an_svg_with_labelled_axes_and_escaped_labels() -> None:
    svg = bar_chart([("2007", 3), ("<b>", 1)], title="t & u", x_label="Year", y_label="Clauses")
    assert svg.startswith("<svg") and svg.endswith("</svg>")
    assert ">Year</text>" in svg and ">Clauses</text>" in svg
    assert "&lt;b&gt;" in svg and "<b>" not in svg and "t &amp; u" in svg
    assert svg.count("<rect") == 3  # background and two bars
