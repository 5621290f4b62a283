using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Sqlite.Tests.Support;

namespace GeoGraph.Storage.Sqlite.Tests.Generated;

/// <summary>One store holding a generated graph of three thousand claims, a few of them retracted, shared by a test class.</summary>
public sealed class GeneratedStoreFixture : IAsyncLifetime
{
    private readonly TempDatabase _database = new();

    public GeneratedGraph Graph { get; } = new(seed: 20250301);

    public IGraphStore Store { get; private set; } = null!;

    public BruteForce Oracle { get; private set; } = null!;

    public async ValueTask InitializeAsync()
    {
        var token = TestContext.Current.CancellationToken;
        Store = await _database.OpenStoreAsync(token);
        foreach (var article in Graph.Articles)
            await Store.ImportAsync(article, token);
        var retracted = Graph.Claims.Where((_, i) => i % 97 == 0).Select(c => c.Id).ToHashSet();
        foreach (var claim in retracted)
            await Store.RetractClaimAsync(claim, "generated retraction", "fixture", token);
        Oracle = new BruteForce(
            Graph.Claims.Where(c => !retracted.Contains(c.Id)).ToList(),
            Graph.Articles.SelectMany(a => a.Entities).Select(e => e.Id).ToHashSet());
    }

    public ValueTask DisposeAsync()
    {
        _database.Dispose();
        return ValueTask.CompletedTask;
    }

    /// <summary>A random time window, often open on one or both sides.</summary>
    public static (DateTimeOffset? Since, DateTimeOffset? Until) SomeWindow(Random random)
    {
        var start = new DateTimeOffset(2024, 1, 1, 0, 0, 0, TimeSpan.Zero);
        DateTimeOffset? since = random.Next(3) == 0 ? start.AddDays(random.Next(0, 200)) : null;
        DateTimeOffset? until = random.Next(3) == 0 ? start.AddDays(random.Next(200, 366)).AddHours(random.Next(24)) : null;
        return (since, until);
    }

    public static IReadOnlyList<RelationType>? SomeTypes(Random random) => random.Next(4) == 0
        ? Enum.GetValues<RelationType>().Where(_ => random.Next(2) == 0).DefaultIfEmpty(RelationType.Attacks).ToList()
        : null;
}
