"""``_verbs_in`` skips its scans for where an ask can start when no asking verb could
stand anywhere else: it must find what the plain definition finds."""

from __future__ import annotations

import random
from collections.abc import Iterator

import pytest

from communique.extract import asks
from communique.extract.asks import Verb, _verbs_in


def _plain(s: str, language: str, subject_ok: bool) -> Iterator[Verb]:
    """The definition: every place after a coordination or a "reiterated its call",
    kept where a stem starts, then the verb pattern tried there."""
    lower = s.lower() if s.isascii() else None
    stems = asks._stems(language)
    if lower is not None and not any(stem in lower for stem in stems):
        return
    pattern, table = asks._verbs(language)
    label = asks._LABEL.match(s)
    lead = label.end() if label else 0
    opener = asks._OPENERS.match(s[lead:])
    assert opener is not None
    lead += opener.end()
    if not subject_ok:
        yield from _verbs_in(s, language, subject_ok)
        return
    starts = {lead}
    starts.update(m.end() for m in asks._AFTER_COORD.finditer(s))
    starts.update(m.end() for m in asks._SAYING_AT.finditer(s))
    if lower is not None:
        starts = {pos for pos in starts if lower.startswith(stems, pos)}
    for pos in sorted(starts):
        m = pattern.match(s, pos)
        if m is None:
            continue
        printed = " ".join(m.group().lower().split())
        force, frame = table.get(printed) or table.get(asks._key(printed), ("", ""))
        if force:
            yield Verb(force, "that" if frame == "that" else "to", m.group(), m.start(), m.end())


_WORDS = (
    "1.", "(a)", "Requests", "requests", "request", "calls", "upon", "on", "call", "recalls",
    "urges", "urgently", "also", "further", "again", "and", "et", ",", ";", ":", "the",
    "Secretary-General", "to", "that", "reiterates", "its", "made", "an", "appeal", "asks",
    "task", "demands", "invites", "encourages", "States", "report", "Calls", "Réitère",
    "demande", "prie", "instamment", "encourage", "invite", "and\n", "  ",
)  # fmt: skip


@pytest.mark.parametrize("language", ["en", "fr"])
def test_verbs_in_matches_plain_definition(language: str) -> None:
    rng = random.Random(7)
    for _ in range(3000):
        words = [rng.choice(_WORDS) for _ in range(rng.randint(1, 14))]
        s = " ".join(words)
        assert list(_verbs_in(s, language, True)) == list(_plain(s, language, True)), s
