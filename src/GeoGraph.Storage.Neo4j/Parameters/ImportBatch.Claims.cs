using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Parameters;

internal sealed partial class ImportBatch
{
    public List<object?> Claims() =>
        [.. Graph.Claims.Select(c => Map(
            ("id", c.Id.Value),
            ("articleId", c.Article.Value),
            ("text", c.Text),
            ("start", c.Span.Start),
            ("length", c.Span.Length),
            ("form", c.Form.ToString()),
            ("speakerDescription", c.SpeakerDescription),
            ("hedged", c.Hedged),
            ("negated", c.Negated),
            ("reportedAt", StoredValues.Time(c.ReportedAt)),
            ("retracted", false),
            ("searchText", StoredValues.Words(c.Text))))];

    /// <summary>Claim-to-entity ties: speaker, reporter, about and places (first position of each), and mentions.</summary>
    public List<object?> Links() => [.. Graph.Claims.SelectMany(ClaimLinks)];

    /// <summary>Asserted relations (none for a negated claim) and denied ones, each once per claim.</summary>
    public List<object?> Assertions() =>
        [.. Graph.Claims.SelectMany(c =>
            (c.Negated ? [] : c.Relations).Distinct().Select(r => Assertion(c, r, denied: false))
                .Concat((c.Denied ?? []).Distinct().Select(r => Assertion(c, r, denied: true))))];

    /// <summary>The entities a claim mentions: speaker, about, places, and both ends of what it asserts or denies.</summary>
    public static IEnumerable<EntityId> Mentions(Claim claim)
    {
        var relations = claim.Negated ? [] : claim.Relations;
        return new[] { claim.Speaker }.OfType<EntityId>()
            .Concat(claim.About)
            .Concat(claim.Places)
            .Concat(relations.Concat(claim.Denied ?? []).SelectMany(r => new[] { r.From, r.To }))
            .Distinct();
    }

    private static IEnumerable<Dictionary<string, object?>> ClaimLinks(Claim claim)
    {
        var id = claim.Id.Value;
        if (claim.Speaker is { } speaker)
            yield return Link(id, "SAID_BY", speaker, null);
        if (claim.ReportedBy is { } reporter)
            yield return Link(id, "REPORTED_BY", reporter, null);
        foreach (var (entity, position) in FirstPositions(claim.About))
            yield return Link(id, "ABOUT", entity, position);
        foreach (var (entity, position) in FirstPositions(claim.Places))
            yield return Link(id, "MENTIONS_PLACE", entity, position);
        foreach (var entity in Mentions(claim))
            yield return Link(id, "MENTIONS", entity, null);
    }

    private static IEnumerable<(EntityId Entity, int Position)> FirstPositions(IReadOnlyList<EntityId> entities) =>
        entities.Select((e, i) => (e, i)).DistinctBy(p => p.e);

    private static Dictionary<string, object?> Link(string claim, string role, EntityId entity, int? position) =>
        Map(("claim", claim), ("role", role), ("entity", entity.Value), ("position", position));

    private static Dictionary<string, object?> Assertion(Claim claim, RelationAssertion relation, bool denied) =>
        Map(("claim", claim.Id.Value), ("from", relation.From.Value), ("type", relation.Type.Name()), ("to", relation.To.Value), ("denied", denied));
}
