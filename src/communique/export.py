"""Exports of the whole store."""

from __future__ import annotations

import json
from typing import TextIO

from communique.models import to_json
from communique.store import Store


def export_json(store: Store, out: TextIO, *, lines: bool = False) -> int:
    """Write every record as JSON (one array) or JSON Lines; return the count.

    Records are streamed one at a time, so memory does not grow with the store.
    """
    n = 0
    if not lines:
        out.write("[")
    for record in store.iter_records():
        text = json.dumps(to_json(record), ensure_ascii=False)
        if lines:
            out.write(text + "\n")
        else:
            out.write(("\n" if n == 0 else ",\n") + text)
        n += 1
    if not lines:
        out.write("\n]\n" if n else "]\n")
    return n


__all__ = ["export_json"]
