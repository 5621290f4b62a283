using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>
    /// Grown level by level in one read transaction: each level reads the relations touching the
    /// frontier (one statement), and the neighbours reached by the strongest relation join first, so
    /// the node bound keeps the best supported.
    /// </remarks>
    public Task<Subgraph> GetNetworkAsync(NetworkQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        var filter = RelationFilter.Of(query);
        return ReadAsync(async tx =>
        {
            if ((await LoadEntitiesAsync(tx, [query.Centre.Value], cancellationToken).ConfigureAwait(false)).Count == 0)
                return new Subgraph([], [], Truncated: false);

            var nodes = new List<string> { query.Centre.Value };
            var seen = new HashSet<string>(nodes, StringComparer.Ordinal);
            var frontier = nodes.ToList();
            var truncated = false;
            for (var depth = 1; depth <= query.Depth && frontier.Count > 0 && !truncated; depth++)
            {
                var incident = await RelationsAroundAsync(tx, filter, frontier, peers: null, cancellationToken).ConfigureAwait(false);
                var next = new List<string>();
                foreach (var neighbour in StrongestFirst(incident, new HashSet<string>(frontier, StringComparer.Ordinal)))
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

            var entities = await LoadEntitiesAsync(tx, nodes, cancellationToken).ConfigureAwait(false);
            var edges = (await RelationsAroundAsync(tx, filter, nodes, peers: nodes, cancellationToken).ConfigureAwait(false))
                .StrongestFirst().ToList();
            return new Subgraph(entities, [.. edges.Take(query.MaxEdges)], truncated || edges.Count > query.MaxEdges);
        }, cancellationToken);
    }

    /// <summary>
    /// The relations passing <paramref name="filter"/> with an end among <paramref name="nodes"/> (both ends
    /// among <paramref name="peers"/> when given), each once.
    /// </summary>
    private static async Task<List<Relation>> RelationsAroundAsync(
        ICypherTransaction tx, RelationFilter filter, IReadOnlyList<string> nodes, IReadOnlyCollection<string>? peers, CancellationToken cancellationToken)
    {
        var parameters = filter.ListParameters(nodes, RelationDirection.Any, (null, null, null), peers, RelationSort.ClaimCount, 0, int.MaxValue);
        var pages = await ListRelationsAsync(tx, parameters, 0, cancellationToken).ConfigureAwait(false);
        return [.. pages.SelectMany(p => p.Page.Items).DistinctBy(r => r.Key)];
    }

    /// <summary>The far ends of relations leaving the frontier, reached by the strongest relation first (claim count, then id).</summary>
    private static IEnumerable<string> StrongestFirst(List<Relation> incident, HashSet<string> frontier) =>
        incident
            .SelectMany(r => new[]
            {
                (Near: r.From.Value, Far: r.To.Value, Claims: r.ClaimCount),
                (Near: r.To.Value, Far: r.From.Value, Claims: r.ClaimCount),
            })
            .Where(c => frontier.Contains(c.Near))
            .OrderByDescending(c => c.Claims)
            .ThenBy(c => c.Far, StringComparer.Ordinal)
            .Select(c => c.Far);
}
