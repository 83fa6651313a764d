"""The fields scored: one row per field, name → gold value → found value → comparator.

Adding a field is one row: where the gold keeps it (a dotted path, or a
function of the gold document), where ``record_view`` keeps what was found
(a function of the view), how the two compare, and which view key says the
record offers the field at all. A field the view does not offer yet is scored
(every gold value a false negative) but reported apart as "not yet
extracted", outside the overall figure.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from communique.evaluate import compare as c
from communique.evaluate.gold import MISSING, GoldDocument
from communique.evaluate.tally import Tally

View = Mapping[str, Any]


@dataclass(frozen=True)
class Field:
    name: str
    gold: Callable[[GoldDocument], Any]  # MISSING where the gold makes no claim
    found: Callable[[View], Any]
    compare: c.Comparator
    offered: Callable[[View], bool]  # does the view carry this field at all?


def at(path: str) -> Callable[[View], Any]:
    """The view's value at a dotted path; None where any step is missing or null."""

    def get(view: View) -> Any:
        value: Any = view
        for key in path.split("."):
            if not isinstance(value, Mapping):
                return None
            value = value.get(key)
        return value

    return get


def has(key: str) -> Callable[[View], bool]:
    return lambda view: key in view


def clause_key(kind: str, key: str) -> Callable[[View], bool]:
    """Offered when the view's clauses of ``kind`` carry ``key``."""
    return lambda view: any(key in cl for cl in view.get(kind) or ())


def row(
    name: str,
    compare: c.Comparator,
    found: Callable[[View], Any] | None = None,
    *,
    gold: Callable[[GoldDocument], Any] | None = None,
    offered: Callable[[View], bool] | None = None,
) -> Field:
    """A row whose gold path and view path are both ``name`` unless given."""
    return Field(
        name,
        gold or (lambda doc: doc.get(name)),
        found or at(name),
        compare,
        offered or has(name.split(".")[0]),
    )


def act_list(kind: str) -> Callable[[View], list[Any]]:
    return lambda view: [cl.get("act") for cl in view.get(kind) or ()]


def operative_acts(doc: GoldDocument) -> Any:
    ops = doc.get("operative")
    return ops if ops is MISSING or ops is None else tuple(o.get("act") for o in ops)


def gold_states(doc: GoldDocument) -> Any:
    states = doc.get("states")
    if states is MISSING or states is None:
        return states
    return (states, doc.fields.get("states_optional") or ())


def compare_states(gold: Any, found: Any) -> Tally:
    states, optional = gold
    return c.as_set(optional=optional)(states, found)


def clause_text(view: View) -> str:
    """Every clause and sub-item text of the view, one per line."""
    out: list[str] = []

    def walk(clauses: Any) -> None:
        for cl in clauses or ():
            out.append(str(cl.get("text") or ""))
            walk(cl.get("items"))

    for kind in ("title_block", "subject", "preamble", "operative", "paragraphs", "closing"):
        walk(view.get(kind))
    return "\n".join(out)


def footnotes(view: View) -> int:
    return sum(1 for f in view.get("furniture") or () if f.get("kind") == "footnote")


def project(*keys: str) -> Callable[[Any], Any]:
    """An entry as the first of ``keys`` it has, normalised (for lists of mappings)."""

    def key(entry: Any) -> Any:
        if not isinstance(entry, Mapping):
            return c.text(entry)
        return next((c.text(entry[k]) for k in keys if entry.get(k) is not None), None)

    return key


FIELDS: tuple[Field, ...] = (
    row("doc_type", c.exact()),
    row("symbol", c.exact(c.symbol)),
    row("document_symbol", c.exact(c.symbol)),
    row("title", c.exact(c.text)),
    row("body", c.exact(c.text)),
    row("issuer", c.exact(c.text)),
    row("level", c.exact()),
    row("session.number", c.exact(int)),
    row("session.name", c.lenient()),
    row("venue.city", c.exact(c.text)),
    row("venue.country", c.exact(str.upper)),
    row("date.start", c.exact(str)),
    row("date.end", c.exact(str)),
    row("date.hijri", c.exact(c.text)),
    row("chair", c.lenient(c.name)),
    row("attendees", c.as_set(str.upper)),
    row("preamble", c.acts, act_list("preamble")),
    row("operative.act", c.acts, act_list("operative"), gold=operative_acts),
    row("operative.items", c.items, at("operative"), gold=lambda d: d.get("operative")),
    row(
        "operative.addressee",
        c.addressees,
        at("operative"),
        gold=lambda d: d.get("operative"),
        offered=clause_key("operative", "addressee"),
    ),
    row("paragraphs", c.count, lambda v: len(v.get("paragraphs") or ())),
    row("adoption.meeting", c.exact(int)),
    row("adoption.for", c.exact(int)),
    row("adoption.against", c.exact(int)),
    row("adoption.abstaining", c.exact(int)),
    row("adoption.unanimous", c.exact(bool)),
    row("footnotes", c.count, footnotes, offered=has("furniture")),
    row("quotes", c.quotes),
    row("boilerplate", c.absent, clause_text, offered=has("operative")),
    # fields the record does not offer yet: scored once the view carries the key
    row("asks", c.asks),
    row("references", c.references),
    row("persons", c.as_set(project("name"))),
    row("states", compare_states, gold=gold_states),
    row("places", c.required()),
    row("dates_mentioned", c.as_set(str)),
    row("months_mentioned", c.as_set(str)),
    row("years_mentioned", c.as_set(str)),
    row("positions", c.positions),
    row("events", c.required(project("text"))),
    row("outcomes", c.required(project("text"))),
)

NAMES: tuple[str, ...] = tuple(f.name for f in FIELDS)

__all__ = ["FIELDS", "NAMES", "Field", "View", "at", "clause_text", "row"]
