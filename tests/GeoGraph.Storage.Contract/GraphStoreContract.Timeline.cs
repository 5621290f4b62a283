using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;
using Xunit;

namespace GeoGraph.Storage.Contract;

public abstract partial class GraphStoreContract
{
    [Theory]
    [InlineData(TimeBucket.Month, new[] { "2025-03-01", "2025-04-01", "2025-05-01" })]
    [InlineData(TimeBucket.Week, new[] { "2025-02-24", "2025-04-14", "2025-05-19" })]
    [InlineData(TimeBucket.Day, new[] { "2025-03-01", "2025-04-15", "2025-05-20" })]
    public async Task ATimelineBucketsByDayIsoWeekOrMonth(TimeBucket bucket, string[] starts)
    {
        var store = await StoreWithAllArticlesAsync();

        var timeline = await store.GetTimelineAsync(new TimelineQuery(Ids.NorthernFront, Bucket: bucket), Token);

        Assert.Equal(starts, timeline.Select(b => b.Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)));
        Assert.Equal([4, 2, 3], timeline.Select(b => b.Mentions));
    }

    [Fact]
    public async Task ATimelineCountsClaimsPerRelationTypeInVocabularyOrder()
    {
        var store = await StoreWithAllArticlesAsync();

        TimelineCount[][] expected =
        [
            [new(RelationType.SeeksAllianceWith, 1), new(RelationType.Supports, 1), new(RelationType.PresentIn, 1)],
            [new(RelationType.SeeksAllianceWith, 1), new(RelationType.Attacks, 1)],
            [new(RelationType.InContactWith, 1), new(RelationType.CutTiesWith, 1)],
        ];

        var timeline = await store.GetTimelineAsync(new TimelineQuery(Ids.NorthernFront), Token);

        Assert.Equal(expected, timeline.Select(b => b.Relations.ToArray()));
    }

    [Fact]
    public async Task ATimelineWithoutAnEntityCountsEveryLiveClaimAndEveryAssertingClaimPerType()
    {
        var store = await StoreWithAllArticlesAsync();
        var claims = await store.QueryClaimsAsync(new ClaimQuery(), new PageRequest(PageRequest.MaxSize), Token);

        var timeline = await store.GetTimelineAsync(new TimelineQuery(null, Bucket: TimeBucket.Month), Token);

        Assert.Equal(claims.TotalCount, timeline.Sum(b => b.Mentions));
        var expectedPerType = claims.Items.SelectMany(c => c.Relations.Select(r => r.Type).Distinct()).GroupBy(t => t).ToDictionary(g => g.Key, g => g.Count());
        var countedPerType = timeline.SelectMany(b => b.Relations).GroupBy(r => r.Type).ToDictionary(g => g.Key, g => g.Sum(r => r.Claims));
        Assert.Equal(expectedPerType.OrderBy(p => p.Key), countedPerType.OrderBy(p => p.Key));
    }

    [Fact]
    public async Task ATimelineCountsAClaimOncePerTypeEvenWhenItAssertsTwoSuchRelations()
    {
        var store = await NewStoreAsync(Token);
        var graph = new GraphBuilder("The Front attacked the Brigade and the Movement on the same day.", SampleArticles.FirstDate)
            .Group("Front").Group("Brigade").Group("Movement")
            .Claim("The Front attacked the Brigade and the Movement", relations: [("Front", RelationType.Attacks, "Brigade"), ("Front", RelationType.Attacks, "Movement")])
            .Build();
        await store.ImportAsync(graph, Token);

        var bucket = Assert.Single(await store.GetTimelineAsync(new TimelineQuery(new EntityId("group:front")), Token));

        Assert.Equal(1, bucket.Mentions);
        Assert.Equal([new TimelineCount(RelationType.Attacks, 1)], bucket.Relations);
    }

    [Theory]
    [InlineData("since April", 2)]
    [InlineData("until March", 1)]
    [InlineData("of an entity never mentioned", 0)]
    [InlineData("of an unknown entity", 0)]
    public async Task ATimelineKeepsToItsWindowAndToMentionedEntities(string query, int buckets)
    {
        var store = await StoreWithAllArticlesAsync();
        var timelineQuery = query switch
        {
            "since April" => new TimelineQuery(Ids.NorthernFront, Since: April),
            "until March" => new TimelineQuery(Ids.NorthernFront, Until: EndOfMarch),
            "of an entity never mentioned" => new TimelineQuery(Ids.Testland),
            _ => new TimelineQuery(Ids.Nobody),
        };

        var timeline = await store.GetTimelineAsync(timelineQuery, Token);

        Assert.Equal(buckets, timeline.Count);
    }
}
