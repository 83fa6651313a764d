"""Gold annotations: YAML files (format: ``../shared/corpus/README.md``) as frozen data.

    for gold in load_dir(Path("../shared/corpus/gold")):
        gold.source, [doc.get("date.start") for doc in gold.documents]

Every value is frozen on the way in: mappings become read-only mappings, lists
become tuples, and YAML dates (``2023-09-20``) become ISO strings, so a gold
value compares with what ``record_view`` gives. A field that is absent and a
field that is null differ: ``get`` answers ``MISSING`` for the first and
``None`` for the second ("the right answer is: nothing").
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Any, Final

from communique.errors import InputError, NotFoundError


class GoldError(InputError):
    """A gold file that cannot be read or does not have the gold format's shape."""


class _Missing:
    """The answer for a field the gold does not have (not the same as null)."""

    def __repr__(self) -> str:
        return "MISSING"


MISSING: Final = _Missing()


@dataclass(frozen=True)
class GoldDocument:
    """One document of a gold file: its 1-based position and its fields."""

    position: int
    fields: Mapping[str, Any]

    def get(self, path: str) -> Any:
        """The value at a dotted path ("session.number"), or ``MISSING``."""
        value: Any = self.fields
        for key in path.split("."):
            if not isinstance(value, Mapping) or key not in value:
                return MISSING
            value = value[key]
        return value

    @property
    def symbol(self) -> str | None:
        value = self.fields.get("symbol")
        return str(value) if value is not None else None


@dataclass(frozen=True)
class GoldFile:
    """A gold file: where it is, the text file it annotates, its documents in order."""

    path: str
    source: str
    documents: tuple[GoldDocument, ...]


def freeze(value: Any) -> Any:
    """YAML data as read-only data: mappings, tuples, ISO strings for dates."""
    if isinstance(value, Mapping):
        return MappingProxyType({str(k): freeze(v) for k, v in value.items()})
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    return value


def parse(text: str, path: str = "<gold>") -> GoldFile:
    """A gold file from its YAML text; ``GoldError`` naming ``path`` when malformed."""
    try:  # PyYAML is needed here only (a development extra), so it is imported here
        import yaml
    except ImportError:  # pragma: no cover - depends on the environment
        raise GoldError("reading gold files needs PyYAML (pip install PyYAML)", path) from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        where = getattr(exc, "problem_mark", None)
        line = f" at line {where.line + 1}" if where is not None else ""
        raise GoldError(f"not readable YAML{line}", path) from None
    if not isinstance(data, Mapping):
        raise GoldError("not a gold file: expected a mapping with source and documents", path)
    source = data.get("source")
    if not isinstance(source, str) or not source.strip():
        raise GoldError("no 'source' naming the text file", path)
    documents = data.get("documents")
    if not isinstance(documents, list) or not all(isinstance(d, Mapping) for d in documents):
        raise GoldError("'documents' must be a list of mappings", path)
    return GoldFile(
        path=path,
        source=source.strip(),
        documents=tuple(GoldDocument(i, freeze(d)) for i, d in enumerate(documents, 1)),
    )


def load(path: Path) -> GoldFile:
    """Read one gold file."""
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise GoldError(f"cannot be read: {exc.__class__.__name__}", str(path)) from None
    return parse(text, str(path))


def load_dir(folder: Path) -> tuple[GoldFile, ...]:
    """Every ``*.yaml`` / ``*.yml`` file in a folder, by name."""
    if not folder.is_dir():
        raise NotFoundError("no such folder", str(folder))
    paths = sorted(p for p in folder.iterdir() if p.suffix in (".yaml", ".yml") and p.is_file())
    if not paths:
        raise GoldError("no gold files (*.yaml) in this folder", str(folder))
    return tuple(load(p) for p in paths)


__all__ = [
    "MISSING",
    "GoldDocument",
    "GoldError",
    "GoldFile",
    "freeze",
    "load",
    "load_dir",
    "parse",
]
