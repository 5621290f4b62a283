// One page of the articles matching every given filter, in the asked order, and how many match.
// Every title term must begin some word of the title.
MATCH (a:Article)
WHERE ($includeSuperseded OR a.supersededBy IS NULL)
  AND ($outletKey IS NULL OR a.outletKey = $outletKey)
  AND ($since IS NULL OR a.reportedAt >= $since)
  AND ($until IS NULL OR a.reportedAt <= $until)
  AND ($titleTerms IS NULL OR (size($titleTerms) > 0 AND all(term IN $titleTerms WHERE
         any(word IN split(coalesce(a.titleWords, ''), ' ') WHERE word STARTS WITH term))))
WITH a
ORDER BY CASE $sort WHEN 'Imported' THEN a.importedAt END DESC,
         CASE $sort WHEN 'Newest' THEN a.reportedAt END DESC,
         CASE $sort WHEN 'Oldest' THEN a.reportedAt END,
         a.id
WITH collect(a.id) AS ids
RETURN size(ids) AS total, ids[$skip..$skip + $limit] AS page
