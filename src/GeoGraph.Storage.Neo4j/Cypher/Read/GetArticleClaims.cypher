// One page of each article's live claims in reading order, and how many it has.
UNWIND $articles AS article
MATCH (:Article {id: article})-[:CONTAINS]->(c:Claim)
WHERE NOT c.retracted
WITH article, c
ORDER BY c.start, c.id
WITH article, collect(c.id) AS ids
RETURN article AS owner, size(ids) AS total, ids[$skip..$skip + $limit] AS page
