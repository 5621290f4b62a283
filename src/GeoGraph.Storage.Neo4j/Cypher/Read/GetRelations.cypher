// Relations by key, as their RELATED edges aggregate them; keys without live evidence have no edge.
UNWIND $keys AS key
MATCH (subject:Entity {id: key.from})-[r:RELATED {type: key.type}]->(object:Entity {id: key.to})
RETURN subject.id AS fromId, r.type AS type, object.id AS toId, r.claims AS claims, r.hedged AS hedged,
       r.first AS first, r.last AS last
