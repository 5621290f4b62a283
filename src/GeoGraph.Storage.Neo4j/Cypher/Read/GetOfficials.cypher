// One page of each organisation's officials by name key, and how many it has.
UNWIND $organisations AS organisation
MATCH (official:Official)-[:HOLDS]->(:Entity {id: organisation})
WITH organisation, official
ORDER BY official.nameKey, official.id
WITH organisation, collect(official.id) AS ids
RETURN organisation AS owner, size(ids) AS total, ids[$skip..$skip + $limit] AS page
