-- Third schema: versions of an article. A story imported again under the same URL with another text (an update,
-- a growing live blog) supersedes the earlier text: its claims are retracted and it points at the later version.
-- Forward-only, like 001 and 002.

-- Articles are never deleted, so the id always names a stored article; no REFERENCES, which would keep the
-- column from ever being dropped by a later migration.
ALTER TABLE articles ADD COLUMN superseded_by TEXT;

CREATE INDEX ix_articles_url ON articles (url) WHERE url IS NOT NULL;
