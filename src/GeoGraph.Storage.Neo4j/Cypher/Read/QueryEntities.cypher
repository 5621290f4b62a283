// One page of the entities matching every given filter, in the asked order, and how many match.
// A country matches its provinces and national organisations, their officials, and whoever is present
// in or controls it or one of its provinces; an organisation matches its officials and direct parts.
// Mentions are the live claims tied to an entity by MENTIONS.
MATCH (e:Entity)
WHERE ($kind IS NULL OR e.kind = $kind)
  AND ($search IS NULL OR EXISTS { (e)-[:KNOWN_AS]->(n:Name) WHERE n.key CONTAINS $search })
  AND ($country IS NULL
       OR EXISTS { (e)-[:IN]->(:Entity {id: $country}) }
       OR EXISTS { (e:Official)-[:HOLDS]->(:Organisation)-[:IN]->(:Entity {id: $country}) }
       OR EXISTS {
         (e)-[r:RELATED]->(place:Entity)
         WHERE r.type IN ['PRESENT_IN', 'CONTROLS']
           AND (place.id = $country OR EXISTS { (place:Province)-[:IN]->(:Entity {id: $country}) })
       })
  AND ($organisation IS NULL
       OR EXISTS { (e:Official)-[:HOLDS]->(:Entity {id: $organisation}) }
       OR EXISTS { (e:Organisation)-[:PART_OF]->(:Entity {id: $organisation}) })
CALL (e) {
  OPTIONAL MATCH (e)<-[:MENTIONS]-(c:Claim)
  RETURN count(c) AS mentions, min(c.reportedAt) AS first, max(c.reportedAt) AS last
}
WITH e, mentions, first, last
WHERE $minClaims IS NULL OR mentions >= $minClaims
WITH e, mentions, first, last
ORDER BY
  CASE $sort WHEN 'Newest' THEN last IS NULL WHEN 'Oldest' THEN first IS NULL ELSE false END,
  CASE $sort WHEN 'ClaimCount' THEN mentions END DESC,
  CASE $sort WHEN 'Newest' THEN last END DESC,
  CASE $sort WHEN 'Oldest' THEN first END,
  e.nameKey, e.id
WITH collect(e.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
