// Deletes the merged entity with whatever still ties to it: its names, its own ties and the RELATED
// edges of its old relation keys.
MATCH (merged:Entity {id: $merge})
DETACH DELETE merged
