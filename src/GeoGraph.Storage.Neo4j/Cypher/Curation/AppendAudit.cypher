// Appends one audit entry with the next id of the audit sequence. Incrementing the sequence node
// takes its write lock, so ids grow in commit order.
MERGE (s:Sequence {name: $sequence})
ON CREATE SET s.value = 0
SET s.value = s.value + 1
CREATE (l:AuditEntry {id: s.value})
SET l += $entry
RETURN l.id AS id
