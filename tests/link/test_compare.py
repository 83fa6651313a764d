"""compare: clause pairs as tables of (a, b, expected), the gold comparison
of two Cyprus renewals, changes of force, HTML and the CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner, Result
from tests.conftest import seed
from tests.link.records import record

from communique import extract, read
from communique.cli import main
from communique.link import Comparison, compare, compare_html, compare_text
from communique.link.words import normal_form, word_diff
from communique.models import from_json, to_json

# (a, b, kept, removed, added)
PAIRS: list[tuple[str, str, bool, tuple[str, ...], tuple[str, ...]]] = [
    ("Calls upon all States to comply;", "Calls upon all States to comply;", True, (), ()),
    ("Calls upon\nall  States to\ncomply;", "Calls upon all States to comply;", True, (), ()),
    (  # footnote markers
        "Noting the report of the Secretary-General 4\nrecommends the Force,",
        "Noting the report of the Secretary-General 7 recommends the Force,",
        True,
        (),
        (),
    ),
    (
        "Takes note of the report of the Secretary-General; 4",
        "Takes note of the report of the Secretary-General; 7",
        True,
        (),
        (),
    ),
    (
        "the so-called “peace plan” of ‘the Group’",
        "the so-called \"peace plan\" of 'the Group'",
        True,
        (),
        (),
    ),
    ("while the military situation", "while. the military situation", True, (), ()),  # OCR noise
    ("Peace and security", "peace, security", True, (), ()),  # case, a folded word
    (
        "for an additional period of three months, ending 26 June 1965.",
        "for an additional period of six months, ending 26 December 1965.",
        False,
        ("three", "June"),
        ("six", "December"),
    ),
    (
        "Reaffirms its resolutions 1 (2001) and 2 (2002) and the consensus",
        "Reaffirms its resolutions 1 (2001), 2 (2002) and 3 (2003) and the consensus",
        False,
        (),
        ("3 (2003)",),
    ),
    (
        "of 4 March and 198 (1964) of 18 December 1964,",
        "of 4 March and 198 (1964) of 18 December 1964 and 201 (1965) of 19 March 1965,",
        False,
        (),
        ("201 (1965) of 19 March 1965",),
    ),
    (
        "Calls upon the parties concerned to act with restraint",
        "Calls upon the parties concerned to continue to act with restraint",
        False,
        (),
        ("continue to",),
    ),
    (
        "established under resolution 186 (1964)",
        "established under resolution 187 (1964)",
        False,
        ("186",),
        ("187",),
    ),
    ("Phase 2 of the plan", "Phase 3 of the plan", False, ("2",), ("3",)),  # not a footnote
    (
        "Decides that the mandate shall be extended",
        "Decides that the mandate shall not be extended",
        False,
        (),
        ("not",),
    ),
    ("States and organisations", "States or organisations", False, (), ("or",)),
    (
        "Requests the Secretary-General to report",
        "Also requests the Secretary-General to report",
        False,
        (),
        ("Also",),
    ),
]


@pytest.mark.parametrize(("a", "b", "kept", "removed", "added"), PAIRS)
def test_word_differences(
    a: str, b: str, kept: bool, removed: tuple[str, ...], added: tuple[str, ...]
) -> None:
    diff = word_diff(a, b)
    assert (not diff.edits) is kept
    assert diff.removed == removed
    assert diff.added == added


def test_markup_words_count_as_words() -> None:
    diff = word_diff("Urges India to <b>stop</b>", "Urges India to stop")
    assert diff.removed == ("b", "b")


def test_normal_form_drops_layout_only() -> None:
    assert (
        normal_form("the Secretary-General 4\nrecommends  the “Force”")
        == 'the Secretary-General recommends the "Force"'
    )
    assert normal_form("resolution 186 (1964)") == "resolution 186 (1964)"


# ------------------------------------------------------------------ alignment

A = record(
    "a",
    [
        "Recalling its resolution 1 (2001) on the situation in the region,",
        "Noting with concern the reports of violence in the north,",
    ],
    [
        "Calls upon all parties to respect the ceasefire agreed at Geneva;",
        "Requests the Secretary-General to report within three months;",
        "Decides to remain seized of the matter.",
    ],
)
B = record(
    "b",
    ["Recalling its resolution 1 (2001) on the situation in the region,"],
    [
        "Welcomes the agreement on humanitarian access signed last week by both sides;",
        "Calls upon all parties to respect the ceasefire agreed at Geneva;",
        "Requests the Secretary-General to report within six months;",
        "Decides to remain seized of the matter.",
    ],
)


def test_alignment_kept_changed_added_dropped() -> None:
    c = compare(A, B)
    assert [(p.name, p.status) for p in c.pairs] == [
        ("P1", "kept"),
        ("P2", "dropped"),
        ("O1", "added"),
        ("O1→O2", "kept"),
        ("O2→O3", "changed"),
        ("O3→O4", "kept"),
    ]
    assert c.named("O2→O3").removed == ("three",)
    assert (c.tally.kept, c.tally.changed, c.tally.added, c.tally.dropped) == (3, 1, 1, 1)


def test_a_moved_clause_is_paired_out_of_order() -> None:
    clauses = [
        "Calls upon all parties to respect the ceasefire agreed at Geneva;",
        "Requests the Secretary-General to report within three months;",
        "Decides to remain seized of the matter.",
    ]
    c = compare(
        record("a", [], list(clauses)), record("b", [], [clauses[2], clauses[0], clauses[1]])
    )
    assert [(p.name, p.status, p.moved) for p in c.pairs] == [
        ("O3→O1", "kept", True),
        ("O1→O2", "kept", False),
        ("O2→O3", "kept", False),
    ]


def test_sub_items_are_compared_within_their_clause() -> None:
    from dataclasses import replace

    from tests.link.records import NOWHERE

    from communique.models import Clause

    def with_items(rid: str, items: list[str]) -> object:
        base = record(rid, [], ["Decides the following measures:"])
        parent = replace(
            base.clauses[0],
            items=tuple(
                Clause("item", k, t, NOWHERE, number=f"({n})")
                for k, (n, t) in enumerate(zip("abc", items, strict=False), 1)
            ),
        )
        return replace(base, clauses=(parent,))

    a = with_items("a", ["to freeze the assets of the leaders", "to ban travel of the leaders"])
    b = with_items(
        "b",
        ["to freeze the assets of the leaders and their families", "to ban travel of the leaders"],
    )
    c = compare(a, b)  # type: ignore[arg-type]
    assert [(p.name, p.status, p.parent) for p in c.pairs] == [
        ("O1", "kept", None),
        ("O1.a", "changed", "O1"),
        ("O1.b", "kept", "O1"),
    ]
    assert c.named("O1.a").added == ("their families",)


# ------------------------------------------------------------------ force


@pytest.mark.parametrize(
    ("act_a", "act_b", "force"),
    [
        ("call", "demand", "hardened"),
        ("demand", "call", "softened"),
        ("request", "urge", "hardened"),
        ("call", "call", None),
        ("note", "demand", None),
    ],
)
def test_change_of_force(act_a: str, act_b: str, force: str | None) -> None:
    a = record("a", [], [("Calls upon India to withdraw its forces from the area;", act_a)])
    b = record("b", [], [("Demands that India withdraw its forces from the area;", act_b)])
    c = compare(a, b)
    (pair,) = c.pairs
    assert pair.force == force
    assert (c.tally.hardened, c.tally.softened) == (
        (force == "hardened") * 1,
        (force == "softened") * 1,
    )


# ------------------------------------------------------------------ gold


def unsc(corpus: Path, name: str) -> Path:
    return corpus / "unsc" / name


def test_gold_comparison_of_two_cyprus_renewals(corpus: Path) -> None:
    gold = yaml.safe_load(
        (corpus / "gold-compare" / "S_RES_0201-0206.yaml").read_text(encoding="utf-8")
    )
    (a,) = extract(read(str(corpus / gold["a"])))
    (b,) = extract(read(str(corpus / gold["b"])))
    c = compare(a, b)
    assert [p.name for p in c.of_status("kept")] == gold["kept"]
    assert {p.name for p in c.of_status("changed")} == set(gold["changed"])
    for name, want in gold["changed"].items():
        pair = c.named(name)
        if "removed" in want or "added" in want:
            assert list(pair.removed) == [str(w) for w in want.get("removed", [])], name
            assert list(pair.added) == [str(w) for w in want.get("added", [])], name
    assert [p.name for p in c.of_status("added")] == gold["added"]
    assert [p.name for p in c.of_status("dropped")] == gold["dropped"]
    assert c.named("P3").similarity < 0.8  # the second half is reworded
    assert all(p.force is None for p in c.pairs)


def test_comparison_round_trips_through_json() -> None:
    c = compare(A, B)
    data = json.loads(json.dumps(to_json(c)))
    assert from_json(Comparison, data) == c


# ------------------------------------------------------------------ renderings


def test_terminal_text_marks_changes_without_colour() -> None:
    text = compare_text(compare(A, B))
    assert "O2→O3 changed" in text
    assert "[-three-] {+six+}" in text
    assert "P2  Noting with concern" in text
    assert text.splitlines()[-1] == "3 kept, 1 changed, 1 added, 1 dropped; changes of force: none"


def test_html_escapes_document_text_and_marks_words() -> None:
    a = record(
        "a",
        [],
        [
            "Requests the <script>alert('x')</script> Secretary-General"
            " to report within three months;"
        ],
    )
    b = record(
        "b",
        [],
        ["Requests the <script>alert('x')</script> Secretary-General to report within six months;"],
        symbol="<img src=x onerror=alert(1)>",
    )
    page = compare_html(compare(a, b))
    assert "<script>" not in page and "<img" not in page
    assert "&lt;script&gt;" in page
    assert "<del>three</del>" in page and "<ins>six</ins>" in page
    assert page.startswith("<!DOCTYPE html>") and "http" not in page


# ------------------------------------------------------------------ CLI


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_compare_has_help_with_an_example() -> None:
    result = run("compare", "--help")
    assert result.exit_code == 0
    assert "Examples:" in result.output and "communique compare" in result.output


def test_compare_two_files(corpus: Path, tmp_path: Path) -> None:
    page = tmp_path / "diff.html"
    a, b = unsc(corpus, "S_RES_0201_1965_EN_GOLD.txt"), unsc(corpus, "S_RES_0206_1965_EN_GOLD.txt")
    result = run("compare", str(a), str(b), "--html", str(page))
    assert result.exit_code == 0, result.output
    assert "O5 changed" in result.stdout and "O2 kept" in result.stdout
    assert "[-three-] {+six+}" in result.stdout
    assert "3 kept, 7 changed, 0 added, 0 dropped" in result.stdout
    assert "<ins>six</ins>" in page.read_text(encoding="utf-8")
    as_json = json.loads(run("compare", str(a), str(b), "--json").stdout)
    assert as_json["tally"]["changed"] == 7


def test_compare_picks_a_document_of_a_file_with_hash_n(corpus: Path) -> None:
    path = seed("004")
    if len(extract(read(str(path)))) < 2:
        pytest.skip("the seed no longer splits into two documents")
    result = run("compare", f"{path}#1", f"{path}#2")
    assert result.exit_code == 0, result.output
    assert "kept" in result.stdout or "changed" in result.stdout or "added" in result.stdout
    ambiguous = CliRunner().invoke(main, ["compare", str(path), f"{path}#1"])
    assert ambiguous.exit_code == 1 and "#1" in ambiguous.output


def test_compare_ids_in_the_store(corpus: Path, tmp_path: Path) -> None:
    db = tmp_path / "dossier.db"
    a, b = unsc(corpus, "S_RES_0201_1965_EN_GOLD.txt"), unsc(corpus, "S_RES_0206_1965_EN_GOLD.txt")
    assert run("ingest", str(a), str(b), "--db", str(db)).exit_code == 0
    ids = {r["symbol"]: r["id"] for r in json.loads(run("list", "--json", "--db", str(db)).stdout)}
    result = run("compare", ids["201 (1965)"][:8], ids["206 (1965)"], "--db", str(db))
    assert result.exit_code == 0, result.output
    assert "P4 changed" in result.stdout and "{+201 (1965) of 19 March 1965+}" in result.stdout
    missing = CliRunner().invoke(main, ["compare", "ffffffff", ids["206 (1965)"], "--db", str(db)])
    assert missing.exit_code == 1 and missing.output.count("\n") == 1
