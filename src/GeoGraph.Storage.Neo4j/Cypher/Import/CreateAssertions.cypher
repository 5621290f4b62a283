// The relations each claim asserts (ASSERTS) or denies (DENIES): one :Assertion node per claim and
// relation, tied to its subject and object. Denials are never evidence of a relation.
UNWIND $assertions AS row
MATCH (c:Claim {id: row.claim}), (subject:Entity {id: row.from}), (object:Entity {id: row.to})
CREATE (subject)<-[:SUBJECT]-(a:Assertion {type: row.type})-[:OBJECT]->(object)
FOREACH (_ IN CASE WHEN row.denied THEN [] ELSE [1] END | CREATE (c)-[:ASSERTS]->(a))
FOREACH (_ IN CASE WHEN row.denied THEN [1] ELSE [] END | CREATE (c)-[:DENIES]->(a))
