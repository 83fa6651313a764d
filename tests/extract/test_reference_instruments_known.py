"""The known-instrument pattern checks for a word before a spelling after the
spelling's first character (so the regex engine can skip ahead): it must find
exactly what the plain pattern, checking before the spelling, finds."""

from __future__ import annotations

import random
import re

from communique.extract.reference_instruments import _known
from communique.normalise.wordlists import rows

# a look-behind after a first character: "U(?<![\w.]U)nited"
_GUARD = re.compile(r"\(\?<!\[\\w\.\](?:\\.|[^\\])\)")


def _plain() -> re.Pattern[str]:
    return re.compile(r"(?<![\w.])" + _GUARD.sub("", _known()[0].pattern))


def test_guard_after_first_character_finds_the_same() -> None:
    fast, plain = _known()[0], _plain()
    assert fast.pattern != plain.pattern
    spellings = [r[-1] for r in rows("instruments.tsv")]
    pieces = [*spellings, *(s[:9] for s in spellings), " ", "-", ".", "x", "\n", "é", "(", ", "]
    rnd = random.Random(7)
    for _ in range(3000):
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 6)))
        pos = rnd.randint(0, len(s))
        assert [m.span() for m in fast.finditer(s, pos)] == [
            m.span() for m in plain.finditer(s, pos)
        ], (s, pos)
