// The ids an article refers to that name no stored entity; the import fails on any of them.
UNWIND $ids AS id
OPTIONAL MATCH (e:Entity {id: id})
WITH id, e
WHERE e IS NULL
RETURN collect(id) AS missing
