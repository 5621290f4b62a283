using GeoGraph.Core;
using GeoGraph.Core.Storage;
using GeoGraph.Core.Storage.Rules;
using GeoGraph.Storage.Neo4j.Cypher;
using GeoGraph.Storage.Neo4j.Mapping;
using GeoGraph.Storage.Neo4j.Parameters;
using GeoGraph.Storage.Neo4j.Sessions;
using static GeoGraph.Storage.Neo4j.Parameters.CypherParameters;

namespace GeoGraph.Storage.Neo4j;

public sealed partial class Neo4jGraphStore
{
    /// <inheritdoc />
    /// <remarks>Scores are Lucene's, from the full-text indexes; snippets are cut by <see cref="SearchText"/> as in every store.</remarks>
    public Task<Page<SearchHit>> SearchAsync(SearchQuery query, PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(page);
        var terms = SearchText.Terms(query.Text ?? "");
        if (terms.Count == 0)
            return Task.FromResult(new Page<SearchHit>([], page.Offset, 0));
        var nameTerms = SearchRanking.NameTerms(terms);
        var wantEntities = query.Kinds is null || query.Kinds.Contains(SearchHitKind.Entity);
        var wantClaims = query.Kinds is null || query.Kinds.Contains(SearchHitKind.Claim);
        // Whichever hits end up on the page, they are among the best offset + first of their kind.
        var limit = page.Offset + page.First;
        return ReadAsync(async tx =>
        {
            var (entityTotal, entityHits) = wantEntities
                ? await EntityHitsAsync(tx, LuceneQuery.AllPrefixes(nameTerms)!, Fold.NameKey(query.Text!), terms, limit, cancellationToken).ConfigureAwait(false)
                : (0, []);
            var (claimTotal, claimHits) = wantClaims
                ? await ClaimHitsAsync(tx, LuceneQuery.AllPrefixes(terms)!, terms, limit, cancellationToken).ConfigureAwait(false)
                : (0, []);
            return new Page<SearchHit>(SearchRanking.Page(entityHits.Concat(claimHits), page), page.Offset, entityTotal + claimTotal);
        }, cancellationToken);
    }

    private static async Task<(int Total, List<RankedSearchHit> Hits)> EntityHitsAsync(
        ICypherTransaction tx, string lucene, string key, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var row = await SingleAsync(tx, Queries.SearchEntities, Of(("query", lucene), ("key", key), ("limit", limit)), cancellationToken).ConfigureAwait(false);
        var (total, top) = TotalAndPage(row, "top");
        var found = top.Cast<Row>().ToList();
        var entities = (await LoadEntitiesAsync(tx, found.Select(h => h.String("id")), cancellationToken).ConfigureAwait(false))
            .ToDictionary(e => e.Id.Value, StringComparer.Ordinal);
        var hits = found.Where(h => entities.ContainsKey(h.String("id"))).Select(h =>
        {
            var entity = entities[h.String("id")];
            return SearchRanking.EntityHit(entity.Id.Value, h.Double("score"), [entity.Name, .. entity.Aliases], terms, h.Bool("exact"));
        });
        return (total, [.. hits]);
    }

    private static async Task<(int Total, List<RankedSearchHit> Hits)> ClaimHitsAsync(
        ICypherTransaction tx, string lucene, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var row = await SingleAsync(tx, Queries.SearchClaims, Of(("query", lucene), ("limit", limit)), cancellationToken).ConfigureAwait(false);
        var (total, top) = TotalAndPage(row, "top");
        var hits = top.Cast<Row>().Select(h => SearchRanking.ClaimHit(h.String("id"), h.Double("score"), h.String("text"), terms));
        return (total, [.. hits]);
    }
}
