using GeoGraph.Core.Model;

namespace GeoGraph.Core.Storage.Rules;

/// <summary>
/// How a neighbourhood grows (<see cref="IGraphStore.GetNetworkAsync"/>); the stores differ only in how they
/// fetch the relations around a set of nodes.
/// </summary>
public static class NetworkGrowth
{
    /// <summary>
    /// Grows the neighbourhood of <see cref="NetworkQuery.Centre"/> level by level, up to <see cref="NetworkQuery.Depth"/>
    /// hops. At each level the far ends of the relations touching the frontier join, those reached by the strongest
    /// relation first (claim count, then id ordinally), so that when <see cref="NetworkQuery.MaxNodes"/> stops the
    /// growth the best supported are in.
    /// </summary>
    /// <param name="incident">The relations passing the query's filters with at least one end among the given nodes.</param>
    public static async Task<GrownNetwork> GrowAsync(
        NetworkQuery query, Func<IReadOnlyList<EntityId>, CancellationToken, Task<IReadOnlyList<Relation>>> incident, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(incident);
        var nodes = new List<EntityId> { query.Centre };
        var seen = new HashSet<EntityId>(nodes);
        var frontier = nodes.ToList();
        var truncated = false;
        for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
        {
            var relations = await incident(frontier, cancellationToken).ConfigureAwait(false);
            var next = new List<EntityId>();
            foreach (var neighbour in StrongestFirst(relations, [.. frontier]))
            {
                if (seen.Contains(neighbour))
                    continue;
                if (seen.Count >= query.MaxNodes)
                {
                    truncated = true;
                    break;
                }

                seen.Add(neighbour);
                next.Add(neighbour);
            }

            nodes.AddRange(next);
            frontier = next;
        }

        return new GrownNetwork(nodes, truncated);
    }

    /// <summary>The far ends of relations leaving the frontier, reached by the strongest relation first (claim count, then id).</summary>
    private static IEnumerable<EntityId> StrongestFirst(IReadOnlyList<Relation> incident, HashSet<EntityId> frontier) =>
        incident
            .SelectMany(r => new[]
            {
                (Near: r.From, Far: r.To, Claims: r.ClaimCount),
                (Near: r.To, Far: r.From, Claims: r.ClaimCount),
            })
            .Where(c => frontier.Contains(c.Near))
            .OrderByDescending(c => c.Claims)
            .ThenBy(c => c.Far.Value, StringComparer.Ordinal)
            .Select(c => c.Far);
}
