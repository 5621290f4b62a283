// Rewrites the searchable words of each entity from all its names, for the entity_names index.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
SET e.searchNames = reduce(text = '', words IN [(e)-[known:KNOWN_AS]->() | known.words] | trim(text + ' ' + words))
