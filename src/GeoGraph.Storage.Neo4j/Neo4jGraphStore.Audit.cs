using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    private const string AuditSequence = "audit";

    /// <inheritdoc />
    public Task<Page<AuditEntry>> QueryAuditLogAsync(AuditQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var parameters = Of(
            ("id", string.IsNullOrWhiteSpace(query.Id) ? null : query.Id.Trim()),
            ("action", query.Action?.ToString()),
            ("skip", page.Offset),
            ("limit", page.First));
        return ReadAsync(async tx =>
        {
            var (total, entries) = TotalAndPage(await SingleAsync(tx, Queries.QueryAuditLog, parameters, cancellationToken).ConfigureAwait(false));
            return new Page<AuditEntry>([.. entries.Cast<Row>().Select(AuditRows.ToEntry)], page.Offset, total);
        }, cancellationToken);
    }

    /// <summary>Appends an audit entry (<paramref name="details"/> from <see cref="AuditDetails"/>) inside the curation's transaction and returns its id.</summary>
    private async Task<long> AuditAsync(
        ICypherTransaction tx, CurationAction action, string actor, string target, string? subject, string? reason, string details, CancellationToken cancellationToken)
    {
        var entry = Of(
            ("at", StoredValues.Time(_time.GetUtcNow())),
            ("actor", actor.Trim()),
            ("action", action.ToString()),
            ("target", target),
            ("subject", subject),
            ("reason", string.IsNullOrWhiteSpace(reason) ? null : reason.Trim()),
            ("details", details));
        var row = await SingleAsync(tx, Queries.AppendAudit, Of(("sequence", AuditSequence), ("entry", entry)), cancellationToken).ConfigureAwait(false);
        return row.Long("id");
    }
}
