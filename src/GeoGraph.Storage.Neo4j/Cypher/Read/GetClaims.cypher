// Live claims by id with their speaker, reporter, roles (with positions), and the relations they
// assert and deny.
UNWIND $ids AS id
MATCH (c:Claim {id: id})
WHERE NOT c.retracted
RETURN c.id AS id, c.articleId AS article, c.text AS text, c.start AS start, c.length AS length,
       c.form AS form, c.speakerDescription AS speakerDescription, c.hedged AS hedged,
       c.negated AS negated, c.reportedAt AS reportedAt, c.retracted AS retracted,
       [(c)-[:SAID_BY]->(speaker) | speaker.id][0] AS speaker,
       [(c)-[:REPORTED_BY]->(reporter) | reporter.id][0] AS reportedBy,
       [(c)-[about:ABOUT]->(e) | [about.position, e.id]] AS about,
       [(c)-[place:MENTIONS_PLACE]->(e) | [place.position, e.id]] AS places,
       COLLECT {
         MATCH (c)-[:ASSERTS]->(a:Assertion)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
         RETURN [subject.id, a.type, object.id]
       } AS relations,
       COLLECT {
         MATCH (c)-[:DENIES]->(a:Assertion)-[:SUBJECT]->(subject:Entity), (a)-[:OBJECT]->(object:Entity)
         RETURN [subject.id, a.type, object.id]
       } AS denied
