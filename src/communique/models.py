"""The frozen data that flows between stages.

    Source ──clean──▶ Text ──extract──▶ Record (one per document in the file)

Every value here is a frozen dataclass that serialises to plain JSON
(``to_json``) and back (``from_json``), so each stage can be run, tested and
shown without a database.

Offsets: ``Source.text`` is the text exactly as read from the file (decoded;
for HTML the main text, for PDF the text layer with form feeds between pages).
``Text.text`` is the cleaned text. ``Text.offsets`` maps any span of the
cleaned text back to the exact source characters. A ``Span`` carries both.
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import MISSING, dataclass, fields, is_dataclass
from functools import cache, cached_property
from typing import Any, Literal, TypeVar, get_args, get_origin, get_type_hints

MediaType = Literal[
    "text/plain",
    "text/html",
    "application/pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
]

ClauseKind = Literal["title", "subject", "preambular", "operative", "item", "paragraph", "closing"]
Severity = Literal["info", "warning", "error"]


_new = object.__new__  # one global read, not a global and an attribute, per Span made
_T = TypeVar("_T")


def direct_init(cls: type[_T]) -> type[_T]:
    """Give a frozen dataclass an ``__init__`` that puts each field into the instance
    ``__dict__`` directly, in field order (as orjson writes them), with the same
    parameters and defaults.

    The ``__init__`` that ``dataclass(frozen=True)`` writes sets each field through
    ``object.__setattr__``, a call per field, several times slower; extraction makes
    tens of thousands of these objects. The code is written as ``dataclass`` writes
    its own. A class with a field this does not handle keeps its ``__init__``.
    Extractors use it too, for the frozen dataclasses they make per match:
    ``@direct_init`` above ``@dataclass(frozen=True)``."""
    params = []
    lines = ["    self_dict = self.__dict__"]
    defaults: dict[str, Any] = {}
    for f in fields(cls):  # type: ignore[arg-type]
        if f.default_factory is not MISSING or not f.init or f.kw_only or f.name in _TAKEN:
            return cls
        if f.default is MISSING:
            params.append(f.name)
        else:
            defaults[f"_d_{f.name}"] = f.default
            params.append(f"{f.name}=_d_{f.name}")
        lines.append(f"    self_dict[{f.name!r}] = {f.name}")
    source = f"def __init__(self, {', '.join(params)}) -> None:\n" + "\n".join(lines)
    namespace: dict[str, Any] = {}
    exec(source, defaults, namespace)  # code made from the field names only
    init = namespace["__init__"]
    init.__qualname__ = f"{cls.__qualname__}.__init__"
    cls.__init__ = init  # type: ignore[method-assign]
    return cls


_TAKEN = frozenset(("self", "self_dict"))  # names the generated __init__ uses itself


@direct_init
@dataclass(frozen=True)
class Furniture:
    """Page furniture removed from the text and remembered: a crumb, a widget
    label, a share button, a running header, a page number."""

    kind: str  # "navigation", "widget", "social", "header", "page_number", "rule", ...
    text: str
    src_start: int = -1  # where it stood in Source.text, -1 when the reader dropped it
    src_end: int = -1


@direct_init
@dataclass(frozen=True)
class Source:
    """What a reader made of one file or URL."""

    origin: str  # the path or URL as given, made absolute for paths
    media_type: MediaType
    text: str
    sha256: str  # of the raw bytes
    size: int  # bytes
    encoding: str | None = None  # for text: the detected encoding
    furniture: tuple[Furniture, ...] = ()
    problems: tuple[Problem, ...] = ()


@direct_init
@dataclass(frozen=True)
class Segment:
    """A run of cleaned text [start, end) produced from source [src_start, src_end).

    When both lengths are equal the characters correspond one to one; otherwise
    the whole cleaned run stands for the whole source run (a joined line break,
    a folded quote, a rejoined ordinal)."""

    start: int
    end: int
    src_start: int
    src_end: int


@direct_init
@dataclass(frozen=True)
class OffsetMap:
    """Cleaned-text offsets → source-text offsets. Segments are sorted and
    cover the cleaned text without gaps."""

    segments: tuple[Segment, ...] = ()

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned span [start, end) to the source span it came from.

        A start inside a segment that is not 1:1 maps to where its source run
        starts, an end to where it ends; an end offset that falls on a boundary
        belongs to the segment before it."""
        segs = self.segments
        if not segs:
            return start, end
        # both ends in one call, few attributes read (a hot path of extraction)
        starts = self.starts
        i = bisect_right(starts, start) - 1
        if i < 0:
            src_start = segs[0].src_start
        else:
            # most spans lie in one 1:1 segment (an end on its end maps to its
            # src_end all the same): both ends shift alike, no second bisect
            seg_start, seg_end, shift = self.shifts[i]
            if shift is not None and start <= end and seg_start < end <= seg_end:
                return start + shift, end + shift
            if start >= seg_end:
                src_start = segs[i].src_end
            elif shift is not None:
                src_start = start + shift
            else:
                src_start = segs[i].src_start
        i = bisect_right(starts, end) - 1
        if i < 0:
            return src_start, segs[0].src_start
        if end == starts[i] and i > 0:
            i -= 1
        seg = segs[i]
        seg_start, seg_end, seg_src = seg.start, seg.end, seg.src_start
        if end < seg_end and seg_end - seg_start == seg.src_end - seg_src:
            return src_start, seg_src + (end - seg_start)
        return src_start, seg.src_end

    @cached_property
    def starts(self) -> tuple[int, ...]:
        """Where each segment starts in the cleaned text, for ``bisect``."""
        return tuple(s.start for s in self.segments)

    @cached_property
    def shifts(self) -> tuple[tuple[int, int, int | None], ...]:
        """(start, end, shift) of each segment: the shift from cleaned to source
        offsets in a 1:1 segment, None in another (one tuple for the common path
        of ``to_source``, not four Segment fields read)."""
        return tuple(
            (
                s.start,
                s.end,
                s.src_start - s.start if s.end - s.start == s.src_end - s.src_start else None,
            )
            for s in self.segments
        )


@direct_init
@dataclass(frozen=True)
class Text:
    """Cleaned text with its way back to the source."""

    text: str
    offsets: OffsetMap
    furniture: tuple[Furniture, ...] = ()
    problems: tuple[Problem, ...] = ()

    def span(self, start: int, end: int) -> Span:
        src_start, src_end = self.offsets.to_source(start, end)
        # the Span made as its ``__init__`` makes it, without a second call (a hot path)
        span = _new(Span)
        fields_ = span.__dict__
        fields_["start"] = start
        fields_["end"] = end
        fields_["src_start"] = src_start
        fields_["src_end"] = src_end
        return span


@direct_init
@dataclass(frozen=True)
class Span:
    """[start, end) in the cleaned text of the file, and the source characters
    [src_start, src_end) it came from."""

    start: int
    end: int
    src_start: int
    src_end: int


@direct_init
@dataclass(frozen=True)
class Problem:
    """Something odd found on the way; recorded, not fatal."""

    code: str  # e.g. "no_operative_clauses", "hijri_mismatch"
    message: str
    severity: Severity = "warning"
    span: Span | None = None


@direct_init
@dataclass(frozen=True)
class Clause:
    """A unit of a document's body: a title line, the subject line, a
    preambular or operative clause, a sub-item, or a narrative paragraph."""

    kind: ClauseKind
    order: int  # 1-based position among clauses of the same kind in the document
    text: str  # cleaned text, as printed apart from layout
    span: Span
    number: str | None = None  # the printed number or label: "12", "iv", "(a)"
    act: str | None = None  # the leading verb's act (vocab), when known
    items: tuple[Clause, ...] = ()  # sub-items, in order


@direct_init
@dataclass(frozen=True)
class Evidence:
    """Where an extracted value came from: the words as printed and their span.
    ``note`` says why, where a rule decided (e.g. the evidence for a doc_type)."""

    field: str  # "doc_type", "symbol", "title", "session", "venue", "date", "chair", ...
    text: str
    span: Span | None = None
    note: str | None = None


@direct_init
@dataclass(frozen=True)
class Session:
    """The session or meeting a document records: ordinal and name, as printed."""

    number: int | None = None  # "34th", "Thirty-Fourth", "XXXIV" → 34
    name: str | None = None


@direct_init
@dataclass(frozen=True)
class Venue:
    city: str | None = None
    country: str | None = None  # ISO 3166-1 alpha-3


@direct_init
@dataclass(frozen=True)
class Dates:
    """When the meeting or session took place."""

    start: str | None = None  # ISO 8601
    end: str | None = None
    hijri: str | None = None  # as printed, e.g. "28-30 Rabi Al-Thani 1428"


@direct_init
@dataclass(frozen=True)
class Quote:
    """Words in quotation marks and who the text says spoke them."""

    text: str
    span: Span
    speaker: str | None = None
    speaker_span: Span | None = None


@direct_init
@dataclass(frozen=True)
class Adoption:
    """How a resolution was adopted, as its closing line says."""

    meeting: int | None = None
    votes_for: int | None = None
    against: int | None = None
    abstaining: int | None = None
    unanimous: bool | None = None


@direct_init
@dataclass(frozen=True)
class Actor:
    """A mention of a state, an organisation or one of its organs, a person,
    or a group, with its normalised id beside the wording as printed."""

    kind: str  # vocab.ACTOR_KINDS
    name: str  # as printed
    span: Span
    id: str | None = None  # ISO alpha-3 for a state; gazetteer id for a body; a slug for a person
    role: str | None = None  # for persons: the role as the text gives it
    honorific: str | None = None  # "His Excellency Mr.", "Ambassador", "Dr" — stripped from name


@direct_init
@dataclass(frozen=True)
class DateMention:
    """An explicit date, month or year in the text (a range gives start and end)."""

    text: str  # as printed
    span: Span
    start: str  # ISO: "2019-08-05", "2018-06" or "1994"
    end: str | None = None
    precision: str = "day"  # "day", "month", "year"
    calendar: str = "gregorian"  # or "hijri" (start/end are then the Gregorian equivalents)
    relative: bool = False  # "on Thursday", resolved against the document's date when known


@direct_init
@dataclass(frozen=True)
class Ask:
    """A request, demand, call, appeal, direction or mandate in a clause."""

    clause: int  # the operative clause's number (printed, else its order)
    addressee: str  # as printed
    force: str  # the act: vocab.FORCES
    action: str  # the requested verb phrase
    span: Span
    addressee_id: str | None = None  # the actor it resolves to
    due: str | None = None  # a date, an occasion or a frequency, as printed
    internal: bool | None = None  # the addressee belongs to the issuing organisation


@direct_init
@dataclass(frozen=True)
class Reference:
    """A document, meeting or instrument the text cites, as a spec a later
    step resolves against the store."""

    kind: str  # "document", "meeting", "instrument"
    text: str  # as printed
    span: Span
    symbol: str | None = None
    body: str | None = None
    session: int | None = None
    date: str | None = None  # ISO


@direct_init
@dataclass(frozen=True)
class Position:
    """A stance the text attributes to a party other than its author."""

    holder: str  # as printed
    text: str
    span: Span
    holder_id: str | None = None


@direct_init
@dataclass(frozen=True)
class Record:
    """One document: its kind, its title block, its body, and what was odd."""

    id: str  # deterministic: content hash of the file + position in it
    origin: str
    sha256: str  # of the file
    position: int  # 1-based position of this document in its file
    media_type: str
    doc_type: str  # vocab.DOC_TYPES
    text: str  # cleaned text of this document
    span: Span  # where this document sits in the cleaned text of the file
    title: str | None = None
    symbol: str | None = None
    body: str | None = None
    date: str | None = None  # ISO 8601 date of the meeting or document, when known
    year: int | None = None
    language: str = "en"
    # the title block (issue: structure to the gold standard); None / () when not found
    issuer: str | None = None  # the office that published it, where not the body
    level: str | None = None  # vocab.LEVELS
    session: Session | None = None
    venue: Venue | None = None
    dates: Dates | None = None
    chair: str | None = None
    attendees: tuple[str, ...] = ()  # ISO alpha-3
    document_symbol: str | None = None  # a second symbol printed in brackets, "[S/726]"
    adoption: Adoption | None = None
    quotes: tuple[Quote, ...] = ()
    # who, when, and what was asked
    actors: tuple[Actor, ...] = ()
    dates_mentioned: tuple[DateMention, ...] = ()
    asks: tuple[Ask, ...] = ()
    references: tuple[Reference, ...] = ()
    positions: tuple[Position, ...] = ()
    evidence: tuple[Evidence, ...] = ()
    clauses: tuple[Clause, ...] = ()  # title lines, subject, preambular, operative, paragraphs
    problems: tuple[Problem, ...] = ()
    furniture: tuple[Furniture, ...] = ()

    def of_kind(self, *kinds: ClauseKind) -> tuple[Clause, ...]:
        return tuple(c for c in self.clauses if c.kind in kinds)


# ---------------------------------------------------------------- JSON round trip

T = TypeVar("T")


def to_json(value: Any) -> Any:
    """A frozen dataclass (or tuple of them) as plain JSON-ready data."""
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (tuple, list)):
        return [to_json(v) for v in value]
    return value


def from_json(cls: type[T], data: Any) -> T:
    """Rebuild a dataclass of type ``cls`` from ``to_json`` output."""
    return _build(cls, data)  # type: ignore[no-any-return]


@cache
def _hints(cls: type) -> dict[str, Any]:
    """The resolved field types of a dataclass (resolving them is slow: once per class)."""
    return get_type_hints(cls)


def _build(tp: Any, data: Any) -> Any:
    if data is None:
        return None
    origin = get_origin(tp)
    if origin is tuple:
        (inner, _) = get_args(tp)
        return tuple(_build(inner, d) for d in data)
    if origin is not None and type(None) in get_args(tp):  # X | None
        inner = next(a for a in get_args(tp) if a is not type(None))
        return _build(inner, data)
    if isinstance(tp, type) and is_dataclass(tp):
        hints = _hints(tp)
        return tp(**{k: _build(hints[k], v) for k, v in data.items() if k in hints})
    return data


__all__ = [
    "Actor",
    "Adoption",
    "Ask",
    "Clause",
    "ClauseKind",
    "DateMention",
    "Dates",
    "Evidence",
    "Furniture",
    "MediaType",
    "OffsetMap",
    "Position",
    "Problem",
    "Quote",
    "Record",
    "Reference",
    "Segment",
    "Session",
    "Severity",
    "Source",
    "Span",
    "Text",
    "Venue",
    "direct_init",
    "from_json",
    "to_json",
]
