// Claims matching every given filter, one page per owner, and how many match for each. An owner is an
// entity whose claims in $role are listed; a null owner stands for every claim (the plain claim list).
// Retracted claims never match. Names are matched by key: a speaker also finds its officials' claims,
// a place that is a country also finds claims naming its provinces.
UNWIND $owners AS owner
CALL (owner) {
  WITH owner WHERE owner IS NULL
  MATCH (c:Claim)
  RETURN c
  UNION
  WITH owner WHERE owner IS NOT NULL AND $role IN ['Speaker', 'SpeakerOrOfficials']
  MATCH (c:Claim)-[:SAID_BY]->(:Entity {id: owner})
  RETURN c
  UNION
  WITH owner WHERE owner IS NOT NULL AND $role = 'SpeakerOrOfficials'
  MATCH (c:Claim)-[:SAID_BY]->(:Official)-[:HOLDS]->(:Entity {id: owner})
  RETURN c
  UNION
  WITH owner WHERE owner IS NOT NULL AND $role = 'About'
  MATCH (c:Claim)-[:ABOUT]->(:Entity {id: owner})
  RETURN c
  UNION
  WITH owner WHERE owner IS NOT NULL AND $role = 'Mentioned'
  MATCH (c:Claim)-[:MENTIONS]->(:Entity {id: owner})
  RETURN c
}
WITH owner, c
WHERE NOT c.retracted
  AND ($article IS NULL OR c.articleId = $article)
  AND ($form IS NULL OR c.form = $form)
  AND ($hedged IS NULL OR c.hedged = $hedged)
  AND ($negated IS NULL OR c.negated = $negated)
  AND ($since IS NULL OR c.reportedAt >= $since)
  AND ($until IS NULL OR c.reportedAt <= $until)
  AND ($words IS NULL OR (size($words) > 0 AND all(word IN $words WHERE word IN split(c.searchText, ' '))))
  AND ($speakerId IS NULL OR EXISTS { (c)-[:SAID_BY]->(:Entity {id: $speakerId}) })
  AND ($aboutId IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity {id: $aboutId}) })
  AND ($speakerKey IS NULL
       OR EXISTS { (c)-[:SAID_BY]->(:Entity)-[:KNOWN_AS]->(:Name {key: $speakerKey}) }
       OR EXISTS { (c)-[:SAID_BY]->(:Official)-[:HOLDS]->(:Entity)-[:KNOWN_AS]->(:Name {key: $speakerKey}) })
  AND ($aboutKey IS NULL OR EXISTS { (c)-[:ABOUT]->(:Entity)-[:KNOWN_AS]->(:Name {key: $aboutKey}) })
  AND ($placeKey IS NULL
       OR EXISTS { (c)-[:MENTIONS_PLACE]->(:Entity)-[:KNOWN_AS]->(:Name {key: $placeKey}) }
       OR EXISTS { (c)-[:MENTIONS_PLACE]->(:Entity)-[:IN]->(:Entity)-[:KNOWN_AS]->(:Name {key: $placeKey}) })
  AND ($reportedByKey IS NULL OR EXISTS { (c)-[:REPORTED_BY]->(:Entity)-[:KNOWN_AS]->(:Name {key: $reportedByKey}) })
  AND ($relation IS NULL OR EXISTS {
         (c)-[:ASSERTS]->(a:Assertion {type: $relation.type})-[:SUBJECT]->(:Entity {id: $relation.from})
         WHERE EXISTS { (a)-[:OBJECT]->(:Entity {id: $relation.to}) }
       })
  AND ($relationType IS NULL OR EXISTS { (c)-[:ASSERTS]->(:Assertion {type: $relationType}) })
  AND ($outletKey IS NULL OR EXISTS { (c)<-[:CONTAINS]-(:Article {outletKey: $outletKey}) })
WITH owner, c
ORDER BY CASE WHEN $newestFirst THEN c.reportedAt END DESC,
         CASE WHEN $newestFirst THEN null ELSE c.reportedAt END,
         c.articleId, c.start
WITH owner, collect(c.id) AS ids
RETURN owner, size(ids) AS total, ids[$skip..$skip + $limit] AS page
