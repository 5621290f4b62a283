using GeoGraph.Core;
using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>
/// One article's graph as the parameter batches of the import statements: every value the import writes
/// travels here, and the statements UNWIND the lists.
/// </summary>
internal sealed partial class ImportBatch
{
    private ImportBatch(ArticleGraph graph)
    {
        Graph = graph;
        Relations = [.. graph.Claims.Where(c => !c.Negated).SelectMany(c => c.Relations)
            .Select(r => new RelationKey(r.From, r.Type, r.To)).Distinct()];
    }

    public ArticleGraph Graph { get; }

    /// <summary>The relations the article's claims assert, to re-aggregate once they are stored.</summary>
    public IReadOnlyList<RelationKey> Relations { get; }

    /// <summary>Builds the batches; throws <see cref="ArgumentException"/> for a graph no store may hold.</summary>
    public static ImportBatch Of(ArticleGraph graph)
    {
        ArgumentNullException.ThrowIfNull(graph);
        foreach (var claim in graph.Claims)
        {
            if (claim.Article != graph.Article.Id)
                throw new ArgumentException($"Claim {claim.Id} belongs to article {claim.Article}, not {graph.Article.Id}.", nameof(graph));
            if (claim.Span.Start < 0 || claim.Span.Length <= 0)
                throw new ArgumentException($"Claim {claim.Id} has an empty or negative span.", nameof(graph));
            if ((claim.Negated ? [] : claim.Relations).Concat(claim.Denied ?? []).Any(r => r.From == r.To))
                throw new ArgumentException($"Claim {claim.Id} relates an entity to itself.", nameof(graph));
        }

        return new ImportBatch(graph);
    }

    public Dictionary<string, object?> Article()
    {
        var article = Graph.Article;
        return new()
        {
            ["id"] = article.Id.Value,
            ["body"] = article.Body,
            ["title"] = article.Title,
            ["url"] = article.Url,
            ["outlet"] = article.Outlet,
            ["outletKey"] = StoredValues.OutletKey(article.Outlet),
            ["titleWords"] = StoredValues.Words(article.Title),
            ["publishedAt"] = StoredValues.Time(article.PublishedAt),
            ["importedAt"] = StoredValues.Time(article.ImportedAt),
            ["reportedAt"] = StoredValues.Time(article.ReportedAt),
        };
    }

    public List<object?> Entities() => [.. Graph.Entities.Select(Entity)];

    public List<object?> EntityIds() => [.. Graph.Entities.Select(e => e.Id.Value).Distinct()];

    /// <summary>Every entity id the article refers to: affiliations, speakers, reporters, roles and relation ends.</summary>
    public List<object?> ReferencedIds()
    {
        var claims = Graph.Claims.SelectMany(c =>
            new[] { c.Speaker, c.ReportedBy }.OfType<EntityId>()
                .Concat(c.About).Concat(c.Places)
                .Concat(c.Relations.Concat(c.Denied ?? []).SelectMany(r => new[] { r.From, r.To })));
        var ties = Graph.Entities.SelectMany(Ties).Select(t => t.Target);
        return [.. claims.Concat(ties).Select(i => i.Value).Distinct()];
    }

    public List<object?> Affiliations() =>
        [.. Graph.Entities.SelectMany(e => Ties(e).Select(t => Map(("entity", e.Id.Value), ("tie", t.Tie), ("target", t.Target.Value))))];

    private static Dictionary<string, object?> Entity(Entity entity)
    {
        var row = Map(
            ("id", entity.Id.Value),
            ("kind", entity.Kind.ToString()),
            ("name", entity.Name),
            ("nameKey", Fold.NameKey(entity.Name)),
            ("category", (entity as Organisation)?.Category ?? (entity as Group)?.Category),
            ("title", (entity as Official)?.Title),
            ("role", (entity as Official)?.Role),
            ("isoCode", (entity as Country)?.IsoCode ?? (entity as Province)?.IsoCode));
        row["names"] = Names(entity);
        return row;
    }

    /// <summary>The canonical name and aliases, one per key (the first spelling wins); names without a key are skipped.</summary>
    private static List<object?> Names(Entity entity) =>
        [.. entity.Aliases.Prepend(entity.Name)
            .Select(n => (Name: n, Key: Fold.NameKey(n)))
            .Where(n => n.Key.Length > 0)
            .DistinctBy(n => n.Key)
            .Select(n => Map(("key", n.Key), ("name", n.Name), ("words", StoredValues.Words(n.Name))))];

    private static IEnumerable<(string Tie, EntityId Target)> Ties(Entity entity)
    {
        var ties = entity switch
        {
            Official o => new[] { ("HOLDS", o.Organisation) },
            Organisation o => [("PART_OF", o.PartOf), ("IN", o.Country)],
            Province p => [("IN", (EntityId?)p.Country)],
            _ => [],
        };
        return ties.Where(t => t.Item2 is not null).Select(t => (t.Item1, t.Item2!.Value));
    }

    private static Dictionary<string, object?> Map(params (string Key, object? Value)[] pairs) =>
        pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
}
