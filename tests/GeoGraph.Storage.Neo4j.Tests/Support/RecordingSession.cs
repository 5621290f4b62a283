using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Sessions;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>
/// A session without a server: records every statement a unit of work runs, with its parameters, and
/// answers with the rows a test put up for that statement (none otherwise).
/// </summary>
internal sealed class RecordingSession : ICypherSession
{
    private readonly Dictionary<string, IReadOnlyList<Row>> _answers = new(StringComparer.Ordinal);

    public List<(string Mode, CypherQuery Query, IReadOnlyDictionary<string, object?> Parameters)> Runs { get; } = [];

    /// <summary>Answers every run of <paramref name="query"/> with <paramref name="rows"/>.</summary>
    public RecordingSession Answer(CypherQuery query, params Row[] rows)
    {
        _answers[query.Name] = rows;
        return this;
    }

    public Task<T> ReadAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) => work(new Transaction(this, "read"));

    public Task<T> WriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) => work(new Transaction(this, "write"));

    private sealed class Transaction(RecordingSession session, string mode) : ICypherTransaction
    {
        public Task<IReadOnlyList<Row>> RunAsync(CypherQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            cancellationToken.ThrowIfCancellationRequested();
            session.Runs.Add((mode, query, parameters));
            return Task.FromResult(session._answers.GetValueOrDefault(query.Name) ?? []);
        }
    }
}
