using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>Neo4j's own all-shortest-paths search, the filters checked on each relation as it is walked.</remarks>
    public Task<IReadOnlyList<RelationPath>> GetPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        query = query.Validated();
        if (query.From == query.To)
            return Task.FromResult<IReadOnlyList<RelationPath>>([]);
        var parameters = RelationFilter.Of(query).Parameters();
        parameters["from"] = query.From.Value;
        parameters["to"] = query.To.Value;
        parameters["maxHops"] = query.MaxHops;
        parameters["maxPaths"] = query.MaxPaths;
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetPaths, parameters, cancellationToken).ConfigureAwait(false);
            return (IReadOnlyList<RelationPath>)[.. rows.Select(r => new RelationPath(
                [.. r.Strings("nodes").Select(id => new EntityId(id))],
                [.. r.Maps("steps").Select(RelationRows.ToRelation)]))];
        }, cancellationToken);
    }
}
