// The article's claims, each contained by the article. $claims rows hold every claim property:
// id, articleId, text, start, length, form, speakerDescription, hedged, negated, reportedAt,
// retracted and searchText (the folded words the full-text index reads).
MATCH (a:Article {id: $articleId})
UNWIND $claims AS row
CREATE (a)-[:CONTAINS]->(c:Claim)
SET c = row
