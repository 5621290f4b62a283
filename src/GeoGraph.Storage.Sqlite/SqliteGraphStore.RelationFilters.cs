using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Sqlite.Queries;
using Microsoft.Data.Sqlite;

namespace GeoGraph.Storage.Sqlite;

public sealed partial class SqliteGraphStore
{
    /// <summary>The relations a relation query sees, its named entities resolved to ids.</summary>
    private static async Task<RelationSelection> RelationSelectionAsync(SqliteConnection connection, RelationQuery query, CancellationToken cancellationToken)
    {
        var selection = new RelationSelection(RelationFilter.Of(query));
        // An entity nobody knows has no relations: an empty page, not every relation.
        if (!string.IsNullOrWhiteSpace(query.Entity))
        {
            var id = await ResolveNameAsync(connection, query.Entity, cancellationToken).ConfigureAwait(false);
            selection.Scope("x.from_id = $entity OR x.to_id = $entity", ("$entity", id ?? ""));
        }
        if (!string.IsNullOrWhiteSpace(query.From))
        {
            var id = await ResolveNameAsync(connection, query.From, cancellationToken).ConfigureAwait(false);
            selection.Scope("x.from_id = $from", ("$from", id ?? ""));
        }
        if (!string.IsNullOrWhiteSpace(query.To))
        {
            var id = await ResolveNameAsync(connection, query.To, cancellationToken).ConfigureAwait(false);
            selection.Scope("x.to_id = $to", ("$to", id ?? ""));
        }
        return selection;
    }

    /// <summary>The ORDER BY terms of a relation sort over relations aliased <c>r</c>.</summary>
    private static string RelationSortSql(RelationSort sort) => sort switch
    {
        RelationSort.LastReported => "r.last_reported DESC, r.from_id, r.type, r.to_id",
        RelationSort.FirstReported => "r.first_reported, r.from_id, r.type, r.to_id",
        _ => "r.claim_count DESC, r.from_id, r.type, r.to_id",
    };
}
