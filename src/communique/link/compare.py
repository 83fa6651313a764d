"""Two documents compared clause by clause: kept, changed, added, dropped.

``compare(a, b)`` aligns preambular clauses with preambular clauses,
operative with operative and narrative paragraphs with paragraphs (the rule
is in ``communique.link.align``); the sub-items of two aligned clauses are
aligned with each other in the same way. Each clause is named by its kind and
its order in its own text — ``P1``… preambular, ``O1``… operative, ``N1``…
paragraphs, ``O3.a`` a sub-item (its printed label, else its order) — so a
pair whose names differ (``P3→P4``) shows that clauses were inserted or
removed before it.

A pair is

- **kept** when no word changed: the texts are the same after normalising
  whitespace, line breaks, footnote markers, quote marks and letter case, apart
  at most from punctuation and the folded words (``exact`` says whether even
  those agree);
- **changed** otherwise, with the runs of words removed and added
  (``communique.link.words``).

A clause with no partner is **added** (in b only) or **dropped** (in a only).
Where both clauses of a pair carry an ask (their acts are on the scale
``vocab.FORCES``) and the act changes, ``force`` is ``"hardened"`` (a stronger
act: "calls upon" → "demands") or ``"softened"``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from communique.link.align import Shingles, Step, align, quick_similarity
from communique.link.words import Edit, Piece, word_diff, word_keys
from communique.models import Clause, ClauseKind, Record
from communique.vocab import force_rank

Status = Literal["kept", "changed", "added", "dropped"]
Force = Literal["hardened", "softened"]

PREFIX: dict[ClauseKind, str] = {"preambular": "P", "operative": "O", "paragraph": "N"}
COMPARED: tuple[ClauseKind, ...] = ("preambular", "operative", "paragraph")


@dataclass(frozen=True)
class ClausePair:
    """One line of a comparison: two aligned clauses, or one without a partner."""

    name: str  # "O5"; "P3→P4" when the names differ; a's name if dropped, b's if added
    status: Status
    kind: ClauseKind
    a: str | None  # the clause's name in a
    b: str | None  # and in b
    text_a: str | None
    text_b: str | None
    similarity: float = 0.0  # word-level, 0..1 (0 for added and dropped)
    exact: bool = False  # identical after normalising layout
    moved: bool = False  # paired out of order
    removed: tuple[str, ...] = ()  # runs of words removed from a
    added: tuple[str, ...] = ()  # runs of words added in b
    edits: tuple[Edit, ...] = ()  # the same runs, paired where they replace each other
    pieces: tuple[Piece, ...] = ()  # b's text with the runs marked, for display
    act_a: str | None = None
    act_b: str | None = None
    force: Force | None = None
    parent: str | None = None  # for a sub-item: the name of its clause's pair


@dataclass(frozen=True)
class Tally:
    kept: int = 0
    changed: int = 0
    added: int = 0
    dropped: int = 0
    hardened: int = 0
    softened: int = 0


@dataclass(frozen=True)
class Comparison:
    """What changed from record ``a`` to record ``b``; pairs in reading order."""

    a: str  # record id
    b: str
    label_a: str  # symbol, title or origin: what a reader calls it
    label_b: str
    pairs: tuple[ClausePair, ...]
    tally: Tally

    def of_status(self, *status: Status) -> tuple[ClausePair, ...]:
        return tuple(p for p in self.pairs if p.status in status)

    def named(self, name: str) -> ClausePair:
        return next(p for p in self.pairs if p.name == name)


def compare(a: Record, b: Record) -> Comparison:
    """Align ``a`` and ``b`` clause by clause and say what changed."""
    pairs: list[ClausePair] = []
    for kind in COMPARED:
        pairs += compare_clauses(a.of_kind(kind), b.of_kind(kind), PREFIX[kind])
    return Comparison(a.id, b.id, label(a), label(b), tuple(pairs), _tally(pairs))


def compare_clauses(
    a: tuple[Clause, ...], b: tuple[Clause, ...], prefix: str, parent: str | None = None
) -> list[ClausePair]:
    """Align two runs of clauses of one kind; sub-items follow their clause."""
    names_a = [_name(prefix, c, k) for k, c in enumerate(a, 1)]
    names_b = [_name(prefix, c, k) for k, c in enumerate(b, 1)]
    sh_a = [Shingles.of(word_keys(c.text)) for c in a]
    sh_b = [Shingles.of(word_keys(c.text)) for c in b]
    sim = [[quick_similarity(x, y) for y in sh_b] for x in sh_a]
    out: list[ClausePair] = []
    for step in align(sim, len(b)):
        pair = _pair(step, a, b, names_a, names_b, parent)
        out.append(pair)
        if step.a is not None and step.b is not None and (a[step.a].items or b[step.b].items):
            sub = f"{pair.name}."
            out += compare_clauses(a[step.a].items, b[step.b].items, sub, pair.name)
    return out


def _name(prefix: str, clause: Clause, order: int) -> str:
    if prefix.endswith("."):  # a sub-item: its label as printed, else its order
        return prefix + (clause.number or str(order)).strip("().")
    return f"{prefix}{order}"


def _pair(
    step: Step,
    a: tuple[Clause, ...],
    b: tuple[Clause, ...],
    names_a: list[str],
    names_b: list[str],
    parent: str | None,
) -> ClausePair:
    if step.b is None:
        assert step.a is not None
        ca = a[step.a]
        name = names_a[step.a]
        return ClausePair(
            name, "dropped", ca.kind, name, None, ca.text, None, act_a=ca.act, parent=parent
        )
    cb = b[step.b]
    if step.a is None:
        name = names_b[step.b]
        return ClausePair(
            name, "added", cb.kind, None, name, None, cb.text, act_b=cb.act, parent=parent
        )
    ca = a[step.a]
    na, nb = names_a[step.a], names_b[step.b]
    diff = word_diff(ca.text, cb.text)
    return ClausePair(
        name=na if na == nb else f"{na}→{nb}",
        status="changed" if diff.edits else "kept",
        kind=cb.kind,
        a=na,
        b=nb,
        text_a=ca.text,
        text_b=cb.text,
        similarity=diff.similarity,
        exact=diff.exact,
        moved=step.moved,
        removed=diff.removed,
        added=diff.added,
        edits=diff.edits,
        pieces=diff.pieces,
        act_a=ca.act,
        act_b=cb.act,
        force=force_change(ca.act, cb.act),
        parent=parent,
    )


def force_change(act_a: str | None, act_b: str | None) -> Force | None:
    """ "hardened" or "softened" when both acts are asks and the act changes."""
    ra, rb = force_rank(act_a or ""), force_rank(act_b or "")
    if ra < 0 or rb < 0 or ra == rb:
        return None
    return "hardened" if rb > ra else "softened"


def label(record: Record) -> str:
    return record.symbol or record.title or f"{record.origin}#{record.position}"


def _tally(pairs: list[ClausePair]) -> Tally:
    def n(status: str) -> int:
        return sum(1 for p in pairs if p.status == status)

    return Tally(
        kept=n("kept"),
        changed=n("changed"),
        added=n("added"),
        dropped=n("dropped"),
        hardened=sum(1 for p in pairs if p.force == "hardened"),
        softened=sum(1 for p in pairs if p.force == "softened"),
    )


__all__ = [
    "COMPARED",
    "ClausePair",
    "Comparison",
    "Force",
    "Status",
    "Tally",
    "compare",
    "compare_clauses",
    "force_change",
    "label",
]
