"""communique: outcome documents of intergovernmental bodies as a linked, searchable record.

The public verbs follow the flow of the data::

    source = read("resolutions.pdf")          # bytes → Source (text, media type, origin)
    text = clean(source)                      # Source → Text (+ offset map back to the source)
    records = extract(source)                 # Source → (Record, ...) one per document in the file
    with open_store("dossier.db") as store:   # SQLite by default
        store.put_file(source.origin, source.sha256, records)
        store.search("self-determination")
    ingest_all(["folder/", "https://…"], store)  # all of it for a batch, one transaction a file
"""

from __future__ import annotations

from communique.batch import BatchSummary, FileOutcome, ingest_all
from communique.errors import CommuniqueError
from communique.extract import extract
from communique.extract.classify import classify_paragraphs
from communique.ingest import read
from communique.models import (
    Clause,
    Furniture,
    OffsetMap,
    Problem,
    Record,
    Source,
    Span,
    Text,
    from_json,
    to_json,
)
from communique.normalise import clean
from communique.store import Store, open_store

__version__ = "0.1.0"

__all__ = [
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
]
