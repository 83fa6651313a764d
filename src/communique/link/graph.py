"""The citation graph, written as GraphML or as a CSV edge list.

Nodes are documents (``kind`` "document"), meetings ("meeting") and open
specs — references whose target is not in the store ("open"; one node per
spec, shared by every document citing it). Edges are directed:

- document → document or open spec: ``cites`` (``status`` "resolved",
  "ambiguous" — one edge per candidate — or "open");
- document → meeting: ``records`` or ``mentions``.

``graphml(graph)`` is GraphML 1.0 (written with ``xml.etree``) that networkx
(``read_graphml``), Gephi and yEd read: node attributes ``kind``, ``label``,
``type`` (doc type), ``date``; edge attributes ``relation``, ``status``,
``text``. Characters XML 1.0 forbids (form feeds from PDF text) are dropped.

``edge_csv(graph)`` is one CSV edge list, a row per edge, with the columns
Gephi's spreadsheet import reads (``Source``, ``Target``, ``Type``,
``Label``) followed by each end's kind and label, the status and the text
as printed. A node without edges appears only in the GraphML.
"""

from __future__ import annotations

import csv
import io
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass

NS = "http://graphml.graphdrawing.org/xmlns"
_NOT_XML = re.compile("[^\t\n\r\x20-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")
NODE_KEYS = ("kind", "label", "type", "date")
EDGE_KEYS = ("relation", "status", "text")
CSV_COLUMNS = (
    "Source",
    "Target",
    "Type",
    "Label",
    "source_kind",
    "source_label",
    "target_kind",
    "target_label",
    "status",
    "text",
)


@dataclass(frozen=True)
class Node:
    id: str
    kind: str  # "document", "meeting", "open"
    label: str
    type: str | None = None  # the document type; "meeting"; an open spec's reference kind
    date: str | None = None


@dataclass(frozen=True)
class Edge:
    source: str
    target: str
    relation: str  # "cites", "records", "mentions"
    text: str | None = None  # the reference as printed
    status: str | None = None  # for "cites": "resolved", "ambiguous", "open"


@dataclass(frozen=True)
class Graph:
    nodes: tuple[Node, ...]
    edges: tuple[Edge, ...]

    def complete(self) -> Graph:
        """The graph with a node (kind "unknown") for any edge end it lacks."""
        known = {n.id for n in self.nodes}
        missing = [i for e in self.edges for i in (e.source, e.target) if i not in known]
        extra = tuple(Node(i, "unknown", i) for i in dict.fromkeys(missing))
        return Graph(self.nodes + extra, self.edges) if extra else self


def _xml(value: str) -> str:
    return _NOT_XML.sub("", value)


def graphml(graph: Graph) -> str:
    """The graph as a GraphML document (see the module doc)."""
    graph = graph.complete()
    ET.register_namespace("", NS)
    root = ET.Element(f"{{{NS}}}graphml")
    for where, keys in (("node", NODE_KEYS), ("edge", EDGE_KEYS)):
        for key in keys:
            ET.SubElement(
                root,
                f"{{{NS}}}key",
                {"id": key, "for": where, "attr.name": key, "attr.type": "string"},
            )
    g = ET.SubElement(root, f"{{{NS}}}graph", {"id": "citations", "edgedefault": "directed"})
    for n in graph.nodes:
        node = ET.SubElement(g, f"{{{NS}}}node", {"id": _xml(n.id)})
        _data(node, {"kind": n.kind, "label": n.label, "type": n.type, "date": n.date})
    for k, e in enumerate(graph.edges):
        ends = {"id": f"e{k}", "source": _xml(e.source), "target": _xml(e.target)}
        edge = ET.SubElement(g, f"{{{NS}}}edge", ends)
        _data(edge, {"relation": e.relation, "status": e.status, "text": e.text})
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _data(parent: ET.Element, values: dict[str, str | None]) -> None:
    for key, value in values.items():
        if value is not None:
            ET.SubElement(parent, f"{{{NS}}}data", {"key": key}).text = _xml(value)


def edge_csv(graph: Graph) -> str:
    """The graph as one CSV edge list (see the module doc)."""
    by_id = {n.id: n for n in graph.complete().nodes}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in graph.edges:
        s, t = by_id[e.source], by_id[e.target]
        text = " ".join(e.text.split()) if e.text else ""
        row = (e.source, e.target, "Directed", e.relation, s.kind, s.label, t.kind, t.label)
        writer.writerow((*row, e.status or "", text))
    return out.getvalue()


__all__ = ["CSV_COLUMNS", "Edge", "Graph", "Node", "edge_csv", "graphml"]
