// Waits until every index is online, so the first search after start finds what is stored.
CALL db.awaitIndexes($timeoutSeconds)
