"""The cheap first tests of ``mentions`` agree with the plain definitions they stand before."""

from __future__ import annotations

import random

from communique.extract import mentions as m

_PIECES = [*"ai mrsjunlet,\n\t.-–/voûbdécJMSİ1x", "May", "June", "Sept.", "mai", "juin"]
_PIECES += ["août", "December", "Jan", "mars", "Apri]", "     ", "....", "janvier", "2007"]


def _cases(n: int, seed: int) -> list[tuple[str, int]]:
    """Random strings with a year inserted at each place."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        s = "".join(rng.choice(_PIECES) for _ in range(rng.randint(0, 10)))
        out += [(s[:y] + "2007" + s[y:], y) for y in range(len(s) + 1)]
    return out


def test_french_month_before_is_token_before_in_the_french_months() -> None:
    for s, y in _cases(3000, 1):
        plain = s[y - 2 : y - 1].islower() and m._token_before(s, y)[1] in m._FR_LOWER
        assert m._french_month_before(s, y) == plain, (s, y)


def test_month_may_end_before_holds_wherever_a_month_is_read() -> None:
    for s, y in _cases(3000, 2):
        word = m._token_before(s, y)[1]
        first, _, second = word.replace("–", "-").replace("/", "-").partition("-")
        month = (second and m._month_word(first) and m._month_word(second)) or m._month_word(word)
        if month:
            assert m._month_may_end_before(s, y), (s, y)
