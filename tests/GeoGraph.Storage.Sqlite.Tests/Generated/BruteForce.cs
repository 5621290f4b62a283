using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Sqlite.Tests.Generated;

/// <summary>
/// Answers network, path, timeline and contradiction questions over the generated claims directly, the
/// slow and obvious way, to check the store against.
/// </summary>
public sealed class BruteForce(IReadOnlyList<Claim> liveClaims, IReadOnlySet<EntityId> entities)
{
    public IReadOnlyList<Relation> Relations(IReadOnlyList<RelationType>? types, DateTimeOffset? since, DateTimeOffset? until, int minClaims, bool includeHedged) =>
        liveClaims
            .Where(c => !c.Negated && (since is null || c.ReportedAt >= since) && (until is null || c.ReportedAt <= until))
            .SelectMany(c => c.Relations.Distinct().Select(r => (Key: new RelationKey(r.From, r.Type, r.To), Claim: c)))
            .Where(p => types is null || types.Contains(p.Key.Type))
            .GroupBy(p => p.Key)
            .Select(g => new Relation(g.Key.From, g.Key.Type, g.Key.To, g.Count(), g.Count(p => p.Claim.Hedged),
                g.Min(p => p.Claim.ReportedAt), g.Max(p => p.Claim.ReportedAt)))
            .Where(r => r.ClaimCount >= minClaims && (includeHedged || r.HedgedCount < r.ClaimCount))
            .ToList();

    public (List<string> Nodes, List<Relation> Edges, bool Truncated) Network(NetworkQuery query)
    {
        if (!entities.Contains(query.Centre))
            return ([], [], false);
        var relations = Relations(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged);
        var nodes = new List<string> { query.Centre.Value };
        var seen = new HashSet<string>(nodes);
        var frontier = new HashSet<string>(nodes);
        var truncated = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var candidates = relations
                .SelectMany(r => new[] { (Near: r.From.Value, Far: r.To.Value, r.ClaimCount), (Near: r.To.Value, Far: r.From.Value, r.ClaimCount) })
                .Where(c => frontier.Contains(c.Near))
                .OrderByDescending(c => c.ClaimCount).ThenBy(c => c.Far, StringComparer.Ordinal);
            var next = new HashSet<string>();
            foreach (var candidate in candidates)
            {
                if (seen.Contains(candidate.Far))
                    continue;
                if (seen.Count >= query.MaxNodes)
                {
                    truncated = true;
                    break;
                }
                seen.Add(candidate.Far);
                nodes.Add(candidate.Far);
                next.Add(candidate.Far);
            }
            frontier = next;
        }
        var edges = relations.Where(r => seen.Contains(r.From.Value) && seen.Contains(r.To.Value)).ToList();
        return (nodes, edges, truncated);
    }

    /// <summary>Every shortest path, found from full distances on both sides, sorted by the port's rule, then cut.</summary>
    public List<RelationPath> Paths(PathQuery query)
    {
        if (query.From == query.To)
            return [];
        var relations = Relations(query.Types, query.Since, query.Until, query.MinClaims, query.IncludeHedged);
        var steps = relations
            .SelectMany(r => new[] { (At: r.From, Next: r.To, Relation: r), (At: r.To, Next: r.From, Relation: r) })
            .ToLookup(s => s.At);
        var fromStart = Distances(query.From, steps);
        var toEnd = Distances(query.To, steps);
        if (!fromStart.TryGetValue(query.To, out var length) || length > query.MaxHops)
            return [];
        var paths = new List<RelationPath>();
        void Walk(EntityId node, List<EntityId> nodes, List<Relation> path)
        {
            if (path.Count == length)
            {
                paths.Add(new RelationPath(nodes.ToList(), path.ToList()));
                return;
            }
            foreach (var step in steps[node].Where(s => toEnd.TryGetValue(s.Next, out var d) && d == length - path.Count - 1))
            {
                nodes.Add(step.Next);
                path.Add(step.Relation);
                Walk(step.Next, nodes, path);
                nodes.RemoveAt(nodes.Count - 1);
                path.RemoveAt(path.Count - 1);
            }
        }
        Walk(query.From, [query.From], []);
        paths.Sort(ComparePaths);
        return paths.Take(query.MaxPaths).ToList();
    }

    public List<TimelineBucket> Timeline(TimelineQuery query)
    {
        var inWindow = liveClaims.Where(c => (query.Since is null || c.ReportedAt >= query.Since) && (query.Until is null || c.ReportedAt <= query.Until)).ToList();
        return inWindow
            .Where(c => query.Entity is not { } entity || Mentions(c).Contains(entity))
            .GroupBy(c => TimeBuckets.StartOf(c.ReportedAt, query.Bucket))
            .OrderBy(g => g.Key)
            .Select(g => new TimelineBucket(g.Key, g.Count(), g
                .SelectMany(c => (c.Negated ? [] : c.Relations).Where(r => query.Entity is null || r.From == query.Entity || r.To == query.Entity).Select(r => r.Type).Distinct())
                .GroupBy(t => t)
                .OrderBy(t => t.Key)
                .Select(t => new TimelineCount(t.Key, t.Count()))
                .ToList()))
            .ToList();
    }

    /// <summary>How many (asserting, opposing) pairs contradict each other, per the opposites table and denials.</summary>
    public int Contradictions()
    {
        var assertions = liveClaims.Where(c => !c.Negated).SelectMany(c => c.Relations.Distinct().Select(r => (Claim: c.Id, Relation: r))).ToList();
        var denials = liveClaims.SelectMany(c => (c.Denied ?? []).Distinct().Select(r => (Claim: c.Id, Relation: r))).ToList();
        var byPair = assertions.ToLookup(a => Pair(a.Relation));
        var denied = denials.Sum(d => byPair[Pair(d.Relation)].Count(a => a.Claim != d.Claim && RelationOpposites.Denies(d.Relation, a.Relation)));
        var opposed = assertions.Sum(a => byPair[Pair(a.Relation)].Count(b =>
            b.Claim != a.Claim && RelationOpposites.Between(a.Relation.Type, b.Relation.Type) is { } pair && pair.ConcernSamePair(a.Relation, b.Relation)));
        return denied + opposed;
    }

    public static HashSet<EntityId> Mentions(Claim claim)
    {
        var mentioned = new HashSet<EntityId>(claim.About.Concat(claim.Places));
        if (claim.Speaker is { } speaker)
            mentioned.Add(speaker);
        foreach (var r in (claim.Negated ? [] : claim.Relations).Concat(claim.Denied ?? []))
        {
            mentioned.Add(r.From);
            mentioned.Add(r.To);
        }
        return mentioned;
    }

    private static (string, string) Pair(RelationAssertion relation) =>
        string.CompareOrdinal(relation.From.Value, relation.To.Value) < 0 ? (relation.From.Value, relation.To.Value) : (relation.To.Value, relation.From.Value);

    private static Dictionary<EntityId, int> Distances(EntityId origin, ILookup<EntityId, (EntityId At, EntityId Next, Relation Relation)> steps)
    {
        var distance = new Dictionary<EntityId, int> { [origin] = 0 };
        var queue = new Queue<EntityId>([origin]);
        while (queue.TryDequeue(out var node))
        {
            foreach (var step in steps[node])
            {
                if (distance.TryAdd(step.Next, distance[node] + 1))
                    queue.Enqueue(step.Next);
            }
        }
        return distance;
    }

    private static int ComparePaths(RelationPath x, RelationPath y)
    {
        for (var i = 0; i < x.Steps.Count; i++)
        {
            var a = x.Steps[i];
            var b = y.Steps[i];
            var byClaims = b.ClaimCount.CompareTo(a.ClaimCount);
            if (byClaims != 0)
                return byClaims;
            var byKey = string.CompareOrdinal($"{a.From.Value}\u0001{a.Type.Name()}\u0001{a.To.Value}", $"{b.From.Value}\u0001{b.Type.Name()}\u0001{b.To.Value}");
            if (byKey != 0)
                return byKey;
        }
        return 0;
    }
}
