"""The citation graph and the links in the store: relink, meetings, the
graph as GraphML and CSV."""

from __future__ import annotations

import csv
import io
import xml.etree.ElementTree as ET
from dataclasses import replace
from pathlib import Path

import pytest
from tests.link.records import record

from communique.link.graph import CSV_COLUMNS, Edge, Graph, Node, edge_csv, graphml
from communique.models import Dates, Record, Reference, Span
from communique.store import Store, open_store

NS = {"g": "http://graphml.graphdrawing.org/xmlns"}
AT = Span(3, 9, 3, 9)
CG = "OIC Contact Group on Jammu and Kashmir"


def test_graphml_is_xml_with_keys_nodes_and_edges() -> None:
    graph = Graph(
        (Node("a", "document", "186 (1964) \x0cCyprus", "resolution", "1964-03-04"),),
        (Edge("a", "symbol:999(1999)", "cites", "resolution 999 (1999)", "open"),),
    )
    root = ET.fromstring(graphml(graph))
    assert root.tag == "{http://graphml.graphdrawing.org/xmlns}graphml"
    keys = {(k.get("for"), k.get("attr.name")) for k in root.findall("g:key", NS)}
    assert ("node", "kind") in keys and ("edge", "relation") in keys
    nodes = root.findall("g:graph/g:node", NS)
    assert [n.get("id") for n in nodes] == ["a", "symbol:999(1999)"]  # the missing end added
    label = nodes[0].find("g:data[@key='label']", NS)
    assert label is not None and label.text == "186 (1964) Cyprus"  # form feed dropped
    (edge,) = root.findall("g:graph/g:edge", NS)
    assert (edge.get("source"), edge.get("target")) == ("a", "symbol:999(1999)")


def test_edge_csv_has_gephi_columns() -> None:
    graph = Graph(
        (Node("a", "document", "A"), Node("m", "meeting", "Contact Group 2019-09-25")),
        (Edge("a", "m", "mentions", "the meeting\nof 25 September"),),
    )
    (row,) = list(csv.DictReader(io.StringIO(edge_csv(graph))))
    assert tuple(row) == CSV_COLUMNS
    assert (row["Source"], row["Target"], row["Type"], row["Label"]) == (
        "a",
        "m",
        "Directed",
        "mentions",
    )
    assert row["target_kind"] == "meeting" and row["text"] == "the meeting of 25 September"


# ------------------------------------------------------------ in the store


def put(store: Store, *records: Record) -> None:
    for r in records:
        store.put_file(r.origin, r.sha256, [r])


@pytest.fixture
def store(tmp_path: Path) -> Store:
    return open_store(tmp_path / "links.db")


def cites(rid: str, *refs: Reference, **fields: object) -> Record:
    return replace(record(rid, symbol=None), references=refs, **fields)  # type: ignore[arg-type]


def test_relink_resolves_what_a_later_ingest_brings(store: Store) -> None:
    ref = Reference("document", "its resolution 186 (1964)", AT, symbol="186 (1964)")
    put(store, cites("b" * 16, ref, date="1964-03-13"))
    first = store.relink()
    assert (first.references, first.open, store.links_behind()) == (1, 1, False)
    put(store, record("a" * 16, symbol="186 (1964)", date="1964-03-04"))
    assert store.links_behind()
    second = store.relink()
    assert (second.resolved, second.open) == (1, 0)
    (link,) = [x for x in store.document_links("a" * 16) if x.target_id == "a" * 16]
    assert link.status == "resolved" and link.spec == "symbol:186(1964)"


def test_meetings_in_the_store_with_claims_and_disagreement(store: Store) -> None:
    welcome = Reference("meeting", "the meeting of 25 September 2019", AT, date="2019-09-25")
    com = cites("c" * 16, welcome, body=CG, date="2023-09-20")
    report = replace(record("r" * 16), body=CG, dates=Dates("2019-09-26"), chair="Munir Akram")
    put(store, com, report)
    result = store.relink()
    assert (result.meetings, result.disagreements, result.resolved) == (2, 1, 1)
    rows = store.meetings(body="Contact Group")
    assert [(r.start, r.sources, r.disagreements) for r in rows] == [
        ("2019-09-25", 2, ("dates",)),
        ("2023-09-20", 1, ()),
    ]
    assert store.meetings(body="oic.contact_group.jammu_kashmir", year_from=2020) == rows[1:]
    view = store.meeting(rows[0].id[:8])
    assert [s.id for s in view.sources] == ["c" * 16, "r" * 16]
    (d,) = view.meeting.disagreements
    assert d.values == ("2019-09-25", "2019-09-26")
    assert [c.value for c in view.meeting.chair] == ["Munir Akram"]

    graph = store.citation_graph()
    kinds = sorted(n.kind for n in graph.nodes)
    assert kinds == ["document", "document", "meeting", "meeting"]
    relations = sorted((e.source[:1], e.relation) for e in graph.edges)
    assert relations == [("c", "mentions"), ("c", "records"), ("r", "records")]
    ET.fromstring(graphml(graph))


def test_relink_is_idempotent(store: Store) -> None:
    put(store, replace(record("r" * 16), body=CG, dates=Dates("2019-09-26")))
    store.relink()
    before = (store.meetings(), store.citation_graph())
    store.relink()
    assert (store.meetings(), store.citation_graph()) == before
