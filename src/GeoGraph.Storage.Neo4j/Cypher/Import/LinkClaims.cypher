// Who said each claim, who reported it, what it is about and which places it names (both with the
// position the claim gives them), and the derived MENTIONS of every entity the claim mentions,
// which mention counts, recency sorts and timelines read.
UNWIND $links AS link
MATCH (c:Claim {id: link.claim}), (e:Entity {id: link.entity})
FOREACH (_ IN CASE link.role WHEN 'SAID_BY' THEN [1] ELSE [] END | CREATE (c)-[:SAID_BY]->(e))
FOREACH (_ IN CASE link.role WHEN 'REPORTED_BY' THEN [1] ELSE [] END | CREATE (c)-[:REPORTED_BY]->(e))
FOREACH (_ IN CASE link.role WHEN 'ABOUT' THEN [1] ELSE [] END | CREATE (c)-[:ABOUT {position: link.position}]->(e))
FOREACH (_ IN CASE link.role WHEN 'MENTIONS_PLACE' THEN [1] ELSE [] END |
  CREATE (c)-[:MENTIONS_PLACE {position: link.position}]->(e))
FOREACH (_ IN CASE link.role WHEN 'MENTIONS' THEN [1] ELSE [] END | CREATE (c)-[:MENTIONS]->(e))
