// Takes the write lock of a name key (creating its :Name node when nothing has it yet), so two
// curators cannot give one name to two entities at once, and says which entities it names now.
MERGE (n:Name {key: $key})
SET n.locked = true
REMOVE n.locked
RETURN [(n)<-[:KNOWN_AS]-(e:Entity) | e.id] AS owners
