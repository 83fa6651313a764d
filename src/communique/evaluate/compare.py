"""Comparators: (gold value, found value) → Tally.

A comparator sees a gold value that is present and not null; the caller deals
with null gold ("the right answer is: nothing") before it gets here. Found
values come from ``record_view`` and may be None or empty: finding nothing
where the gold has a value is a false negative, finding something else is a
false negative and a false positive.

Normalisers make "as printed" comparable: ``text`` folds case, whitespace and
quotation marks; ``name`` also drops honorifics ("H.E. Mr. Munir Akram" →
"munir akram").
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from communique.evaluate.align import align
from communique.evaluate.tally import Tally, empty, extra, hit, miss, show

Comparator = Callable[[Any, Any], Tally]
Normaliser = Callable[[Any], Any]

_QUOTES = re.compile(r"[\"'“”‘’«»„`]")
_SPACE = re.compile(r"\s+")
_HONORIFIC = re.compile(
    r"^(?:(?:his|her) (?:royal )?(?:excellency|highness)|h\. ?e\.?|mr|mrs|ms|miss|dr|prof"
    r"|professor|ambassador|the (?:hon|honourable|honorable)|hon|honourable|honorable|sir"
    r"|dame)\.?(?:\s+|$)"
)


def same(value: Any) -> Any:
    return value


def text(value: Any) -> str:
    """Case, runs of whitespace, quotation marks and end punctuation folded."""
    folded = _QUOTES.sub("", str(value)).casefold()
    return _SPACE.sub(" ", folded).strip(" .,;:")


def symbol(value: Any) -> str:
    """A document symbol without surrounding brackets or inner spaces: "[S/651]" → "s/651"."""
    return _SPACE.sub("", str(value)).strip("[]()").casefold()


def name(value: Any) -> str:
    """A person's name (or an office) with honorifics dropped."""
    out = text(value).replace(",", " ")
    out = _SPACE.sub(" ", out).strip()
    while (m := _HONORIFIC.match(out)) and m.end() < len(out):
        out = out[m.end() :]
    return out


def contains(a: str, b: str) -> bool:
    """Either contains the other, word for word."""
    pa, pb = f" {a} ", f" {b} "
    return bool(a and b) and (pa in pb or pb in pa)


# ---------------------------------------------------------------- scalars


def exact(norm: Normaliser = same) -> Comparator:
    """One value; equal after ``norm`` is a TP."""

    def compare(gold: Any, found: Any) -> Tally:
        if empty(found):
            return miss(gold, None)
        try:
            equal = norm(gold) == norm(found)
        except (TypeError, ValueError):  # a found value of another type
            equal = False
        return hit() if equal else miss(gold, found)

    return compare


def lenient(norm: Normaliser = text) -> Comparator:
    """One value; after ``norm``, either one containing the other is a TP."""

    def compare(gold: Any, found: Any) -> Tally:
        if empty(found):
            return miss(gold, None)
        return hit() if contains(norm(gold), norm(found)) else miss(gold, found)

    return compare


def count(gold: Any, found: Any) -> Tally:
    """A count: equal is a TP; none found a FN; another number FN and FP."""
    if found == gold:
        return hit()
    return miss(gold, found or None)


# ---------------------------------------------------------------- collections


def as_set(norm: Normaliser = same, *, optional: Iterable[Any] = ()) -> Comparator:
    """Sets: TP = in both, FN = gold only, FP = found only (``optional`` excepted)."""
    spare = {norm(v) for v in optional}

    def compare(gold: Any, found: Any) -> Tally:
        want = {norm(v): v for v in gold}  # normalised → as written, for the notes
        got = {norm(v): v for v in found or ()}
        out = Tally(tp=len(want.keys() & got.keys()))
        for k in sorted(want.keys() - got.keys(), key=str):
            out += miss(want[k], None)
        for k in sorted(got.keys() - want.keys() - spare, key=str):
            out += extra(got[k])
        return out

    return compare


def required(norm: Normaliser = text) -> Comparator:
    """Each gold value must be found (contained, after ``norm``); other finds are not errors."""

    def compare(gold: Any, found: Any) -> Tally:
        got = [norm(v) for v in found or ()]
        out = Tally()
        for v in gold:
            out += hit() if any(contains(norm(v), g) for g in got) else miss(v, None)
        return out

    return compare


def acts(gold: Sequence[Any], found: Sequence[Any]) -> Tally:
    """Act sequences, aligned: TP = aligned equal acts; a substitution is FP + FN."""
    found = list(found or ())
    out = Tally()
    for p in align(list(gold), found):
        g = None if p.gold is None else gold[p.gold]
        f = None if p.found is None else found[p.found]
        if g is not None and g == f:
            out += hit()
            continue
        note = (_at(p.gold, g), _at(p.found, f))
        out += Tally(fp=int(f is not None), fn=int(g is not None), notes=(note,))
    return out


def _at(i: int | None, value: Any) -> str:
    return "nothing" if i is None or value is None else f"#{i + 1} {show(value)}"


def clause_pairs(
    gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]
) -> list[tuple[int, Mapping[str, Any], Mapping[str, Any] | None]]:
    """Each gold clause (index, clause) with the found clause aligned to it by act, or None."""
    found = list(found or ())
    pairs = align([g.get("act") for g in gold], [f.get("act") for f in found])
    return [
        (p.gold, gold[p.gold], None if p.found is None else found[p.found])
        for p in pairs
        if p.gold is not None
    ]


def items(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """For aligned operative clauses whose gold has ``items``: the count must be exact."""
    out = Tally()
    for i, g, f in clause_pairs(gold, found):
        if "items" not in g:
            continue
        n = len(f.get("items") or ()) if f is not None else 0
        if n == g["items"]:
            out += hit()
        else:
            note = (f"#{i + 1} {g['items']} items", f"{n} items" if f is not None else "nothing")
            out += Tally(fp=int(n > 0), fn=1, notes=(note,))
    return out


def addressees(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """For gold clauses with an ``addressee``: the aligned found clause's addressee."""
    out = Tally()
    for i, g, f in clause_pairs(gold, found):
        if g.get("addressee") is None:
            continue
        got = None if f is None else f.get("addressee")
        if not empty(got) and text(got) == text(g["addressee"]):
            out += hit()
        else:
            note = (_at(i, g["addressee"]), show(got))
            out += Tally(fp=int(not empty(got)), fn=1, notes=(note,))
    return out


def quotes(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """Quotes by speaker: a gold speaker needs ``min_count`` (default 1) quotes
    attributed to them; a speaker the gold does not list is a FP (once)."""
    speakers = [name(q["speaker"]) for q in found or () if not empty(q.get("speaker"))]
    out = Tally()
    for q in gold:
        want, need = name(q["speaker"]), int(q.get("min_count", 1))
        n = sum(1 for s in speakers if contains(want, s))
        if n >= need:
            out += hit()
        else:
            note = (f"{show(q['speaker'])} ×{need}", f"×{n}" if n else "nothing")
            out += Tally(fn=1, notes=(note,))
    listed = [name(q["speaker"]) for q in gold]
    for s in sorted(set(speakers)):
        if not any(contains(w, s) for w in listed):
            out += extra(s)
    return out


def absent(gold: Sequence[str], found: str) -> Tally:
    """Boilerplate: each gold string must appear in no clause text (TP when absent)."""
    out = Tally()
    for s in gold:
        if s not in (found or ""):
            out += hit()
        else:
            out += Tally(fn=1, notes=((f"{show(s)} nowhere", "it in a clause"),))
    return out


# ---------------------------------------------------------------- asks

_FILLER = re.compile(r"\b(?:the|of|all|its|their|his|her|oic|un|united nations)\b")


def _addressee(value: Any) -> str:
    """An addressee as named, without articles and the organisation's own prefix."""
    return _SPACE.sub(" ", _FILLER.sub(" ", name(value).replace("-", " "))).strip()


def _due_matches(gold: Any, found: Any) -> bool:
    """Gold's due as stated: found contains it (or vice versa), or starts with the same
    word and shares most of its words (the gold sometimes rewords a long occasion)."""
    g, f = text(gold), text(found or "")
    if not f:
        return False
    if contains(g, f) or g in f or f in g:
        return True
    gw, fw = re.findall(r"\w+", g), set(re.findall(r"\w+", f))
    return bool(gw) and gw[0] in fw and sum(w in fw for w in gw) >= 0.6 * len(gw)


def asks(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """Asks matched one to one on clause, force and addressee (one name contains the
    other, articles aside); where the gold gives a due, the found one must match it."""
    left = list(found or ())
    out = Tally()
    for g in gold:
        want = _addressee(g.get("addressee"))
        match = next(
            (
                f
                for f in left
                if f.get("clause") == g.get("clause")
                and f.get("force") == g.get("force")
                and contains(want, _addressee(f.get("addressee")))
            ),
            None,
        )
        label = f"clause {g.get('clause')} {g.get('force')} {g.get('addressee')}"
        if match is None:
            out += miss(label, None)
            continue
        left.remove(match)
        if g.get("due") is not None and not _due_matches(g["due"], match.get("due")):
            out += miss(f"{label} due {g['due']!r}", f"due {match.get('due')!r}")
        else:
            out += hit()
    for f in left:
        out += extra(f"clause {f.get('clause')} {f.get('force')} {f.get('addressee')}")
    return out


def positions(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """Positions by holder: the gold names the holder by ISO code or as printed."""
    left = list(found or ())
    out = Tally()
    for g in gold:
        want = text(g.get("holder"))
        match = next(
            (
                f
                for f in left
                if want in (text(f.get("holder_id") or ""), text(f.get("holder") or ""))
            ),
            None,
        )
        if match is None:
            out += miss(g.get("holder"), None)
        else:
            left.remove(match)
            out += hit()
    for f in left:
        out += extra(f.get("holder"))
    return out


def references(gold: Sequence[Mapping[str, Any]], found: Sequence[Mapping[str, Any]]) -> Tally:
    """Each gold reference must be found: its text contained (either way) in a found
    reference's text, and its date equal to that reference's date where the gold gives
    both, or either alone where it gives one. Other finds are not errors."""
    got = list(found or ())
    out = Tally()
    for g in gold:
        want_text = text(g["text"]) if g.get("text") else None
        want_date = str(g["date"]) if g.get("date") else None

        def fits(
            f: Mapping[str, Any], want_text: Any = want_text, want_date: Any = want_date
        ) -> bool:
            ok_text = want_text is None or contains(want_text, text(f.get("text") or ""))
            ok_text = ok_text or (want_text is not None and want_text in text(f.get("text") or ""))
            ok_date = want_date is None or str(f.get("date") or "") == want_date
            return ok_text and ok_date

        label = " ".join(str(x) for x in (g.get("kind"), g.get("text"), g.get("date")) if x)
        out += hit() if any(fits(f) for f in got) else miss(label, None)
    return out


__all__ = [
    "Comparator",
    "absent",
    "acts",
    "addressees",
    "as_set",
    "asks",
    "clause_pairs",
    "contains",
    "count",
    "exact",
    "items",
    "lenient",
    "name",
    "positions",
    "quotes",
    "references",
    "required",
    "symbol",
    "text",
]
