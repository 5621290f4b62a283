// Entities by id with their kind's attributes, ties and every name they go by.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e.id AS id, e.kind AS kind, e.name AS name, e.category AS category, e.title AS title,
       e.role AS role, e.isoCode AS isoCode,
       [(e)-[:HOLDS]->(organisation) | organisation.id][0] AS organisation,
       [(e)-[:PART_OF]->(parent) | parent.id][0] AS partOf,
       [(e)-[:IN]->(country) | country.id][0] AS country,
       [(e)-[known:KNOWN_AS]->() | known.name] AS names
