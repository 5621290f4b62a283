// Re-aggregates each relation from its live evidence: the RELATED edge is replaced, and is gone
// when no live claim asserts the relation any more. `reported` and `hedgedReported` keep the report
// times of the evidence in order, so a time window re-aggregates an edge without leaving it.
UNWIND $keys AS key
MATCH (subject:Entity {id: key.from}), (object:Entity {id: key.to})
OPTIONAL MATCH (subject)-[old:RELATED {type: key.type}]->(object)
DELETE old
WITH DISTINCT key, subject, object
CALL (key, subject, object) {
  MATCH (subject)<-[:SUBJECT]-(a:Assertion {type: key.type})-[:OBJECT]->(object),
        (c:Claim)-[:ASSERTS]->(a)
  WHERE NOT c.retracted
  WITH key, subject, object, c
  ORDER BY c.reportedAt
  WITH key, subject, object, collect(c.reportedAt) AS reported, collect(CASE WHEN c.hedged THEN c.reportedAt END) AS hedgedReported
  WHERE size(reported) > 0
  CREATE (subject)-[:RELATED {
    type: key.type,
    claims: size(reported),
    hedged: size(hedgedReported),
    first: reported[0],
    last: reported[-1],
    reported: reported,
    hedgedReported: hedgedReported
  }]->(object)
}
