"""Web pages: the main text only, with the page furniture removed and remembered.

The main content is ``<main>``, else ``[role=main]``, else the longest
``<article>``, else ``<body>``. Inside it, elements the rules in
furniture_html.json mark (navigation, widgets, share buttons, embedded posts)
are dropped and kept as Furniture; ``<header>``/``<footer>`` inside an
article are the article's own and stay. Text outside the main content is kept
as Furniture(kind="outside_main"). Block elements become paragraphs separated
by a blank line; one ``<br>`` is a line break, two are a paragraph break;
inline text is joined with single spaces. ``<ol>`` items get their printed
number unless the text already starts with a label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from selectolax.lexbor import LexborHTMLParser, LexborNode

from communique.errors import EmptyInputError
from communique.ingest.furniture import SILENT, Rules, default_rules
from communique.ingest.labels import PRINTED_LABEL, counter_value, format_number
from communique.ingest.reading import Reading
from communique.ingest.text import decode
from communique.models import Furniture

_BLOCK_NAMES = """address article aside blockquote body caption center dd details dialog div
    dl dt fieldset figcaption figure footer form h1 h2 h3 h4 h5 h6 header hgroup hr html li
    main nav ol p pre section summary table tbody tfoot thead tr ul"""
BLOCKS = frozenset(_BLOCK_NAMES.split())
CELLS = frozenset({"td", "th"})
SEMANTIC = frozenset({"main", "article"})
TEXT_CHECKED = frozenset({"p", "li", "blockquote", "div", "dd", "span"})
CONTENT = "p, h1, h2, h3, article, main"
SHORT_BLOCK = 600  # text rules only judge blocks shorter than this

_META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.I)
_SPACE = re.compile(r"\s+")


def meta_charset(data: bytes) -> str | None:
    """The charset a ``<meta>`` tag declares in the first 4 kB."""
    match = _META_CHARSET.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _holds_content(node: LexborNode) -> bool:
    """Whether paragraphs or headings lie inside ``node`` (css() also matches the node)."""
    return any(found.mem_id != node.mem_id for found in node.css(CONTENT))


def main_root(tree: LexborHTMLParser) -> LexborNode:
    """The element that holds the document: main, role=main, the longest article, or body."""
    for selector in ("main", "[role=main]", "article"):
        found = [n for n in tree.css(selector) if n.text().strip()]
        if found:
            return max(found, key=lambda n: len(n.text()))
    return _start(tree)


def _start(tree: LexborHTMLParser) -> LexborNode:
    node = tree.body or tree.root
    if node is None:
        raise ValueError("selectolax gave a tree without a root")
    return node


@dataclass
class _Counter:
    """Where an ``<ol>`` has got to, and its ``type``."""

    count: int
    style: str


@dataclass
class _Walk:
    """State of one walk through the page in document order."""

    root: LexborNode
    rules: Rules
    classify: bool = True
    main: list[str] = field(default_factory=list)
    furniture: list[Furniture] = field(default_factory=list)
    parts: list[str] = field(default_factory=list)
    inside: bool = False
    semantic: int = 0
    pre: int = 0
    counters: list[_Counter] = field(default_factory=list)
    limit: int = 0

    def flush(self) -> None:
        """End the paragraph(s) gathered so far; text outside the root is furniture."""
        paragraphs: list[str] = []
        lines: list[str] = []
        for line in "".join(self.parts).split("\n"):
            line = line.strip()
            if line:
                lines.append(line)
            elif lines:
                paragraphs.append("\n".join(lines))
                lines = []
        if lines:
            paragraphs.append("\n".join(lines))
        self.parts.clear()
        if self.inside:
            self.main.extend(paragraphs)
        else:
            self.furniture.extend(Furniture(kind="outside_main", text=p) for p in paragraphs)

    def dropped(self, node: LexborNode, tag: str) -> bool:
        """Drop ``node`` (remembering it) when the rules call it furniture."""
        kind = self.rules.kind_of_element(tag, node.attributes)
        if kind == SILENT:
            return True
        if not self.classify:
            return False
        if kind is None and tag in TEXT_CHECKED and self._short_leaf(node, tag):
            kind = self.rules.kind_of_text(_SPACE.sub(" ", node.text()).strip())
        if kind is None or (tag in ("header", "footer") and self.semantic):
            return False
        text = plain_text(node, self.rules)
        if len(text) > self.limit and _holds_content(node):
            return False  # a wrapper holding most of the page ("has-sidebar") is not furniture
        if text:
            self.furniture.append(Furniture(kind=kind, text=text))
        return True

    def _short_leaf(self, node: LexborNode, tag: str) -> bool:
        if tag == "div" and any(c.tag in BLOCKS for c in node.iter()):
            return False
        return len(node.text()) < SHORT_BLOCK

    def enter(self, node: LexborNode, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
        if node.mem_id == self.root.mem_id:
            self.inside = True
        self.semantic += tag in SEMANTIC
        self.pre += tag == "pre"
        if tag == "ol":
            start = counter_value(node.attributes.get("start"), 1)
            self.counters.append(_Counter(start - 1, node.attributes.get("type") or "1"))
        elif tag == "li" and self.counters and self.classify:
            counter = self.counters[-1]
            counter.count = counter_value(node.attributes.get("value"), counter.count + 1)
            label = format_number(counter.count, counter.style)
            if label and not PRINTED_LABEL.match(node.text() + " "):
                self.parts.append(f"{label}. ")
        elif tag == "br":
            self.parts.append("\n")

    def leave(self, node: LexborNode, tag: str) -> None:
        if tag in BLOCKS:
            self.flush()
        elif tag in CELLS:
            self.parts.append(" ")
        if node.mem_id == self.root.mem_id:
            self.inside = False
        self.semantic -= tag in SEMANTIC
        self.pre -= tag == "pre"
        if tag == "ol" and self.counters:
            self.counters.pop()

    def run(self, start: LexborNode) -> None:
        stack: list[tuple[LexborNode, bool]] = [(start, False)]
        while stack:
            node, leaving = stack.pop()
            tag = node.tag or ""
            if leaving:
                self.leave(node, tag)
            elif tag == "-text":
                text = node.text_content or ""
                self.parts.append(text if self.pre else _SPACE.sub(" ", text))
            elif not tag.startswith("-") and not self.dropped(node, tag):
                self.enter(node, tag)
                stack.append((node, True))
                stack.extend((child, False) for child in reversed(list(node.iter(True))))
        self.flush()


def plain_text(node: LexborNode, rules: Rules) -> str:
    """All visible text of an element, one line per block."""
    walk = _Walk(root=node, rules=rules, classify=False)
    walk.run(node)
    return "\n".join(walk.main)


def read_html(data: bytes, origin: str, charset: str | None = None) -> Reading:
    """A web page → its main text; ``charset`` is what an HTTP header declared."""
    text, encoding, problems = decode(data, origin, charset or meta_charset(data))
    tree = LexborHTMLParser(text)
    root = main_root(tree)
    start = _start(tree)
    walk = _Walk(root=root, rules=default_rules(), limit=len(root.text()) // 2)
    walk.run(start)
    body = "\n\n".join(walk.main)
    if not body.strip():
        raise EmptyInputError("no text in the page's main content", origin)
    return Reading(text=body, encoding=encoding, furniture=tuple(walk.furniture), problems=problems)
