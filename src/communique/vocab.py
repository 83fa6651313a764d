"""Controlled vocabularies: the closed sets of names the record uses."""

from __future__ import annotations

from typing import Final

DOC_TYPES: Final = (
    "resolution",
    "joint_communique",
    "meeting_report",
    "press_release",
    "statement",
    "news_report",
    "document",  # not yet told apart
)

LEVELS: Final = ("ministerial", "summit", "senior_officials", "informal")

CLAUSE_KINDS: Final = (
    "title",
    "subject",
    "preambular",
    "operative",
    "item",
    "paragraph",
    "closing",
)

# Clause kinds whose text is indexed for search.
SEARCHABLE_KINDS: Final = ("preambular", "operative", "item", "paragraph", "subject", "title")
