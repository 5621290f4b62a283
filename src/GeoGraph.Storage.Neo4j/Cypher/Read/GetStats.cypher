// How much the graph holds; retracted claims do not count.
RETURN COUNT { MATCH (:Article) } AS articles,
       COUNT { MATCH (c:Claim) WHERE NOT c.retracted } AS claims,
       COUNT { MATCH (:Entity) } AS entities,
       COUNT { MATCH ()-[:RELATED]->() } AS relations
