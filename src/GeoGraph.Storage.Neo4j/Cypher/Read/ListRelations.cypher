// Relations passing every given filter, one page per owner, and how many pass for each. An owner is an
// entity whose relations at the $direction end are listed; a null owner stands for every relation.
// Aggregates are taken over the evidence reported in the window [$since, $until] (the whole history
// when both are null), from the report times each RELATED edge keeps; a relation with no evidence in
// the window is left out. $peers keeps relations with both ends among them.
UNWIND $owners AS owner
CALL (owner) {
  WITH owner WHERE owner IS NULL
  MATCH (subject:Entity)-[r:RELATED]->(object:Entity)
  RETURN subject, r, object
  UNION
  WITH owner WHERE owner IS NOT NULL AND $direction IN ['Any', 'Outgoing']
  MATCH (subject:Entity {id: owner})-[r:RELATED]->(object:Entity)
  RETURN subject, r, object
  UNION
  WITH owner WHERE owner IS NOT NULL AND $direction IN ['Any', 'Incoming']
  MATCH (subject:Entity)-[r:RELATED]->(object:Entity {id: owner})
  RETURN subject, r, object
}
WITH owner, subject, r, object
WHERE ($types IS NULL OR r.type IN $types)
  AND ($entity IS NULL OR subject.id = $entity OR object.id = $entity)
  AND ($from IS NULL OR subject.id = $from)
  AND ($to IS NULL OR object.id = $to)
  AND ($peers IS NULL OR (subject.id IN $peers AND object.id IN $peers))
WITH owner, subject.id AS fromId, r.type AS type, object.id AS toId,
     [t IN r.reported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)] AS reported,
     [t IN r.hedgedReported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)] AS hedgedReported
WITH owner, fromId, type, toId, size(reported) AS claims, size(hedgedReported) AS hedged,
     reported[0] AS first, reported[-1] AS last
WHERE claims > 0 AND claims >= $minClaims
  AND ($includeHedged OR hedged < claims)
  AND (NOT $hedgedOnly OR hedged = claims)
WITH owner, fromId, type, toId, claims, hedged, first, last
ORDER BY CASE $sort WHEN 'ClaimCount' THEN claims END DESC,
         CASE $sort WHEN 'LastReported' THEN last END DESC,
         CASE $sort WHEN 'FirstReported' THEN first END,
         fromId, type, toId
WITH owner, collect({fromId: fromId, type: type, toId: toId, claims: claims, hedged: hedged, first: first, last: last}) AS relations
RETURN owner, size(relations) AS total, relations[$skip..$skip + $limit] AS page
