// One page of the audit log, newest entry first, filtered by the id an entry names and its action.
MATCH (l:AuditEntry)
WHERE ($id IS NULL OR l.target = $id OR l.subject = $id)
  AND ($action IS NULL OR l.action = $action)
WITH l
ORDER BY l.id DESC
WITH collect(l {.id, .at, .actor, .action, .target, .subject, .reason, .details}) AS entries
RETURN size(entries) AS total, entries[$skip..$skip + $limit] AS page
