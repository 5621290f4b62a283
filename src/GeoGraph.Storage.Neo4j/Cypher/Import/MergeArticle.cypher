// Creates the article unless its id is stored already, and says which. MERGE on the uniquely
// constrained id makes a concurrent import of the same article wait, then find it.
// $article holds id, body, title, url, outlet, outletKey, titleWords, publishedAt, importedAt, reportedAt.
MERGE (a:Article {id: $article.id})
ON CREATE SET a += $article, a.justCreated = true
WITH a, coalesce(a.justCreated, false) AS created
REMOVE a.justCreated
RETURN created
