using GeoGraph.Core;
using GeoGraph.Core.Storage;
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
        // Names are compared ignoring a leading "the" everywhere (Fold.NameKey), so entity search does too.
        var nameTerms = terms.Count > 1 && terms[0] == "the" ? [.. terms.Skip(1)] : terms;
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
            var items = entityHits.Concat(claimHits)
                .OrderByDescending(h => h.ExactName)
                .ThenByDescending(h => h.Hit.Score)
                .ThenBy(h => h.Hit.Kind)
                .ThenBy(h => h.Hit.Id, StringComparer.Ordinal)
                .Skip(page.Offset)
                .Take(page.First)
                .Select(h => h.Hit)
                .ToList();
            return new Page<SearchHit>(items, page.Offset, entityTotal + claimTotal);
        }, cancellationToken);
    }

    private static async Task<(int Total, List<RankedHit> Hits)> EntityHitsAsync(
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
            var names = entity.Aliases.Prepend(entity.Name).ToList();
            var name = names.FirstOrDefault(n => SearchText.AnyWordMatches(n, terms)) ?? entity.Name;
            var (snippet, highlights) = SearchText.Snippet(name, terms);
            return new RankedHit(new SearchHit(SearchHitKind.Entity, entity.Id.Value, h.Double("score"), snippet, highlights), h.Bool("exact"));
        });
        return (total, [.. hits]);
    }

    private static async Task<(int Total, List<RankedHit> Hits)> ClaimHitsAsync(
        ICypherTransaction tx, string lucene, IReadOnlyList<string> terms, int limit, CancellationToken cancellationToken)
    {
        var row = await SingleAsync(tx, Queries.SearchClaims, Of(("query", lucene), ("limit", limit)), cancellationToken).ConfigureAwait(false);
        var (total, top) = TotalAndPage(row, "top");
        var hits = top.Cast<Row>().Select(h =>
        {
            var (snippet, highlights) = SearchText.Snippet(h.String("text"), terms);
            return new RankedHit(new SearchHit(SearchHitKind.Claim, h.String("id"), h.Double("score"), snippet, highlights), ExactName: false);
        });
        return (total, [.. hits]);
    }

    private sealed record RankedHit(SearchHit Hit, bool ExactName);
}
