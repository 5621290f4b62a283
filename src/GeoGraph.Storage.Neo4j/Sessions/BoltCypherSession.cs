using GeoGraph.Bolt;
using GeoGraph.Bolt.Transactions;
using GeoGraph.Storage.Neo4j.Cypher;

namespace GeoGraph.Storage.Neo4j.Sessions;

/// <summary>Units of work as GeoGraph.Bolt managed transactions, each with the configured timeout.</summary>
internal sealed class BoltCypherSession(BoltDriver driver, TransactionConfig config) : ICypherSession
{
    public Task<T> ReadAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        driver.ExecuteReadAsync(tx => work(new Transaction(tx)), config, cancellationToken);

    public Task<T> WriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken) =>
        driver.ExecuteWriteAsync(tx => work(new Transaction(tx)), config, cancellationToken);

    private sealed class Transaction(BoltTransaction transaction) : ICypherTransaction
    {
        public async Task<IReadOnlyList<Row>> RunAsync(CypherQuery query, IReadOnlyDictionary<string, object?> parameters, CancellationToken cancellationToken)
        {
            var result = await transaction.RunAsync(query.Text, parameters, cancellationToken).ConfigureAwait(false);
            var records = await result.ToListAsync(cancellationToken).ConfigureAwait(false);
            return [.. records.Select(r => r.ToDictionary())];
        }
    }
}
