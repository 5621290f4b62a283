using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Mapping;
using GeoGraph.Storage.Sqlite.Queries;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyList<RelationPath>> GetPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        if (query.From == query.To)
            return Task.FromResult<IReadOnlyList<RelationPath>>([]);
        var edges = RelationFilter.Of(query);
        return ReadAsync(async connection =>
        {
            var search = new ShortestPaths(query.From.Value, query.To.Value);
            // Unknown entities have no relations, so the search simply finds nothing.
            while (!search.Done && search.Hops < query.MaxHops)
            {
                var side = search.Next;
                var incident = await IncidentRelationsAsync(connection, edges, side.Frontier, cancellationToken).ConfigureAwait(false);
                search.Expand(side, incident);
            }
            return search.Enumerate(query.MaxPaths);
        }, cancellationToken);
    }
}
