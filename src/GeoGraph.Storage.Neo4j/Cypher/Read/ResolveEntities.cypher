// The entity each looked-up name stands for: one whose name or alias has the lookup's key (the most
// cited when several share it, then the smallest id), else the entity whose id the name is.
// Lookups that find nothing return no row.
UNWIND $lookups AS lookup
CALL (lookup) {
  MATCH (:Name {key: lookup.key})<-[:KNOWN_AS]-(e:Entity)
  RETURN e.id AS id, 0 AS rank, COUNT { (e)<-[:ABOUT|MENTIONS_PLACE|SAID_BY]-(:Claim) } AS cited
  UNION
  MATCH (e:Entity {id: lookup.id})
  RETURN e.id AS id, 1 AS rank, 0 AS cited
}
WITH lookup, id, rank, cited
ORDER BY rank, cited DESC, id
WITH lookup, collect(id)[0] AS id
RETURN lookup.slot AS slot, id
