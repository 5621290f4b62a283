// Entities whose names hold every term of $query (a Lucene query over the folded name words), those
// with a name of key $key first, then by score and id; how many there are and the best $limit.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WITH node, score, EXISTS { (node)-[:KNOWN_AS]->(:Name {key: $key}) } AS exact
ORDER BY exact DESC, score DESC, node.id
WITH collect({id: node.id, score: score, exact: exact}) AS hits
RETURN size(hits) AS total, hits[0..$limit] AS top
