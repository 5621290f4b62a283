using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Sessions;
using Microsoft.Extensions.Logging;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

/// <summary>
/// Applies <c>schema/neo4j/*.cypher</c> at start: constraints and indexes, every one <c>IF NOT EXISTS</c>,
/// each statement in its own transaction (Neo4j runs no schema change beside other work), then waits
/// for the indexes to come online. Safe to run on every start.
/// </summary>
public sealed class Neo4jSchema : IStoreInitialiser
{
    private readonly ICypherSession _session;
    private readonly TimeSpan _indexWait;
    private readonly ILogger _logger;

    internal Neo4jSchema(ICypherSession session, TimeSpan indexWait, ILogger logger)
    {
        _session = session;
        _indexWait = indexWait;
        _logger = logger;
    }

    /// <summary>The schema statements in the order they are applied.</summary>
    internal static IReadOnlyList<CypherQuery> Statements { get; } = [.. SchemaScripts.Load()];

    /// <inheritdoc />
    public async Task InitialiseAsync(CancellationToken cancellationToken)
    {
        foreach (var statement in Statements)
        {
            await _session.WriteAsync(tx => tx.RunAsync(statement, Of(), cancellationToken), cancellationToken).ConfigureAwait(false);
            Log.SchemaApplied(_logger, statement.Name);
        }

        var seconds = (long)Math.Ceiling(_indexWait.TotalSeconds);
        await _session.WriteAsync(tx => tx.RunAsync(Queries.AwaitIndexes, Of(("timeoutSeconds", seconds)), cancellationToken), cancellationToken).ConfigureAwait(false);
    }
}
