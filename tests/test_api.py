"""The public API is a few verbs and the models; this guards it."""

from __future__ import annotations

import communique


def test_public_names() -> None:
    assert set(communique.__all__) == {
        "BatchSummary",
        "Clause",
        "CommuniqueError",
        "FileOutcome",
        "Furniture",
        "OffsetMap",
        "Problem",
        "Record",
        "Source",
        "Span",
        "Store",
        "Text",
        "__version__",
        "classify_paragraphs",
        "clean",
        "extract",
        "from_json",
        "ingest_all",
        "open_store",
        "read",
        "to_json",
    }
    for name in communique.__all__:
        assert getattr(communique, name) is not None
