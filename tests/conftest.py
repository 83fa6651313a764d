"""Shared fixtures: where the shared corpus and the bundled examples are."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus"
EXAMPLES = ROOT / "examples"


def seed(prefix: str) -> Path:
    """The seed file whose name starts with ``prefix`` (e.g. "004")."""
    (path,) = sorted((CORPUS / "seeds").glob(f"{prefix}_*.txt"))
    return path


@pytest.fixture
def corpus() -> Path:
    if not CORPUS.is_dir():
        pytest.skip("../shared/corpus is not beside the repository")
    return CORPUS


@pytest.fixture
def examples() -> Path:
    return EXAMPLES
