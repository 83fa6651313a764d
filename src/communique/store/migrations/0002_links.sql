-- Links between records: meetings assembled from the documents that record
-- or mention them (link.meetings) and references resolved (link.resolve).
-- Derived data: store.links.relink rebuilds every table here from the
-- stored records in one transaction, so no row points at a row of
-- 0001_initial with a foreign key (a relink follows every put_file).

CREATE TABLE IF NOT EXISTS meetings (
    id TEXT PRIMARY KEY,            -- link.meetings: "m-" + hash of body key and day or session
    body TEXT NOT NULL,             -- body key: gazetteer id, or "name:<folded words>"
    body_name TEXT,                 -- the first name printed for the body
    start TEXT,                     -- the earliest day any source claims
    end TEXT,                       -- the latest day any source claims
    year INTEGER,
    session TEXT,                   -- the sessions claimed, ", " between them
    venue TEXT,                     -- the cities claimed, ", " between them
    n_sources INTEGER NOT NULL,     -- documents that record or mention it
    by_reference_only INTEGER NOT NULL,  -- 1: no document in the store records it
    disagreements TEXT,             -- fields whose claims disagree, ", " between them; NULL: none
    json TEXT NOT NULL              -- models.to_json(Meeting)
);
CREATE INDEX IF NOT EXISTS meetings_start ON meetings (year, start);
CREATE INDEX IF NOT EXISTS meetings_body ON meetings (body, start);

-- Every claim about every meeting, with the document that makes it.
CREATE TABLE IF NOT EXISTS meeting_claims (
    meeting_id TEXT NOT NULL,
    seq INTEGER NOT NULL,
    field TEXT NOT NULL,            -- body, level, dates, city, country, session, chair, attendees
    value TEXT NOT NULL,
    document_id TEXT NOT NULL,
    text TEXT,                      -- as printed
    note TEXT,
    start INTEGER,
    end INTEGER,
    src_start INTEGER,
    src_end INTEGER,
    PRIMARY KEY (meeting_id, seq)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS meeting_claims_document ON meeting_claims (document_id);

-- Documents and the meetings they record or mention.
CREATE TABLE IF NOT EXISTS document_meetings (
    document_id TEXT NOT NULL,
    meeting_id TEXT NOT NULL,
    role TEXT NOT NULL,             -- "records" | "mentions"
    reference INTEGER NOT NULL,     -- index in the document's references; -1 for "records"
    text TEXT,
    start INTEGER,
    end INTEGER,
    src_start INTEGER,
    src_end INTEGER,
    PRIMARY KEY (document_id, meeting_id, role, reference)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS document_meetings_meeting ON document_meetings (meeting_id);

-- Every reference of every document: one row per target, or one row with
-- target_id NULL while the spec is open.
CREATE TABLE IF NOT EXISTS links (
    document_id TEXT NOT NULL,
    reference INTEGER NOT NULL,     -- index in the document's references
    kind TEXT NOT NULL,             -- "document", "meeting", "instrument"
    text TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    src_start INTEGER NOT NULL,
    src_end INTEGER NOT NULL,
    spec TEXT NOT NULL,             -- "symbol:186(1964)", "meeting:<body>|<day>", "<kind>:<text>"
    status TEXT NOT NULL,           -- "resolved", "ambiguous", "open"
    target_id TEXT,                 -- a document the reference names
    meeting_id TEXT,                -- the meeting a meeting reference names
    how TEXT                        -- why it matched: "symbol", "document symbol", "meeting"
);
CREATE INDEX IF NOT EXISTS links_document ON links (document_id, reference);
CREATE INDEX IF NOT EXISTS links_target ON links (target_id);
CREATE INDEX IF NOT EXISTS links_spec ON links (spec);
