// Re-points every claim's tie to the merged entity (speaker, reporter, about, place, mention) to the
// kept one. A claim that already names the kept entity in that role keeps its own tie and position.
MATCH (merged:Entity {id: $merge}), (kept:Entity {id: $keep})
MATCH (c:Claim)-[link]->(merged)
WITH kept, c, link, type(link) AS role, link.position AS position
FOREACH (_ IN CASE role WHEN 'SAID_BY' THEN [1] ELSE [] END | MERGE (c)-[:SAID_BY]->(kept))
FOREACH (_ IN CASE role WHEN 'REPORTED_BY' THEN [1] ELSE [] END | MERGE (c)-[:REPORTED_BY]->(kept))
FOREACH (_ IN CASE role WHEN 'ABOUT' THEN [1] ELSE [] END |
  MERGE (c)-[about:ABOUT]->(kept) ON CREATE SET about.position = position)
FOREACH (_ IN CASE role WHEN 'MENTIONS_PLACE' THEN [1] ELSE [] END |
  MERGE (c)-[place:MENTIONS_PLACE]->(kept) ON CREATE SET place.position = position)
FOREACH (_ IN CASE role WHEN 'MENTIONS' THEN [1] ELSE [] END | MERGE (c)-[:MENTIONS]->(kept))
DELETE link
