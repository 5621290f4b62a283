using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract;
using GeoGraph.Storage.Sqlite.Tests.Support;

namespace GeoGraph.Storage.Sqlite.Tests;

/// <summary>The store contract, run against a real SQLite file per test.</summary>
public sealed class SqliteGraphStoreContractTests : GraphStoreContract, IDisposable
{
    private readonly TempDatabase _database = new();

    protected override Task<IGraphStore> NewStoreAsync(CancellationToken cancellationToken) =>
        _database.OpenStoreAsync(cancellationToken);

    public void Dispose() => _database.Dispose();
}
