"""Which parts of a web page are furniture: rules kept as data in furniture_html.json.

A rule names the *kind* of furniture ("navigation", "widget", "social",
"header", "footer", "sidebar", "label"); ``""`` means drop silently (scripts, styles:
nothing a reader sees).
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

SILENT = ""

_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")


@dataclass(frozen=True)
class Rules:
    silent_tags: frozenset[str]
    tags: dict[str, str]
    roles: dict[str, str]
    words: tuple[tuple[re.Pattern[str], str], ...]
    text: tuple[tuple[re.Pattern[str], str], ...]

    def kind_of_element(self, tag: str, attrs: dict[str, str | None]) -> str | None:
        """The furniture kind of an element by its tag, role, id, class or aria-label."""
        if tag in self.silent_tags:
            return SILENT
        if tag in self.tags:
            return self.tags[tag]
        role = (attrs.get("role") or "").strip().lower()
        if role in self.roles:
            return self.roles[role]
        names = " ".join(attrs.get(key) or "" for key in ("id", "class", "aria-label"))
        if not names.strip():
            return None
        names = _CAMEL.sub("-", names).lower()
        for pattern, kind in self.words:
            if pattern.search(names):
                return kind
        return None

    def kind_of_text(self, text: str) -> str | None:
        """The furniture kind of a short block by its text ("pic.twitter.com/…")."""
        for pattern, kind in self.text:
            if pattern.search(text):
                return kind
        return None


def rules_from(data: dict[str, Any]) -> Rules:
    """Rules from the JSON shape of furniture_html.json."""
    words = tuple(
        (re.compile(rf"(?<![a-z0-9]){re.escape(word.lower())}"), kind)
        for word, kind in data.get("words", {}).items()
    )
    text = tuple(
        (re.compile(pattern, re.I), kind)
        for kind, patterns in data.get("text", {}).items()
        for pattern in patterns
    )
    return Rules(
        silent_tags=frozenset(data.get("silent_tags", ())),
        tags=dict(data.get("tags", {})),
        roles=dict(data.get("roles", {})),
        words=words,
        text=text,
    )


@cache
def default_rules() -> Rules:
    raw = resources.files("communique.ingest").joinpath("furniture_html.json").read_text("utf-8")
    return rules_from(json.loads(raw))
