namespace GeoGraph.Core.Model;

/// <summary>
/// Everything one article contributes to the graph, ready to import in one transaction:
/// the article, the entities it names (with their affiliations) and its claims.
/// </summary>
/// <param name="Warnings">What the extraction noticed but could not fix: no claims found, text looks non-English…</param>
public sealed record ArticleGraph(
    Article Article,
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<Claim> Claims,
    IReadOnlyList<string> Warnings);
