// What merging the entity away will move, for the merge summary, and the relation keys its asserted
// relations have now (retracted claims' assertions included: they move too).
MATCH (merged:Entity {id: $merge})
RETURN COUNT { (merged)<-[:SAID_BY]-(:Claim) } AS spokenClaims,
       COUNT { (merged)<-[:REPORTED_BY]-(:Claim) } AS reportedClaims,
       COUNT { (merged)<-[:ABOUT|MENTIONS_PLACE]-(:Claim) } AS claimRoles,
       COUNT { (merged)<-[:SUBJECT|OBJECT]-(:Assertion)<-[:ASSERTS]-(:Claim) } AS assertions,
       COUNT { (merged)<-[:SUBJECT|OBJECT]-(:Assertion)<-[:DENIES]-(:Claim) } AS denials,
       COLLECT {
         MATCH (merged)<-[:SUBJECT|OBJECT]-(a:Assertion)<-[:ASSERTS]-(:Claim),
               (a)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
         RETURN DISTINCT [subject.id, a.type, object.id]
       } AS keys
