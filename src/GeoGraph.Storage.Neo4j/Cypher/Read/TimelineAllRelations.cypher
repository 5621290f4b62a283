// Per UTC day and relation type, the live claims in the window asserting a relation of that type;
// a claim counts once per type.
MATCH (a:Assertion)<-[:ASSERTS]-(c:Claim)
WHERE NOT c.retracted AND ($since IS NULL OR c.reportedAt >= $since) AND ($until IS NULL OR c.reportedAt <= $until)
WITH DISTINCT c, a.type AS type
RETURN date(c.reportedAt) AS day, type, count(c) AS claims
