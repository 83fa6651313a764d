"""What one reader hands back before it becomes a Source."""

from __future__ import annotations

from dataclasses import dataclass

from communique.models import Furniture, Problem


@dataclass(frozen=True)
class Reading:
    """Decoded text plus what the reader noticed on the way."""

    text: str
    encoding: str | None = None
    furniture: tuple[Furniture, ...] = ()
    problems: tuple[Problem, ...] = ()


def normalise_newlines(text: str) -> str:
    """``\\r\\n`` and lone ``\\r`` become ``\\n``: the text all later offsets refer to."""
    return text.replace("\r\n", "\n").replace("\r", "\n")
