// Pairs of live claims that contradict each other, newest later report first. Each $rules row pairs
// an asserted relation type with an opposed one reached through `via` (DENIES for a denial, ASSERTS
// for an opposite), with the pair named in the same order or, when `reversed`, the other way round.
UNWIND $rules AS rule
MATCH (asserting:Claim)-[:ASSERTS]->(x:Assertion {type: rule.asserted})-[:SUBJECT]->(subject:Entity),
      (x)-[:OBJECT]->(object:Entity)
WHERE NOT asserting.retracted AND ($entity IS NULL OR subject.id = $entity OR object.id = $entity)
WITH rule, asserting, x, subject, object,
     CASE WHEN rule.reversed THEN object ELSE subject END AS opposedSubject,
     CASE WHEN rule.reversed THEN subject ELSE object END AS opposedObject
MATCH (opposedSubject)<-[:SUBJECT]-(y:Assertion {type: rule.opposed})-[:OBJECT]->(opposedObject),
      (opposing:Claim)-[via]->(y)
WHERE type(via) = rule.via AND opposing <> asserting AND NOT opposing.retracted
WITH rule, asserting, x, subject, object, opposing, y, opposedSubject, opposedObject,
     CASE WHEN asserting.reportedAt >= opposing.reportedAt THEN asserting.reportedAt ELSE opposing.reportedAt END AS later
ORDER BY later DESC, asserting.id, opposing.id, subject.id, x.type, object.id, opposedSubject.id, y.type, opposedObject.id
WITH collect({
  kind: rule.kind,
  asserting: asserting.id,
  asserted: [subject.id, x.type, object.id],
  opposing: opposing.id,
  opposed: [opposedSubject.id, y.type, opposedObject.id]
}) AS pairs
RETURN size(pairs) AS total, pairs[$skip..$skip + $limit] AS page
