// The live claims asserting each relation, oldest report first.
UNWIND $keys AS key
MATCH (:Entity {id: key.from})<-[:SUBJECT]-(a:Assertion {type: key.type})-[:OBJECT]->(:Entity {id: key.to}),
      (c:Claim)-[:ASSERTS]->(a)
WHERE NOT c.retracted
WITH key, c
ORDER BY c.reportedAt, c.articleId, c.start
RETURN key.from AS fromId, key.type AS type, key.to AS toId, collect(c.id) AS claims
