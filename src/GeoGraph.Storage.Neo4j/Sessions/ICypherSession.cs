namespace GeoGraph.Storage.Neo4j.Sessions;

/// <summary>
/// Runs units of work in managed transactions: the whole function runs again after a transient error,
/// so it must only read and write through its transaction and keep no state across attempts.
/// </summary>
internal interface ICypherSession
{
    Task<T> ReadAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken);

    Task<T> WriteAsync<T>(Func<ICypherTransaction, Task<T>> work, CancellationToken cancellationToken);
}
