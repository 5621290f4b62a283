// Creates each new entity and fills the attributes a stored one lacks, never overwriting them.
// Every name becomes a KNOWN_AS tie to the :Name node of its key; an entity keeps the first
// spelling it met for a key.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.kind = row.kind, e.name = row.name, e.nameKey = row.nameKey
SET e.category = coalesce(e.category, row.category),
    e.title = coalesce(e.title, row.title),
    e.role = coalesce(e.role, row.role),
    e.isoCode = coalesce(e.isoCode, row.isoCode)
FOREACH (_ IN CASE row.kind WHEN 'Organisation' THEN [1] ELSE [] END | SET e:Organisation)
FOREACH (_ IN CASE row.kind WHEN 'Group' THEN [1] ELSE [] END | SET e:Group)
FOREACH (_ IN CASE row.kind WHEN 'Official' THEN [1] ELSE [] END | SET e:Official)
FOREACH (_ IN CASE row.kind WHEN 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE row.kind WHEN 'Province' THEN [1] ELSE [] END | SET e:Province)
FOREACH (alias IN row.names |
  MERGE (n:Name {key: alias.key})
  MERGE (e)-[known:KNOWN_AS]->(n)
  ON CREATE SET known.name = alias.name, known.words = alias.words)
