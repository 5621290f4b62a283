using GeoGraph.Core.Model;
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
    /// <remarks>
    /// One write transaction of UNWIND batches: the article is merged first, and when it was stored
    /// already nothing else runs. Entities are merged before anything refers to them; a reference to an
    /// entity neither the article nor the store holds fails the import, and the transaction rolls back.
    /// </remarks>
    public Task<ImportResult> ImportAsync(ArticleGraph graph, CancellationToken cancellationToken)
    {
        var batch = ImportBatch.Of(graph);
        cancellationToken.ThrowIfCancellationRequested();
        var articleId = graph.Article.Id;
        return WriteAsync(async tx =>
        {
            var created = await SingleAsync(tx, Queries.MergeArticle, Of(("article", batch.Article())), cancellationToken).ConfigureAwait(false);
            if (!created.Bool("created"))
            {
                Log.ArticleAlreadyStored(_logger, articleId.Value);
                return new ImportResult(articleId, Created: false, 0, 0, 0);
            }

            await tx.RunAsync(Queries.MergeEntities, Of(("entities", batch.Entities())), cancellationToken).ConfigureAwait(false);
            await RefreshSearchNamesAsync(tx, batch.EntityIds(), cancellationToken).ConfigureAwait(false);
            await EnsureReferencesExistAsync(tx, articleId, batch.ReferencedIds(), cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.LinkAffiliations, Of(("affiliations", batch.Affiliations())), cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.CreateClaims, Of(("articleId", articleId.Value), ("claims", batch.Claims())), cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.LinkClaims, Of(("links", batch.Links())), cancellationToken).ConfigureAwait(false);
            await tx.RunAsync(Queries.CreateAssertions, Of(("assertions", batch.Assertions())), cancellationToken).ConfigureAwait(false);
            var (superseded, earlierKeys) = await SupersedeEarlierVersionsAsync(tx, graph.Article, cancellationToken).ConfigureAwait(false);
            await RecomputeRelationsAsync(tx, batch.Relations.Union(earlierKeys), cancellationToken).ConfigureAwait(false);

            Log.ArticleImported(_logger, articleId.Value, graph.Entities.Count, graph.Claims.Count, batch.Relations.Count);
            return new ImportResult(articleId, Created: true, graph.Entities.Count, graph.Claims.Count, batch.Relations.Count) { Superseded = superseded };
        }, cancellationToken);
    }

    // An earlier text under the same URL is an earlier version of this article: its claims stop counting.
    private static async Task<(List<ArticleId> Superseded, List<RelationKey> Keys)> SupersedeEarlierVersionsAsync(
        ICypherTransaction tx, Article article, CancellationToken cancellationToken)
    {
        if (article.Url is null)
            return ([], []);
        var row = await SingleAsync(tx, Queries.SupersedeEarlierVersions, Of(("url", article.Url), ("id", article.Id.Value),
            ("reason", $"Superseded by a later version of the article ({article.Id}).")), cancellationToken).ConfigureAwait(false);
        if (row.Count == 0)
            return ([], []);
        var keys = row.RelationKeys("keys").Distinct().ToList();
        return (row.Strings("superseded").Select(id => new ArticleId(id)).ToList(), keys);
    }

    private static async Task EnsureReferencesExistAsync(ICypherTransaction tx, ArticleId article, List<object?> ids, CancellationToken cancellationToken)
    {
        var row = await SingleAsync(tx, Queries.FindMissingEntities, Of(("ids", ids)), cancellationToken).ConfigureAwait(false);
        var missing = row.Count == 0 ? [] : row.Strings("missing");
        if (missing.Count > 0)
            throw new InvalidOperationException($"Article {article} refers to entities neither it nor the store holds: {string.Join(", ", missing)}.");
    }

    private static async Task RecomputeRelationsAsync(ICypherTransaction tx, IEnumerable<RelationKey> keys, CancellationToken cancellationToken) =>
        await tx.RunAsync(Queries.RecomputeRelations, Of(("keys", Keys(keys))), cancellationToken).ConfigureAwait(false);

    private static async Task RefreshSearchNamesAsync(ICypherTransaction tx, List<object?> ids, CancellationToken cancellationToken) =>
        await tx.RunAsync(Queries.RefreshSearchNames, Of(("ids", ids)), cancellationToken).ConfigureAwait(false);
}
