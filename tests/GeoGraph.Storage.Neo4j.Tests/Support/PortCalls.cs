using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Contract.Support;

namespace GeoGraph.Storage.Neo4j.Tests.Support;

/// <summary>One call of every <see cref="IGraphStore"/> member, with arguments that make it reach the store.</summary>
internal static class PortCalls
{
    private static readonly EntityId A = new("group:a");
    private static readonly EntityId B = new("group:b");
    private static readonly RelationKey Attack = new(A, RelationType.Attacks, B);

    /// <summary>Keyed by member name and parameter count, which tells the overloads apart.</summary>
    public static IReadOnlyDictionary<string, Func<IGraphStore, CancellationToken, Task>> All { get; } =
        new Dictionary<string, Func<IGraphStore, CancellationToken, Task>>(StringComparer.Ordinal)
        {
            ["ImportAsync/2"] = (s, t) => s.ImportAsync(FirstAtUrl(), t),
            ["GetEntitiesAsync/2"] = (s, t) => s.GetEntitiesAsync([A, B], t),
            ["GetArticleClaimsAsync/3"] = (s, t) => s.GetArticleClaimsAsync([SampleArticles.First().Article.Id], PageRequest.Default, t),
            ["FindEntityByNameAsync/2"] = (s, t) => s.FindEntityByNameAsync("Alpha", t),
            ["QueryEntitiesAsync/3"] = (s, t) => s.QueryEntitiesAsync(new EntityQuery(EntityKind.Group, "al", "Testland", "Coalition", 1, EntitySort.Newest), PageRequest.Default, t),
            ["GetClaimsAsync/2"] = (s, t) => s.GetClaimsAsync([new ClaimId(CannedRows.ClaimId)], t),
            ["QueryClaimsAsync/3"] = (s, t) => s.QueryClaimsAsync(EveryClaimFilter, PageRequest.Default, t),
            ["QueryRelationsAsync/3"] = (s, t) => s.QueryRelationsAsync(new RelationQuery(Entity: "Alpha", From: "Alpha", To: "Beta", Since: March), PageRequest.Default, t),
            ["GetRelationsAsync/2"] = (s, t) => s.GetRelationsAsync([Attack], t),
            ["GetEvidenceAsync/2"] = (s, t) => s.GetEvidenceAsync([Attack], t),
            ["GetNetworkAsync/2"] = (s, t) => s.GetNetworkAsync(new NetworkQuery(A, Types: [RelationType.Attacks]), t),
            ["GetArticlesAsync/2"] = (s, t) => s.GetArticlesAsync([new ArticleId(CannedRows.ArticleId)], t),
            ["QueryArticlesAsync/2"] = (s, t) => s.QueryArticlesAsync(PageRequest.Default, t),
            ["QueryArticlesAsync/3"] = (s, t) => s.QueryArticlesAsync(new ArticleQuery("Wire", March, null, "front", ArticleSort.Oldest), PageRequest.Default, t),
            ["GetStatsAsync/1"] = (s, t) => s.GetStatsAsync(t),
            ["GetEntityClaimsAsync/5"] = (s, t) => s.GetEntityClaimsAsync([A, B], EntityClaimRole.Mentioned, new ClaimQuery(), PageRequest.Default, t),
            ["GetEntityRelationsAsync/5"] = (s, t) => s.GetEntityRelationsAsync([A, B], RelationDirection.Outgoing, new RelationQuery(), PageRequest.Default, t),
            ["GetOfficialsAsync/3"] = (s, t) => s.GetOfficialsAsync([new EntityId("org:o")], PageRequest.Default, t),
            ["GetRelationSpeakersAsync/2"] = (s, t) => s.GetRelationSpeakersAsync([Attack], t),
            ["GetContradictionsAsync/3"] = (s, t) => s.GetContradictionsAsync(A, PageRequest.Default, t),
            ["MergeEntitiesAsync/5"] = (s, t) => s.MergeEntitiesAsync(A, B, "ana", "same group", t),
            ["AddAliasAsync/5"] = (s, t) => s.AddAliasAsync(A, "Al", "ana", null, t),
            ["RetractClaimAsync/4"] = (s, t) => s.RetractClaimAsync(new ClaimId(CannedRows.ClaimId), "misquoted", "ana", t),
            ["QueryAuditLogAsync/3"] = (s, t) => s.QueryAuditLogAsync(new AuditQuery("group:a", CurationAction.AddAlias), PageRequest.Default, t),
            ["SearchAsync/3"] = (s, t) => s.SearchAsync(new SearchQuery("the alpha"), PageRequest.Default, t),
            ["GetPathsAsync/2"] = (s, t) => s.GetPathsAsync(new PathQuery(A, B, MaxHops: 2, IncludeHedged: false), t),
            ["GetTimelineAsync/2"] = async (s, t) =>
            {
                await s.GetTimelineAsync(new TimelineQuery(A, Bucket: TimeBucket.Week), t);
                await s.GetTimelineAsync(new TimelineQuery(null, Bucket: TimeBucket.Week), t);
            },
        };

    // With a URL, an import also looks for earlier versions of the article.
    private static ArticleGraph FirstAtUrl()
    {
        var first = SampleArticles.First();
        return first with { Article = first.Article with { Url = "https://wire.example/story" } };
    }

    private static DateTimeOffset March => new(2025, 3, 1, 0, 0, 0, TimeSpan.Zero);

    private static ClaimQuery EveryClaimFilter => new(
        "Coalition", "Alpha", "Testland", new ArticleId(CannedRows.ArticleId), ClaimForm.DirectQuote, true, "attacked beta",
        Attack, March, March.AddDays(1), A, B, "Radio", false, RelationType.Attacks, "Wire", ClaimSort.Oldest);
}
