using GeoGraph.Core.Model;
using GeoGraph.Core.Storage;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    public Task<IReadOnlyDictionary<EntityId, Page<Official>>> GetOfficialsAsync(
        IReadOnlyCollection<EntityId> organisations, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(organisations);
        ArgumentNullException.ThrowIfNull(page);
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetOfficials, Of(
                ("organisations", Ids(organisations.Select(o => o.Value))), ("skip", page.Offset), ("limit", page.First)), cancellationToken).ConfigureAwait(false);
            var pages = rows.ToDictionary(r => r.String("owner"), r => (Total: r.Int("total"), Ids: r.Strings("page")), StringComparer.Ordinal);
            var officials = (await LoadEntitiesAsync(tx, pages.Values.SelectMany(p => p.Ids), cancellationToken).ConfigureAwait(false))
                .OfType<Official>().ToDictionary(o => o.Id.Value, StringComparer.Ordinal);
            return (IReadOnlyDictionary<EntityId, Page<Official>>)organisations.Distinct().ToDictionary(o => o, o =>
                pages.TryGetValue(o.Value, out var owned)
                    ? new Page<Official>([.. owned.Ids.Where(officials.ContainsKey).Select(id => officials[id])], page.Offset, owned.Total)
                    : new Page<Official>([], page.Offset, 0));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<ArticleId, Page<Claim>>> GetArticleClaimsAsync(
        IReadOnlyCollection<ArticleId> articles, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articles);
        ArgumentNullException.ThrowIfNull(page);
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetArticleClaims, Of(
                ("articles", Ids(articles.Select(a => a.Value))), ("skip", page.Offset), ("limit", page.First)), cancellationToken).ConfigureAwait(false);
            var pages = rows.ToDictionary(r => r.String("owner"), r => (Total: r.Int("total"), Ids: r.Strings("page")), StringComparer.Ordinal);
            var claims = await LoadClaimsAsync(tx, pages.Values.SelectMany(p => p.Ids), cancellationToken).ConfigureAwait(false);
            return (IReadOnlyDictionary<ArticleId, Page<Claim>>)articles.Distinct().ToDictionary(a => a, a =>
                pages.TryGetValue(a.Value, out var owned)
                    ? new Page<Claim>([.. owned.Ids.Where(claims.ContainsKey).Select(id => claims[id])], page.Offset, owned.Total)
                    : new Page<Claim>([], page.Offset, 0));
        }, cancellationToken);
    }

    /// <inheritdoc />
    public Task<IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>> GetRelationSpeakersAsync(
        IReadOnlyCollection<RelationKey> relations, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(relations);
        if (relations.Count == 0)
            return Task.FromResult<IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>>(new Dictionary<RelationKey, IReadOnlyList<RelationSpeaker>>());
        return ReadAsync(async tx =>
        {
            var rows = await tx.RunAsync(Queries.GetRelationSpeakers, Of(("keys", Keys(relations))), cancellationToken).ConfigureAwait(false);
            var voices = rows.ToLookup(RelationRows.ToKey, r => new RelationSpeaker(r.OptionalEntity("speaker"), r.OptionalString("description"), r.Int("claims")));
            return (IReadOnlyDictionary<RelationKey, IReadOnlyList<RelationSpeaker>>)relations.Distinct().ToDictionary(k => k, k =>
                (IReadOnlyList<RelationSpeaker>)[.. voices[k]
                    .OrderByDescending(v => v.Claims)
                    .ThenBy(v => v.Speaker?.Value, NullsFirst)
                    .ThenBy(v => v.Description, NullsFirst)]);
        }, cancellationToken);
    }

    /// <summary>Ordinal order with null first, as the port orders voices.</summary>
    private static readonly Comparer<string?> NullsFirst = Comparer<string?>.Create((x, y) => string.CompareOrdinal(x, y));
}
