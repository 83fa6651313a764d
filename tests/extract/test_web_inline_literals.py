"""Each pattern of ``web_furniture_inline.txt`` holds the piece of text that lets
``furniture.web_furniture`` skip a text without it: the piece stands in the pattern
as literal text (escapes aside), outside any optional or alternative part."""

from __future__ import annotations

import re

from communique.normalise.wordlists import rows


def test_every_match_contains_its_piece() -> None:
    samples = {
        "social": [
            "pic.twitter.com/abc— Jane Doe (@jdoe) May 29, 2019",
            "http://t.co/xyz",
            "https://t.co/Q1",
        ]
    }
    for kind, body, piece in rows("web_furniture_inline.txt"):
        assert piece in body.replace("\\", "")
        matched = [m.group() for t in samples[kind] if (m := re.search(body, t))]
        assert matched
        assert all(piece in m for m in matched)
