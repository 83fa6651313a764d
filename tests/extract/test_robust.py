"""extract() never raises on odd input."""

from __future__ import annotations

import hashlib
import random

from communique.extract import extract
from communique.models import Source


def source(text: str) -> Source:
    raw = text.encode("utf-8", "surrogatepass")
    return Source("odd.txt", "text/plain", text, hashlib.sha256(raw).hexdigest(), len(raw))


ODD = [
    "",
    " ",
    "\n\n\n",
    "\f",
    "one line",
    "1.",
    "(a)",
    "-----",
    "RESOLUTION NO.",
    ";;;,,,...!!!",
    "The Security Council,",
    "Adopted",
    "4 Ibid.",
    "\u00ad\u200b\ufeff",
    "8\n\nth\n",
    "self-\n",
    "1. \n2. \n3.",
    "i.\nii.\n(a)\n(i)",
]


def test_odd_inputs() -> None:
    for text in ODD:
        recs = extract(source(text))
        assert len(recs) >= 1
        for r in recs:
            assert r.position >= 1 and r.id.endswith(f"-{r.position}")


ALPHABET = [*"aZ1. ,;:-()\n\f\t*_ivx“”'\u00ad", "\n\n", "th", "Noting", "1. Calls", "(a) "]


def test_random_punctuation() -> None:
    rng = random.Random(20240601)
    for _ in range(400):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randrange(0, 120)))
        for rec in extract(source(text)):
            assert rec.span.start <= rec.span.end
            for c in rec.clauses:
                assert 0 <= c.span.src_start <= c.span.src_end <= len(text)


def test_random_text() -> None:
    rng = random.Random(7)
    for _ in range(200):
        text = "".join(chr(rng.randrange(1, 0x2FFF)) for _ in range(rng.randrange(0, 200)))
        extract(source(text))


def test_a_bug_becomes_a_problem(monkeypatch) -> None:
    import sys

    ex = sys.modules["communique.extract"]

    def boom(*args, **kwargs):
        raise ValueError("boom")

    monkeypatch.setattr(ex, "segment", boom)
    (rec,) = extract(source("1. Decides."))
    assert rec.doc_type == "document"
    assert [p.code for p in rec.problems] == ["extract_failed"]
