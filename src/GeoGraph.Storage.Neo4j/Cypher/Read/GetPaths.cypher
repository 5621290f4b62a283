// The shortest chains of relations between two entities, each walked in either direction, over the
// relations passing the filters (aggregates within the window [$since, $until], as ListRelations takes
// them). Ordered step by step: more claims first, then the smaller key (from id, type, to id).
// Variable-length bounds cannot be parameters: the search stops at the largest bound a query may
// ask for, and paths longer than $maxHops are dropped (all shortest paths have one length).
MATCH (start:Entity {id: $from}), (finish:Entity {id: $to})
MATCH p = allShortestPaths((start)-[:RELATED*1..4]-(finish))
WHERE all(r IN relationships(p) WHERE
        ($types IS NULL OR r.type IN $types)
        AND size([t IN r.reported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)]) >= $minClaims
        AND ($includeHedged
             OR size([t IN r.hedgedReported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)])
                < size([t IN r.reported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)])))
WITH p
WHERE length(p) <= $maxHops
WITH [n IN nodes(p) | n.id] AS nodes,
     [r IN relationships(p) | {
       fromId: startNode(r).id, type: r.type, toId: endNode(r).id,
       reported: [t IN r.reported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)],
       hedgedReported: [t IN r.hedgedReported WHERE ($since IS NULL OR t >= $since) AND ($until IS NULL OR t <= $until)]
     }] AS windowed
WITH nodes, [s IN windowed | {
       fromId: s.fromId, type: s.type, toId: s.toId, claims: size(s.reported), hedged: size(s.hedgedReported),
       first: s.reported[0], last: s.reported[-1]
     }] AS steps
ORDER BY [s IN steps | [-s.claims, s.fromId, s.type, s.toId]]
LIMIT $maxPaths
RETURN nodes, steps
