// Live claims whose text holds every term of $query, best score first then by id; how many there
// are and the best $limit, with their text for the snippet.
CALL db.index.fulltext.queryNodes('claim_text', $query) YIELD node, score
WHERE NOT node.retracted
WITH node, score
ORDER BY score DESC, node.id
WITH collect({claim: node, score: score}) AS hits
RETURN size(hits) AS total, [hit IN hits[0..$limit] | {id: hit.claim.id, score: hit.score, text: hit.claim.text}] AS top
