"""The offset map stays exact through every cleaning step."""

from __future__ import annotations

import re

import pytest
from tests.conftest import CORPUS, seed

from communique.models import Segment
from communique.normalise import clean_text
from communique.normalise.offsets import begin, rewrite

_FOLD = str.maketrans({"“": '"', "”": '"', "’": "'", "‘": "'", "–": "-", "—": "-", "\u00ad": ""})


def fold(s: str) -> str:
    """Text modulo layout: no whitespace, no hyphens (joined or kept at a line end),
    one form of quotes."""
    s = s.translate(_FOLD)
    return re.sub(r"[\s-]+", "", s)


def test_rewrite_composes_maps() -> None:
    t = begin("ab  cd\n\nef")
    t = rewrite(t, [(2, 4, " ")])  # "ab cd\n\nef"
    t = rewrite(t, [(5, 7, " "), (0, 1, "")])  # "b cd ef"
    assert t.text == "b cd ef"
    assert t.offsets.to_source(0, 1) == (1, 2)
    assert t.offsets.to_source(1, 2) == (2, 4)
    assert t.offsets.to_source(2, 4) == (4, 6)
    assert t.offsets.to_source(5, 7) == (8, 10)


def test_rewrite_merges_one_to_one_runs() -> None:
    t = rewrite(begin("abcdef"), [(2, 3, "")])
    assert t.offsets.segments == (Segment(0, 2, 0, 2), Segment(2, 5, 3, 6))


def test_insertion_and_empty_text() -> None:
    assert rewrite(begin(""), []).text == ""
    t = rewrite(begin("ab"), [(1, 1, "-")])
    assert t.text == "a-b"
    assert t.offsets.to_source(2, 3) == (1, 2)


def _check_words(source: str) -> int:
    text = clean_text(source)
    checked = 0
    for m in re.finditer(r"\w+(?:[-'/.]\w+)*", text.text):
        s, e = text.offsets.to_source(m.start(), m.end())
        assert fold(source[s:e]) == fold(m.group()), (m.group(), source[s:e])
        checked += 1
    # whole paragraphs too
    for m in re.finditer(r"[^\n]+", text.text):
        s, e = text.offsets.to_source(m.start(), m.end())
        got = fold(source[s:e])
        want = fold(m.group())
        assert got.startswith(want[:12]) and got.endswith(want[-6:]), m.group()[:60]
    return checked


@pytest.mark.parametrize("prefix", ["000", "001", "002", "003", "004"])
def test_seed_spans_map_back(corpus, prefix: str) -> None:
    assert _check_words(seed(prefix).read_text(encoding="utf-8")) > 200


def test_unsc_spans_map_back(corpus) -> None:
    files = sorted((CORPUS / "unsc").glob("*.txt"))[::15]
    for path in files:
        _check_words(path.read_text(encoding="utf-8"))


def test_invented_artifacts_map_back() -> None:
    source = (
        "Res  \n\n  on   8\n\nth\n October, the self-\ndetermination “right”\u00a0of "
        "para-\ngraph paragraph."
    )
    assert _check_words(source) >= 8
