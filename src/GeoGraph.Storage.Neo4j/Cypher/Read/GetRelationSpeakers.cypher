// For each relation, its live evidence counted per speaker entity and speaker description.
UNWIND $keys AS key
MATCH (:Entity {id: key.from})<-[:SUBJECT]-(a:Assertion {type: key.type})-[:OBJECT]->(:Entity {id: key.to}),
      (c:Claim)-[:ASSERTS]->(a)
WHERE NOT c.retracted
RETURN key.from AS fromId, key.type AS type, key.to AS toId,
       [(c)-[:SAID_BY]->(speaker) | speaker.id][0] AS speaker, c.speakerDescription AS description,
       count(c) AS claims
