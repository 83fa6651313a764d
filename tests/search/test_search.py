"""Search through the store: ranking, phrases, filters, snippets, and an index
that is kept in line with the records."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from tests.store.store_records import clause, record, sha

from communique.errors import QueryError
from communique.models import Record
from communique.search.index import FORMAT, STATE_FILE
from communique.store import Store, open_store

LONG = (
    "Expresses its deep concern at the continuing deterioration of the humanitarian "
    "situation in the region, the displacement of civilians and the obstacles to the "
    "delivery of assistance, and underlines that the parties must respect their "
    "obligations under international law, including the obligations concerning the "
    "protection of civilians, and calls once more for an immediate ceasefire."
)


def doc(char: str, doc_type: str, year: int, *clauses: tuple[str, str]) -> Record:
    made = tuple(clause(kind, text, i + 1, str(i + 1)) for i, (kind, text) in enumerate(clauses))
    return record(sha(char), origin=f"/docs/{char}.txt", doc_type=doc_type, year=year, clauses=made)


def corpus() -> list[Record]:
    monitor = clause(
        "operative",
        "Decides to establish a mission:",
        1,
        "1",
        items=(clause("item", "(a) to monitor the truce;", 1, "(a)"),),
    )
    return [
        doc(
            "a",
            "resolution",
            1990,
            ("operative", "Reaffirms the right of all peoples to self-determination."),
        ),
        doc(
            "b",
            "resolution",
            2005,
            ("operative", "Calls for a ceasefire and a ceasefire monitoring mission."),
        ),
        doc(
            "c",
            "statement",
            2010,
            ("paragraph", "The parties agreed on a ceasefire after long talks in the capital."),
        ),
        doc(
            "d",
            "resolution",
            2015,
            (
                "preambular",
                "Stressing the determination of the council and of each self-governing territory,",
            ),
        ),
        record(sha("e"), origin="/docs/e.txt", year=2020, clauses=(monitor,)),
        doc("f", "resolution", 2021, ("operative", LONG)),
    ]


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    with open_store(tmp_path / "s.db") as s:
        for r in corpus():
            s.put_file(r.origin, r.sha256, [r])
        yield s


def ids(store: Store, query: str, **filters: object) -> list[str]:
    return [h.record_id[0] for h in store.search(query, **filters).hits]  # type: ignore[arg-type]


def test_denser_match_ranks_first(store: Store) -> None:
    assert ids(store, "ceasefire") == ["b", "c", "f"]


def test_phrase_is_stricter_than_words(store: Store) -> None:
    assert sorted(ids(store, "self determination")) == ["a", "d"]
    assert ids(store, '"self determination"') == ["a"]
    assert ids(store, '"determination self"') == []


def test_hyphenated_word_matches_as_a_phrase(store: Store) -> None:
    assert ids(store, "self-determination") == ["a"]
    assert ids(store, "Self-Determination") == ["a"]


def test_long_phrase(store: Store) -> None:
    assert ids(store, '"right of all peoples"') == ["a"]
    assert ids(store, '"right of all the peoples"') == []
    assert ids(store, '"protection of civilians and calls"') == ["f"]


def test_or_and_exclusion(store: Store) -> None:
    assert sorted(ids(store, "truce OR self-determination")) == ["a", "e"]
    assert ids(store, "ceasefire -monitoring") == ["c", "f"]
    assert ids(store, 'ceasefire -"long talks"') == ["b", "f"]


def test_filters(store: Store) -> None:
    assert ids(store, "ceasefire", doc_type="statement") == ["c"]
    assert ids(store, "ceasefire", doc_type="resolution") == ["b", "f"]
    assert ids(store, "ceasefire", year_from=2006) == ["c", "f"]
    assert ids(store, "ceasefire", year_to=2009) == ["b"]
    assert ids(store, "ceasefire", year_from=2006, year_to=2010) == ["c"]
    assert ids(store, "ceasefire", doc_type="statement", year_to=2009) == []


def test_sub_items_are_searched(store: Store) -> None:
    (hit,) = store.search("truce").hits
    assert (hit.clause_kind, hit.clause_number, hit.clause_seq) == ("item", "(a)", 1)
    assert hit.title == "Resolution on the matter" and hit.symbol == "S/RES/1"


def test_hit_describes_its_clause(store: Store) -> None:
    hit = store.search('"right of all peoples"').hits[0]
    assert hit.record_id == f"{sha('a')[:16]}-1"
    assert (hit.doc_type, hit.year, hit.clause_kind, hit.clause_order) == (
        "resolution",
        1990,
        "operative",
        1,
    )
    assert hit.score > 0


@pytest.mark.parametrize("query", ["ceasefire", "Self-Determination", '"monitor the truce"'])
def test_highlights_mark_the_terms(store: Store, query: str) -> None:
    words = {w.lower() for w in query.strip('"').replace("-", " ").split()}
    result = store.search(query)
    assert result.hits
    for hit in result.hits:
        assert hit.highlights
        for start, end in hit.highlights:
            marked = hit.snippet[start:end].lower().replace("-", " ").split()
            assert marked and set(marked) <= words


def test_long_clause_gets_a_window_around_the_match(store: Store) -> None:
    (hit,) = store.search("immediate").hits
    assert len(hit.snippet) < len(LONG) and hit.snippet.startswith("…")
    ((start, end),) = hit.highlights
    assert hit.snippet[start:end] == "immediate"


def test_limit_and_total(store: Store) -> None:
    assert len(store.search("ceasefire", limit=2).hits) == 2
    assert store.search("ceasefire", limit=2).total is None
    assert store.search("ceasefire").total == 3


@pytest.mark.parametrize(
    ("query", "filters", "reason"),
    [
        ('"unbalanced', {}, "unbalanced quote"),
        ("OR", {}, "OR needs"),
        ("", {}, "empty"),
        ("ok", {"doc_type": "novel"}, "unknown document type"),
        ("ok", {"year_from": 2010, "year_to": 2000}, "year range is empty"),
        ("ok", {"limit": 0}, "limit"),
    ],
)
def test_bad_queries_raise_query_error(
    store: Store, query: str, filters: dict[str, object], reason: str
) -> None:
    with pytest.raises(QueryError, match=reason):
        store.search(query, **filters)  # type: ignore[arg-type]


def test_reingest_never_duplicates(store: Store) -> None:
    a = corpus()[0]
    store.put_file(a.origin, a.sha256, [a])  # unchanged
    changed = record(
        sha("z"), origin=a.origin, clauses=(clause("operative", "Welcomes the report."),)
    )
    store.put_file(a.origin, changed.sha256, [changed])
    assert ids(store, "self-determination") == []
    assert ids(store, "welcomes") == ["z"]
    store.put_file(a.origin, a.sha256, [a])  # and back again
    assert ids(store, "self-determination") == ["a"]
    assert ids(store, "welcomes") == []


def crash(store: Store) -> None:
    """Stop without committing the search index, as a killed process would."""
    store._index.close()  # type: ignore[attr-defined]
    store._conn.close()  # type: ignore[attr-defined]
    store._closed = True  # type: ignore[attr-defined]


def test_index_behind_the_records_catches_up(tmp_path: Path) -> None:
    path = tmp_path / "c.db"
    first, second = corpus()[:2]
    with open_store(path) as s:
        s.put_file(first.origin, first.sha256, [first])
    s = open_store(path)
    s.put_file(second.origin, second.sha256, [second])
    replaced = record(
        sha("y"), origin=first.origin, clauses=(clause("operative", "Notes the report."),)
    )
    s.put_file(first.origin, replaced.sha256, [replaced])
    s._commit_writes()  # type: ignore[attr-defined]  # as every COMMIT_EVERY files: records in, index not
    crash(s)
    with open_store(path) as s:
        assert ids(s, "ceasefire") == ["b"]
        assert ids(s, "notes") == ["y"]
        assert ids(s, "self-determination") == []


def test_index_older_than_its_pending_list_is_rebuilt(tmp_path: Path) -> None:
    path = tmp_path / "r.db"
    with open_store(path) as s:
        for r in corpus():
            s.put_file(r.origin, r.sha256, [r])
    state = Path(f"{path}.search") / STATE_FILE
    state.write_text(json.dumps({"format": FORMAT, "generation": 1}))
    with open_store(path) as s:
        assert s.stats().generation == 6
        assert ids(s, "ceasefire") == ["b", "c", "f"]
    assert json.loads(state.read_text())["generation"] == 6


@pytest.mark.parametrize("damage", ["delete", "other-format", "ahead"])
def test_missing_or_foreign_index_is_rebuilt(tmp_path: Path, damage: str) -> None:
    path = tmp_path / "d.db"
    with open_store(path) as s:
        for r in corpus():
            s.put_file(r.origin, r.sha256, [r])
    directory = Path(f"{path}.search")
    if damage == "delete":
        shutil.rmtree(directory)
    else:
        state = (
            {"format": 999, "generation": 6}
            if damage == "other-format"
            else {"format": FORMAT, "generation": 99}
        )
        (directory / STATE_FILE).write_text(json.dumps(state))
    with open_store(path) as s:
        assert ids(s, "ceasefire") == ["b", "c", "f"]
    assert json.loads((directory / STATE_FILE).read_text()) == {"format": FORMAT, "generation": 6}


def test_rebuild_gives_the_same_answers(store: Store) -> None:
    before = store.search("ceasefire OR truce")
    assert store.rebuild_search_index() == 7  # six clauses and one item
    after = store.search("ceasefire OR truce")
    assert [h.record_id for h in after.hits] == [h.record_id for h in before.hits]


def test_in_memory_store_searches() -> None:
    with open_store(":memory:") as s:
        r = corpus()[1]
        s.put_file(r.origin, r.sha256, [r])
        assert ids(s, '"ceasefire monitoring"') == ["b"]


def test_long_phrase_candidates_are_checked(monkeypatch: pytest.MonkeyPatch) -> None:
    # every word pair of "right of all peoples" stands in "near" but not the phrase itself
    near = doc("n", "resolution", 2000, ("operative", "the right of all nations, of all peoples"))
    exact = doc("x", "resolution", 2001, ("operative", "Affirms the right of all peoples " + LONG))
    with open_store(":memory:") as s:
        for r in (near, exact):
            s.put_file(r.origin, r.sha256, [r])
        assert ids(s, '"right of all peoples"') == ["x"]
        assert s.search('"right of all peoples"').total == 1
        assert ids(s, '"right of all nations of all"') == ["n"]
        monkeypatch.setattr("communique.search.index.CHECK_MARGIN", 0)
        quick = s._index._top  # type: ignore[attr-defined]
        calls: list[int] = []

        def counted(*args: object) -> object:
            calls.append(1)
            return quick(*args)

        monkeypatch.setattr(s._index, "_top", counted)  # type: ignore[attr-defined]
        assert ids(s, '"right of all peoples"', limit=1) == ["x"]
        assert len(calls) == 2  # "near" ranked first on word pairs, so the exact query ran
        assert ids(s, 'nations -"right of all peoples"') == ["n"]
