"""The openings of ``web_furniture.txt``: every line a pattern matches opens with one.

``furniture.web_furniture`` matches a line against the patterns only when it opens
with one of the openings (case aside), so each pattern must begin with its
openings as plain text: one word, or a group of them ("(previous|next) ..."),
not followed by a quantifier and with no alternative outside a group."""

from __future__ import annotations

import re

import pytest

from communique.normalise import furniture
from communique.normalise.offsets import begin
from communique.normalise.wordlists import rows

ROWS = [row for row in rows("web_furniture.txt") if len(row) >= 2]


def _top_level_bar(body: str) -> bool:
    """Whether ``body`` has a ``|`` outside every group and character class."""
    depth, in_class, escaped = 0, False, False
    for c in body:
        if escaped:
            escaped = False
        elif c == "\\":
            escaped = True
        elif in_class:
            in_class = c != "]"
        elif c == "[":
            in_class = True
        elif c == "(":
            depth += 1
        elif c == ")":
            depth -= 1
        elif c == "|" and depth == 0:
            return True
    return False


@pytest.mark.parametrize("row", ROWS, ids=[row[1] for row in ROWS])
def test_pattern_begins_with_its_openings(row: tuple[str, ...]) -> None:
    _, pattern, openings = row
    words = openings.split()
    assert words and all(re.fullmatch(r"[a-z]+(?:-[a-z]+)*", w) for w in words)
    body = pattern.removeprefix("(?i)").lower()
    head = words[0] if len(words) == 1 else "(" + "|".join(words) + ")"
    assert body.startswith(head)
    assert body[len(head) : len(head) + 1] not in ("?", "*", "+", "{")
    assert not _top_level_bar(body)


@pytest.mark.parametrize(
    "line",
    [
        "Press Release |",
        "HOME > News",
        "Skip to main content",
        "Next story",
        "Save as PDF",
        "Font size: A A",
        "SHARE THIS PAGE ON:",
        "e-mail",
        "LinkedIn",
        "Follow us on X",
        "ſhare",  # long s: re folds it to "s", the opening test leaves it to the pattern
    ],
)
def test_furniture_lines_are_removed(line: str) -> None:
    out = furniture.web_furniture(begin(f"Body.\n{line}\nMore."), "")
    assert out.text == "Body.\n\nMore."
