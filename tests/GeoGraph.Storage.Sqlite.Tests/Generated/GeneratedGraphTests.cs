using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;

namespace GeoGraph.Storage.Sqlite.Tests.Generated;

/// <summary>
/// Property-style checks on a generated graph: for many random queries, the store's network, paths,
/// timelines and contradictions equal a brute-force computation over the same claims.
/// </summary>
public sealed class GeneratedGraphTests(GeneratedStoreFixture fixture) : IClassFixture<GeneratedStoreFixture>
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task NetworksEqualABruteForceTraversal(int seed)
    {
        var random = new Random(seed);
        for (var i = 0; i < 25; i++)
        {
            var (since, until) = GeneratedStoreFixture.SomeWindow(random);
            var query = new NetworkQuery(fixture.Graph.SomeActor(random), random.Next(1, 4), new[] { 5, 40, 500 }[random.Next(3)],
                GeneratedStoreFixture.SomeTypes(random), since, until, random.Next(1, 3), random.Next(4) != 0);

            var network = await fixture.Store.GetNetworkAsync(query, Token);
            var (nodes, edges, truncated) = fixture.Oracle.Network(query);

            Assert.Equal(nodes, network.Nodes.Select(n => n.Id.Value));
            Assert.Equal(truncated, network.Truncated);
            Assert.Equal(Sorted(edges), Sorted(network.Edges));
        }
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public async Task PathsEqualABruteForceSearch(int seed)
    {
        var random = new Random(seed);
        var found = 0;
        for (var i = 0; i < 40; i++)
        {
            var (since, until) = random.Next(3) == 0 ? GeneratedStoreFixture.SomeWindow(random) : (null, null);
            var from = random.Next(2) == 0 ? fixture.Graph.SomeActor(random) : fixture.Graph.EntityIds.ElementAt(random.Next(1000));
            var query = new PathQuery(from, fixture.Graph.EntityIds.ElementAt(random.Next(1000)), random.Next(1, 5), random.Next(1, 11),
                GeneratedStoreFixture.SomeTypes(random), since, until, random.Next(5) == 0 ? 2 : 1, random.Next(4) != 0);

            var paths = await fixture.Store.GetPathsAsync(query, Token);
            var expected = fixture.Oracle.Paths(query);

            Assert.Equal(Describe(expected), Describe(paths));
            found += paths.Count > 0 ? 1 : 0;
        }
        Assert.InRange(found, 5, 40);
    }

    [Theory]
    [InlineData(TimeBucket.Day)]
    [InlineData(TimeBucket.Week)]
    [InlineData(TimeBucket.Month)]
    public async Task TimelinesEqualABruteForceCount(TimeBucket bucket)
    {
        var random = new Random((int)bucket);
        for (var i = 0; i < 15; i++)
        {
            var (since, until) = GeneratedStoreFixture.SomeWindow(random);
            var query = new TimelineQuery(fixture.Graph.SomeActor(random), since, until, bucket);

            var timeline = await fixture.Store.GetTimelineAsync(query, Token);
            var expected = fixture.Oracle.Timeline(query);

            Assert.Equal(Describe(expected), Describe(timeline));
        }
    }

    [Fact]
    public async Task ContradictionsEqualABruteForcePairing()
    {
        var page = await fixture.Store.GetContradictionsAsync(null, new PageRequest(0), Token);

        Assert.Equal(fixture.Oracle.Contradictions(), page.TotalCount);
        Assert.True(page.TotalCount > 0);
    }

    private static List<string> Sorted(IEnumerable<Relation> edges) =>
        edges.Select(e => $"{e.From} {e.Type.Name()} {e.To} {e.ClaimCount}/{e.HedgedCount} {e.FirstReported:O}..{e.LastReported:O}").Order(StringComparer.Ordinal).ToList();

    private static List<string> Describe(IEnumerable<RelationPath> paths) =>
        paths.Select(p => string.Join(" | ", p.Nodes) + " :: " + string.Join(" | ", p.Steps.Select(s => $"{s.From} {s.Type.Name()} {s.To} {s.ClaimCount}"))).ToList();

    private static List<string> Describe(IEnumerable<TimelineBucket> buckets) =>
        buckets.Select(b => $"{b.Start:yyyy-MM-dd} {b.Mentions} " + string.Join(",", b.Relations.Select(r => $"{r.Type.Name()}={r.Claims}"))).ToList();
}
