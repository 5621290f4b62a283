// Marks the claim retracted (it stays stored for the audit) and drops its MENTIONS. Says whether it
// was retracted already, and which relations it asserted, so those can be re-aggregated.
MATCH (c:Claim {id: $id})
// Writing first takes the claim's write lock, so a concurrent retraction waits and then reads true.
SET c.retracting = true
REMOVE c.retracting
WITH c, c.retracted AS wasRetracted
SET c.retracted = true, c.retractedReason = CASE WHEN wasRetracted THEN c.retractedReason ELSE $reason END
FOREACH (mention IN [(c)-[m:MENTIONS]->() | m] | DELETE mention)
RETURN wasRetracted,
       COLLECT {
         MATCH (c)-[:ASSERTS]->(a:Assertion)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
         RETURN DISTINCT [subject.id, a.type, object.id]
       } AS keys
