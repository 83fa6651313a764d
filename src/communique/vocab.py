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

ACTOR_KINDS: Final = ("state", "organisation", "organ", "person", "group", "place")

# The force of an ask, weakest first: "calls upon India" → "demands that India"
# is a hardening. Acts not listed here are not asks.
FORCES: Final = (
    "invite",
    "encourage",
    "recommend",
    "appeal",
    "request",
    "call",
    "urge",
    "entrust",
    "mandate",
    "direct",
    "demand",
)


def force_rank(force: str) -> int:
    """Position on the scale of strength (higher is stronger); -1 when not an ask."""
    return FORCES.index(force) if force in FORCES else -1
