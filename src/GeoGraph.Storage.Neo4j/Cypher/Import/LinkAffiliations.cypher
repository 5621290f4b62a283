// Ties an official to its organisation (HOLDS), an organisation to its parent (PART_OF) and country
// (IN), a province to its country (IN), unless the entity has that tie already: a later article
// never overwrites one. HOLDS carries the official's title and role.
UNWIND $affiliations AS row
MATCH (e:Entity {id: row.entity}), (target:Entity {id: row.target})
FOREACH (_ IN CASE WHEN row.tie = 'HOLDS' AND NOT EXISTS { (e)-[:HOLDS]->() } THEN [1] ELSE [] END |
  CREATE (e)-[:HOLDS]->(target))
FOREACH (_ IN CASE WHEN row.tie = 'PART_OF' AND NOT EXISTS { (e)-[:PART_OF]->() } THEN [1] ELSE [] END |
  CREATE (e)-[:PART_OF]->(target))
FOREACH (_ IN CASE WHEN row.tie = 'IN' AND NOT EXISTS { (e)-[:IN]->() } THEN [1] ELSE [] END |
  CREATE (e)-[:IN]->(target))
FOREACH (held IN [(e)-[h:HOLDS]->() | h] | SET held.title = e.title, held.role = e.role)
