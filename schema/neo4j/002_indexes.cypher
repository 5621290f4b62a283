// Sorts and filters of the lists, and the lookups traversals start from.
CREATE INDEX entity_name_key IF NOT EXISTS FOR (e:Entity) ON (e.nameKey);
CREATE INDEX entity_kind IF NOT EXISTS FOR (e:Entity) ON (e.kind);
// Entity search matches any part of a name key: a text index serves CONTAINS.
CREATE TEXT INDEX name_key_text IF NOT EXISTS FOR (n:Name) ON (n.key);
CREATE INDEX claim_reported_at IF NOT EXISTS FOR (c:Claim) ON (c.reportedAt);
CREATE INDEX article_imported_at IF NOT EXISTS FOR (a:Article) ON (a.importedAt);
CREATE INDEX article_reported_at IF NOT EXISTS FOR (a:Article) ON (a.reportedAt);
CREATE INDEX article_outlet_key IF NOT EXISTS FOR (a:Article) ON (a.outletKey);
// Versions of an article are found by its URL.
CREATE INDEX article_url IF NOT EXISTS FOR (a:Article) ON (a.url);
CREATE INDEX assertion_type IF NOT EXISTS FOR (a:Assertion) ON (a.type);
CREATE INDEX related_type IF NOT EXISTS FOR ()-[r:RELATED]-() ON (r.type);
CREATE INDEX audit_target IF NOT EXISTS FOR (l:AuditEntry) ON (l.target);
CREATE INDEX audit_subject IF NOT EXISTS FOR (l:AuditEntry) ON (l.subject);
