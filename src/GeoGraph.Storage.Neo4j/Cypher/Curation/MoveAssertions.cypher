// Re-points the assertions and denials naming the merged entity to the kept one. One that would now
// relate the kept entity to itself, or repeat what its claim already asserts (or denies), is deleted.
MATCH (merged:Entity {id: $merge}), (kept:Entity {id: $keep})
MATCH (merged)<-[tie:SUBJECT|OBJECT]-(a:Assertion)<-[via:ASSERTS|DENIES]-(c:Claim),
      (a)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
WITH kept, a, tie, c, type(via) AS via,
     CASE WHEN subject = merged THEN kept ELSE subject END AS newSubject,
     CASE WHEN object = merged THEN kept ELSE object END AS newObject
WITH kept, a, tie, newSubject = newObject OR EXISTS {
       MATCH (c)-[twinVia]->(twin:Assertion {type: a.type})-[:SUBJECT]->(newSubject)
       WHERE type(twinVia) = via AND twin <> a AND EXISTS { (twin)-[:OBJECT]->(newObject) }
     } AS dropped
FOREACH (_ IN CASE WHEN dropped THEN [1] ELSE [] END | DETACH DELETE a)
FOREACH (_ IN CASE WHEN NOT dropped AND type(tie) = 'SUBJECT' THEN [1] ELSE [] END |
  CREATE (a)-[:SUBJECT]->(kept) DELETE tie)
FOREACH (_ IN CASE WHEN NOT dropped AND type(tie) = 'OBJECT' THEN [1] ELSE [] END |
  CREATE (a)-[:OBJECT]->(kept) DELETE tie)
