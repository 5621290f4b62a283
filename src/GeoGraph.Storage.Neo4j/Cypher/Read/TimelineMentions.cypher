// Per UTC day, the live claims in the window that mention the entity.
MATCH (:Entity {id: $entity})<-[:MENTIONS]-(c:Claim)
WHERE NOT c.retracted AND ($since IS NULL OR c.reportedAt >= $since) AND ($until IS NULL OR c.reportedAt <= $until)
RETURN date(c.reportedAt) AS day, count(c) AS claims
