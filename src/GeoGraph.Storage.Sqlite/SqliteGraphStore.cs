using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Migrations;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace GeoGraph.Storage.Sqlite;

/// <summary>
/// The embedded store: one SQLite file in WAL mode. Reads run concurrently; writes go one at a time
/// through a gate so they never fight over the write lock, each in one transaction.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IStoreInitialiser, IDisposable
{
    private readonly SqliteConnectionFactory _connections;
    private readonly ILogger<SqliteGraphStore> _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly SemaphoreSlim _writeGate = new(1, 1);
    private readonly TimeProvider _time;

    /// <summary>Creates the store over <paramref name="connections"/>; call <see cref="InitialiseAsync"/> before use.</summary>
    /// <param name="time">The clock audit entries are stamped with; the system clock when not given.</param>
    public SqliteGraphStore(SqliteConnectionFactory connections, ILoggerFactory loggerFactory, TimeProvider? time = null)
    {
        ArgumentNullException.ThrowIfNull(loggerFactory);
        _connections = connections;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<SqliteGraphStore>();
        _time = time ?? TimeProvider.System;
    }

    /// <summary>The full path of the database file.</summary>
    public string DatabasePath => _connections.DatabasePath;

    /// <summary>Applies pending migrations; safe to call on every start.</summary>
    public Task InitialiseAsync(CancellationToken cancellationToken) =>
        new SqliteMigrator(_connections, _loggerFactory.CreateLogger<SqliteMigrator>()).MigrateAsync(cancellationToken);

    /// <inheritdoc />
    public void Dispose() => _writeGate.Dispose();

    private async Task<T> ReadAsync<T>(Func<SqliteConnection, Task<T>> read, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
        return await read(connection).ConfigureAwait(false);
    }

    private async Task<T> WriteAsync<T>(Func<SqliteConnection, SqliteTransaction, Task<T>> write, CancellationToken cancellationToken)
    {
        await _writeGate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken).ConfigureAwait(false);
            // IMMEDIATE takes the write lock up front, so a check-then-insert cannot race another process.
            await using var transaction = connection.BeginTransaction(deferred: false);
            var result = await write(connection, transaction).ConfigureAwait(false);
            await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            return result;
        }
        finally
        {
            _writeGate.Release();
        }
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction? transaction = null)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        return command;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, SqliteTransaction transaction, (string Name, object Value)[] parameters)
    {
        var command = Command(connection, sql, transaction);
        foreach (var (name, value) in parameters)
            command.Parameters.AddWithValue(name, value);
        return command;
    }

    private static async Task<int> CountAsync(SqliteConnection connection, string sql, SqlFilter filter, CancellationToken cancellationToken)
    {
        await using var command = Command(connection, sql);
        filter.Bind(command);
        return Convert.ToInt32(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
    }
}
