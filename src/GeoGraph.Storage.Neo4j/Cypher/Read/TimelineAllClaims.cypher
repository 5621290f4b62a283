// Per UTC day, every live claim in the window (the timeline of the whole graph).
MATCH (c:Claim)
WHERE NOT c.retracted AND ($since IS NULL OR c.reportedAt >= $since) AND ($until IS NULL OR c.reportedAt <= $until)
RETURN date(c.reportedAt) AS day, count(c) AS claims
