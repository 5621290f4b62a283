// Fills the attributes and ties the kept entity lacks from the merged one, then re-points every tie
// to the merged entity (an official's organisation, a parent, a country) to the kept one. The kept
// entity never becomes its own organisation, parent or country. Says how many ties pointed at it.
MATCH (merged:Entity {id: $merge}), (kept:Entity {id: $keep})
SET kept.category = coalesce(kept.category, merged.category),
    kept.title = coalesce(kept.title, merged.title),
    kept.role = coalesce(kept.role, merged.role),
    kept.isoCode = coalesce(kept.isoCode, merged.isoCode)
WITH merged, kept
CALL (merged, kept) {
  MATCH (merged)-[tie:HOLDS|PART_OF|IN]->(target:Entity)
  WHERE target <> kept AND NOT EXISTS { (kept)-[existing]->() WHERE type(existing) = type(tie) }
  FOREACH (_ IN CASE type(tie) WHEN 'HOLDS' THEN [1] ELSE [] END |
    CREATE (kept)-[:HOLDS {title: kept.title, role: kept.role}]->(target))
  FOREACH (_ IN CASE type(tie) WHEN 'PART_OF' THEN [1] ELSE [] END | CREATE (kept)-[:PART_OF]->(target))
  FOREACH (_ IN CASE type(tie) WHEN 'IN' THEN [1] ELSE [] END | CREATE (kept)-[:IN]->(target))
}
CALL (merged, kept) {
  OPTIONAL MATCH (source:Entity)-[tie:HOLDS|PART_OF|IN]->(merged)
  WITH kept, source, tie, source IS NOT NULL AND source <> kept AS repoint
  FOREACH (_ IN CASE WHEN repoint AND type(tie) = 'HOLDS' THEN [1] ELSE [] END |
    CREATE (source)-[:HOLDS {title: source.title, role: source.role}]->(kept))
  FOREACH (_ IN CASE WHEN repoint AND type(tie) = 'PART_OF' THEN [1] ELSE [] END | CREATE (source)-[:PART_OF]->(kept))
  FOREACH (_ IN CASE WHEN repoint AND type(tie) = 'IN' THEN [1] ELSE [] END | CREATE (source)-[:IN]->(kept))
  DELETE tie
  RETURN count(tie) AS affiliations
}
RETURN affiliations
