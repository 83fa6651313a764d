"""lineage: an invented series whose clauses evolve, and the Cyprus renewals."""

from __future__ import annotations

import re
from pathlib import Path

from tests.link.records import record

from communique import extract, read
from communique.link import Ancestry, lineage
from communique.models import Record

CEASEFIRE = (
    "the parties respect the ceasefire agreed at Geneva and refrain from all acts of violence;"
)
R2001 = record(
    "r2001",
    ["Recalling the agreement concluded at Geneva between the parties in March 2000,"],
    [
        (
            "Calls upon "
            + CEASEFIRE.replace("respect", "to respect").replace("refrain", "to refrain"),
            "call",
        ),
        (
            "Requests the Secretary-General to report within three months"
            " on the situation in the region;",
            "request",
        ),
    ],
    date="2001-03-01",
    symbol="10 (2001)",
    body="Council",
)
R2002 = record(
    "r2002",
    ["Recalling the agreement concluded at Geneva between the parties in March 2000,"],
    [
        ("Demands that " + CEASEFIRE, "demand"),
        (
            "Requests the Secretary-General to report within six months"
            " on the situation in the region;",
            "request",
        ),
        ("Decides to establish a commission of inquiry into the events of last summer;", "decide"),
    ],
    date="2002-03-01",
    symbol="20 (2002)",
    body="Council",
)
R2003 = record(
    "r2003",
    ["Recalling the agreement concluded at Geneva between the parties in March 2000,"],
    [
        ("Demands that " + CEASEFIRE, "demand"),
        (
            "Requests the Secretary-General to report within six months"
            " on the situation in the region and on the work of the commission of inquiry;",
            "request",
        ),
    ],
    date="2003-03-01",
    symbol="30 (2003)",
    body="Council",
)
ELSEWHERE = record(  # the same words from another body: never an ancestor
    "other",
    [],
    [("Demands that " + CEASEFIRE, "demand")],
    date="2000-01-01",
    symbol="1/27-P",
    body="Another Assembly",
)


def by_clause(found: tuple[Ancestry, ...]) -> dict[tuple[str, str], Ancestry]:
    return {(a.record, a.clause): a for a in found}


def test_an_invented_series_evolves() -> None:
    found = by_clause(lineage([R2003, ELSEWHERE, R2001, R2002]))  # any input order
    assert len(found) == 3 + 4 + 3 + 1
    assert all(
        a.ancestor_record is None for (rid, _), a in found.items() if rid in ("r2001", "other")
    )

    demand = found["r2002", "O1"]
    assert (demand.ancestor_record, demand.ancestor_clause, demand.force) == (
        "r2001",
        "O1",
        "hardened",
    )
    assert demand.added == ("Demands that",) and demand.removed == ("Calls upon", "to", "to")

    report = found["r2002", "O2"]
    assert (report.ancestor_record, report.removed, report.added) == ("r2001", ("three",), ("six",))
    assert report.force is None
    assert found["r2002", "O3"].ancestor_record is None  # new in 2002

    # the closest ancestor is the latest near-equal one, not an older original
    again = found["r2003", "O1"]
    assert (again.ancestor_record, again.similarity, again.force) == ("r2002", 1.0, None)
    grown = found["r2003", "O2"]
    assert grown.ancestor_record == "r2002"
    assert grown.added == ("on the work of the commission of inquiry",)  # "and" trimmed
    assert found["r2003", "P1"].ancestor_record == "r2002"


def test_without_a_body_the_series_is_type_and_symbol_family() -> None:
    from dataclasses import replace

    un = [replace(r, body=None) for r in (R2001, R2002)]
    oic = replace(R2001, id="oic", body=None, symbol="2/34-P", date="2000-06-01")
    found = by_clause(lineage([*un, oic]))
    assert found["r2002", "O2"].ancestor_record == "r2001"  # "# (#)" family
    assert found["r2001", "O2"].ancestor_record is None  # "#/#-P" is another family


def test_undated_records_take_no_part() -> None:
    undated = record("undated", [], [R2002.clauses[1].text], symbol="5 (2000)")
    found = by_clause(lineage([undated, R2002]))
    assert found["undated", "O1"].ancestor_record is None
    assert found["r2002", "O2"].ancestor_record is None


# ------------------------------------------------------------------ Cyprus

CYPRUS = re.compile(r"^Extends\b.*\bstationing in Cyprus")


def number(symbol: str | None) -> int:
    m = re.match(r"\s*(\d+)", symbol or "")
    return int(m.group(1)) if m else -1


def test_cyprus_renewals_form_a_lineage(corpus: Path) -> None:
    records: list[Record] = []
    for path in sorted((corpus / "unsc").glob("S_RES_*.txt")):
        if 180 <= int(path.name.split("_")[2]) <= 400:
            records += extract(read(str(path)))
    found = [a for a in lineage(records) if a.kind == "operative" and CYPRUS.search(a.text)]
    chain = [number(a.symbol) for a in found]
    assert chain[:6] == [192, 198, 201, 206, 219, 220]
    assert {186, 187, 194} & set(chain) == set()  # no "Extends the stationing" clause in them
    parents = {number(a.symbol): number(a.ancestor_symbol) for a in found}
    assert parents[192] == -1
    # every renewal's clause descends from an earlier renewal's, mostly the previous one
    assert all(parents[n] in chain[: chain.index(n)] for n in chain[1:])
    previous = sum(1 for k, n in enumerate(chain[1:], 1) if parents[n] == chain[k - 1])
    assert previous >= len(chain) - 3, parents
    for n, p in [(198, 192), (201, 198), (206, 201), (219, 206), (391, 383)]:
        assert parents[n] == p
    assert all(a.similarity >= 0.6 for a in found[1:])
