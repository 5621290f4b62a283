-- Second schema: denials, claim mentions, the curation audit log, article title search, and the indexes the
-- filters, sorts and traversals of the API need. Forward-only, like 001.

-- The relations a claim denies ("denied any contact with"). Kept apart from assertions so that a denial is
-- never evidence: it counts towards no relation and only pairs up with assertions as a contradiction.
CREATE TABLE denials (
    claim_id  TEXT NOT NULL REFERENCES claims (id),
    from_id   TEXT NOT NULL REFERENCES entities (id),
    type      TEXT NOT NULL,
    to_id     TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, from_id, type, to_id),
    CHECK (from_id <> to_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_denials_relation ON denials (from_id, type, to_id);
CREATE INDEX ix_denials_to ON denials (to_id, type, from_id);

-- Which live claims mention each entity: as speaker, about, place, or at either end of an asserted or denied
-- relation (the reporting outlet is not a mention). Derived and kept in step by import, merge and retraction
-- (a retracted claim's rows are deleted), so mention counts, "newest" sorts and timelines read one index.
CREATE TABLE claim_mentions (
    entity_id    TEXT NOT NULL REFERENCES entities (id),
    claim_id     TEXT NOT NULL REFERENCES claims (id),
    reported_at  TEXT NOT NULL,
    PRIMARY KEY (entity_id, claim_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_claim_mentions_time ON claim_mentions (entity_id, reported_at);
CREATE INDEX ix_claim_mentions_claim ON claim_mentions (claim_id);

INSERT OR IGNORE INTO claim_mentions (entity_id, claim_id, reported_at)
SELECT m.entity_id, c.id, c.reported_at
FROM (SELECT id AS claim_id, speaker_id AS entity_id FROM claims WHERE speaker_id IS NOT NULL
      UNION SELECT claim_id, entity_id FROM claim_roles
      UNION SELECT claim_id, from_id FROM assertions
      UNION SELECT claim_id, to_id FROM assertions) m
JOIN claims c ON c.id = m.claim_id
WHERE c.retracted = 0;

-- Every curation that changed something: who (as the caller named them), when, what and why. No foreign
-- keys: entries outlive the entities and claims they name (a merged entity is deleted).
CREATE TABLE audit_log (
    id       INTEGER PRIMARY KEY,
    at       TEXT NOT NULL,
    actor    TEXT NOT NULL,
    action   TEXT NOT NULL CHECK (action IN ('MergeEntities', 'AddAlias', 'RetractClaim')),
    target   TEXT NOT NULL,
    subject  TEXT,
    reason   TEXT,
    details  TEXT NOT NULL CHECK (json_valid(details))
) STRICT;

CREATE INDEX ix_audit_target ON audit_log (target, id);
CREATE INDEX ix_audit_subject ON audit_log (subject, id);

-- Full-text search over article titles (external content, like claims_fts).
CREATE VIRTUAL TABLE articles_fts USING fts5 (
    title,
    content = 'articles',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
    INSERT INTO articles_fts (rowid, title) VALUES (new.rowid, new.title);
END;

CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
    INSERT INTO articles_fts (articles_fts, rowid, title) VALUES ('delete', old.rowid, old.title);
END;

INSERT INTO articles_fts (rowid, title) SELECT rowid, title FROM articles;

-- Article filters and sorts.
CREATE INDEX ix_articles_outlet ON articles (outlet COLLATE NOCASE, reported_at);
CREATE INDEX ix_articles_reported ON articles (reported_at, id);

-- Relations by type (type filters without an entity), and claims by the relation types they assert.
CREATE INDEX ix_relations_type ON relations (type, claim_count DESC);
CREATE INDEX ix_assertions_type ON assertions (type, from_id, to_id);

-- Organisation filters and merges re-point members of an organisation.
CREATE INDEX ix_entities_part_of ON entities (part_of_id);
