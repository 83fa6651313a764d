-- The first shape of the store: files, documents with their clauses and
-- problems, and the full Record JSON so a record reads back exactly.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

-- One row per file (or URL) ingested: which content it holds now.
CREATE TABLE IF NOT EXISTS files (
    origin TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    records_hash TEXT NOT NULL,     -- hash of the stored Record JSON: same file, new extractor → new hash
    n_records INTEGER NOT NULL,
    generation INTEGER NOT NULL,    -- meta.generation when this row was written
    stored_at TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS files_sha256 ON files (sha256);

-- Documents are keyed by content (id = sha256[:16]-position), so two origins
-- holding the same bytes share their documents.
CREATE TABLE IF NOT EXISTS documents (
    id TEXT PRIMARY KEY,
    sha256 TEXT NOT NULL,
    origin TEXT NOT NULL,           -- the origin the record was extracted from
    position INTEGER NOT NULL,
    media_type TEXT NOT NULL,
    doc_type TEXT NOT NULL,
    title TEXT,
    symbol TEXT,
    body TEXT,
    date TEXT,
    year INTEGER,
    language TEXT NOT NULL,
    n_clauses INTEGER NOT NULL,
    json TEXT NOT NULL              -- models.to_json(record)
);
CREATE INDEX IF NOT EXISTS documents_sha256 ON documents (sha256, position);
CREATE INDEX IF NOT EXISTS documents_year ON documents (year, date);
CREATE INDEX IF NOT EXISTS documents_type_year ON documents (doc_type, year, date);

-- Clauses flattened in document order; an item points at its parent by seq.
CREATE TABLE IF NOT EXISTS clauses (
    document_id TEXT NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,           -- 0-based, in reading order, items after their parent
    parent_seq INTEGER,
    kind TEXT NOT NULL,
    ord INTEGER NOT NULL,           -- Clause.order
    number TEXT,
    act TEXT,
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    src_start INTEGER NOT NULL,
    src_end INTEGER NOT NULL,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS problems (
    document_id TEXT NOT NULL REFERENCES documents (id),
    seq INTEGER NOT NULL,
    code TEXT NOT NULL,
    message TEXT NOT NULL,
    severity TEXT NOT NULL,
    start INTEGER,
    end INTEGER,
    PRIMARY KEY (document_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS problems_code ON problems (code);

-- Content whose search-index entries must be redone: written in the same
-- transaction as the records, deleted once the index has committed them.
CREATE TABLE IF NOT EXISTS search_pending (
    generation INTEGER NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (generation, sha256)
) WITHOUT ROWID;
