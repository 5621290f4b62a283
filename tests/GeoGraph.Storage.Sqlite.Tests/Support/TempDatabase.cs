using GeoGraph.Core.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace GeoGraph.Storage.Sqlite.Tests.Support;

/// <summary>A database file in a fresh temporary folder, deleted with the folder afterwards.</summary>
public sealed class TempDatabase : IDisposable
{
    private readonly List<SqliteGraphStore> _stores = [];

    public TempDatabase()
    {
        Folder = Directory.CreateTempSubdirectory("geograph-test-").FullName;
        Path = System.IO.Path.Combine(Folder, "nested", "graph.db");
    }

    public string Folder { get; }

    public string Path { get; }

    public SqliteConnectionFactory Connections() =>
        new(Options.Create(new SqliteStoreOptions { Path = Path }));

    public async Task<IGraphStore> OpenStoreAsync(CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(Connections(), NullLoggerFactory.Instance);
        await store.InitialiseAsync(cancellationToken);
        _stores.Add(store);
        return store;
    }

    /// <summary>Runs raw SQL on the file, beside any store, and returns the first column of the first row.</summary>
    public async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken)
    {
        await using var connection = await Connections().OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose()
    {
        foreach (var store in _stores)
            store.Dispose();
        SqliteConnection.ClearAllPools();
        Directory.Delete(Folder, recursive: true);
    }
}
