// Supersedes every earlier text stored under the new article's URL (an updated story, a grown live blog):
// the earlier article points at the new one, and its live claims are retracted and lose their MENTIONS.
// Always one row: the superseded article ids and the relations their claims asserted, to re-aggregate.
OPTIONAL MATCH (old:Article {url: $url})
WHERE old.id <> $id AND old.supersededBy IS NULL
SET old.supersededBy = $id
WITH collect(old) AS olds
WITH olds,
     COLLECT {
       UNWIND olds AS old
       MATCH (old)-[:CONTAINS]->(c:Claim)-[:ASSERTS]->(a:Assertion)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
       WHERE NOT c.retracted
       RETURN DISTINCT [subject.id, a.type, object.id]
     } AS keys
CALL (olds) {
  UNWIND olds AS old
  MATCH (old)-[:CONTAINS]->(c:Claim)
  WHERE NOT c.retracted
  SET c.retracted = true, c.retractedReason = $reason
  WITH c
  OPTIONAL MATCH (c)-[m:MENTIONS]->()
  DELETE m
  RETURN count(*) AS retracted
}
RETURN [old IN olds | old.id] AS superseded, keys, retracted
