// Gives the entity one more name.
MATCH (e:Entity {id: $entity}), (n:Name {key: $key})
CREATE (e)-[:KNOWN_AS {name: $name, words: $words}]->(n)
