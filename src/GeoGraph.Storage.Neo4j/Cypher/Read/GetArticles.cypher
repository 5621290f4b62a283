// Articles by id.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.body AS body, a.title AS title, a.url AS url, a.outlet AS outlet,
       a.publishedAt AS publishedAt, a.importedAt AS importedAt, a.supersededBy AS supersededBy
