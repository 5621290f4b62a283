// Gives the kept entity every name of the merged one that it lacks; says how many were new to it.
MATCH (kept:Entity {id: $keep})
OPTIONAL MATCH (:Entity {id: $merge})-[known:KNOWN_AS]->(n:Name)
WHERE NOT EXISTS { (kept)-[:KNOWN_AS]->(n) }
FOREACH (_ IN CASE WHEN known IS NULL THEN [] ELSE [1] END |
  CREATE (kept)-[:KNOWN_AS {name: known.name, words: known.words}]->(n))
RETURN count(known) AS added
