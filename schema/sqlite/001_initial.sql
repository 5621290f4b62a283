-- GeoGraph embedded store, first schema. Forward-only: later changes go in new numbered files.
-- Mirrors the Neo4j shape of DESIGN.md: nodes (entities, articles, claims), claim roles, assertions,
-- and a derived relations table kept in step with the assertions for fast traversal.

CREATE TABLE articles (
    id            TEXT PRIMARY KEY,
    body          TEXT NOT NULL,
    title         TEXT,
    url           TEXT,
    outlet        TEXT,
    published_at  TEXT,             -- ISO 8601 UTC, fixed width, so text order is time order
    imported_at   TEXT NOT NULL,
    reported_at   TEXT NOT NULL     -- published_at, else imported_at
) STRICT;

CREATE INDEX ix_articles_imported ON articles (imported_at DESC, id);

CREATE TABLE entities (
    id               TEXT PRIMARY KEY,
    kind             TEXT NOT NULL CHECK (kind IN ('Organisation', 'Group', 'Official', 'Country', 'Province')),
    name             TEXT NOT NULL,
    name_key         TEXT NOT NULL,  -- Fold.NameKey(name): case, diacritics, hyphens and a leading "the" ignored
    category         TEXT,
    title            TEXT,
    role             TEXT,
    organisation_id  TEXT REFERENCES entities (id),
    part_of_id       TEXT REFERENCES entities (id),
    country_id       TEXT REFERENCES entities (id),
    iso_code         TEXT
) STRICT;

CREATE INDEX ix_entities_name ON entities (name_key, id);
CREATE INDEX ix_entities_kind_name ON entities (kind, name_key, id);
CREATE INDEX ix_entities_organisation ON entities (organisation_id);
CREATE INDEX ix_entities_country ON entities (country_id);

-- Every name an entity goes by, its canonical name included, keyed for case- and diacritic-blind lookup.
CREATE TABLE aliases (
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    alias      TEXT NOT NULL,
    alias_key  TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias_key)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_aliases_key ON aliases (alias_key);

CREATE TABLE claims (
    id                   TEXT PRIMARY KEY,
    article_id           TEXT NOT NULL REFERENCES articles (id),
    text                 TEXT NOT NULL,
    span_start           INTEGER NOT NULL CHECK (span_start >= 0),
    span_length          INTEGER NOT NULL CHECK (span_length > 0),
    form                 TEXT NOT NULL CHECK (form IN ('DirectQuote', 'ReportedSpeech', 'AccordingTo')),
    speaker_id           TEXT REFERENCES entities (id),
    speaker_description  TEXT,
    reported_by_id       TEXT REFERENCES entities (id),
    hedged               INTEGER NOT NULL CHECK (hedged IN (0, 1)),
    negated              INTEGER NOT NULL CHECK (negated IN (0, 1)),
    reported_at          TEXT NOT NULL,
    retracted            INTEGER NOT NULL DEFAULT 0 CHECK (retracted IN (0, 1)),
    retracted_reason     TEXT
) STRICT;

CREATE INDEX ix_claims_order ON claims (reported_at DESC, article_id, span_start);
CREATE INDEX ix_claims_article ON claims (article_id, span_start);
CREATE INDEX ix_claims_speaker ON claims (speaker_id);
CREATE INDEX ix_claims_reported_by ON claims (reported_by_id);

-- Entities a claim is about (ABOUT) and places it mentions (PLACE), in the order the claim names them.
CREATE TABLE claim_roles (
    claim_id   TEXT NOT NULL REFERENCES claims (id),
    role       TEXT NOT NULL CHECK (role IN ('ABOUT', 'PLACE')),
    entity_id  TEXT NOT NULL REFERENCES entities (id),
    position   INTEGER NOT NULL,
    PRIMARY KEY (claim_id, role, entity_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_claim_roles_entity ON claim_roles (entity_id, role, claim_id);

-- The relations each claim asserts: the evidence behind every relation.
CREATE TABLE assertions (
    claim_id  TEXT NOT NULL REFERENCES claims (id),
    from_id   TEXT NOT NULL REFERENCES entities (id),
    type      TEXT NOT NULL,
    to_id     TEXT NOT NULL REFERENCES entities (id),
    PRIMARY KEY (claim_id, from_id, type, to_id),
    CHECK (from_id <> to_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_assertions_relation ON assertions (from_id, type, to_id, claim_id);
CREATE INDEX ix_assertions_to ON assertions (to_id, type, from_id);

-- Relations aggregated over their non-retracted assertions; recomputed for the keys an import,
-- retraction or merge touches, so a relation never exists without a claim.
CREATE TABLE relations (
    from_id         TEXT NOT NULL REFERENCES entities (id),
    type            TEXT NOT NULL,
    to_id           TEXT NOT NULL REFERENCES entities (id),
    claim_count     INTEGER NOT NULL CHECK (claim_count > 0),
    hedged_count    INTEGER NOT NULL,
    first_reported  TEXT NOT NULL,
    last_reported   TEXT NOT NULL,
    PRIMARY KEY (from_id, type, to_id)
) STRICT, WITHOUT ROWID;

CREATE INDEX ix_relations_to ON relations (to_id, type, from_id);
CREATE INDEX ix_relations_rank ON relations (claim_count DESC, from_id, type, to_id);

-- Full-text search over claim text (external content: the text lives once, in claims).
CREATE VIRTUAL TABLE claims_fts USING fts5 (
    text,
    content = 'claims',
    content_rowid = 'rowid',
    tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER claims_fts_insert AFTER INSERT ON claims BEGIN
    INSERT INTO claims_fts (rowid, text) VALUES (new.rowid, new.text);
END;

CREATE TRIGGER claims_fts_delete AFTER DELETE ON claims BEGIN
    INSERT INTO claims_fts (claims_fts, rowid, text) VALUES ('delete', old.rowid, old.text);
END;

-- Full-text search over entity names and aliases, one row per entity, rewritten when its names change.
CREATE VIRTUAL TABLE entities_fts USING fts5 (
    entity_id UNINDEXED,
    names,
    tokenize = 'unicode61 remove_diacritics 2'
);
