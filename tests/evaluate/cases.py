"""Tiny hand-made gold files and texts, written into a folder by the tests."""

from __future__ import annotations

from pathlib import Path

RESOLUTION = """Resolution No. 7/12-P
ON COOPERATION

The Council of Foreign Ministers,

Recalling its earlier resolutions on cooperation;

Noting with concern the slow progress made so far;

1. Calls upon all Member States to cooperate fully;

2. Requests the Secretary General to report to the next session.
"""

GOLD = """# a tiny gold file
source: tiny.txt
documents:
  - doc_type: resolution
    symbol: "7/12-P"
    title: "ON COOPERATION"
    date: {start: null}
    venue: {city: Jeddah, country: SAU}
    preamble: [recall, note]
    operative:
      - {n: 1, act: call}
      - {n: 2, act: urge}
    states: [SAU]
    events: [{kind: meeting, text: "a meeting of the Council"}]   # not extracted yet
"""


def write(folder: Path, gold: str = GOLD, text: str = RESOLUTION) -> tuple[Path, Path]:
    """gold/ and texts/ under ``folder``; returns both folders."""
    gold_dir, text_dir = folder / "gold", folder / "texts"
    gold_dir.mkdir()
    text_dir.mkdir()
    (gold_dir / "tiny.yaml").write_text(gold, encoding="utf-8")
    (text_dir / "tiny.txt").write_text(text, encoding="utf-8")
    return gold_dir, text_dir
