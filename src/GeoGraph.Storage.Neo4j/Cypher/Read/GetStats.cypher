// How much the graph holds; retracted claims and superseded article versions do not count.
RETURN COUNT { MATCH (a:Article) WHERE a.supersededBy IS NULL } AS articles,
       COUNT { MATCH (c:Claim) WHERE NOT c.retracted } AS claims,
       COUNT { MATCH (:Entity) } AS entities,
       COUNT { MATCH ()-[:RELATED]->() } AS relations
