using GeoGraph.Core.Model;
using GeoGraph.Core.Storage.Rules;

namespace GeoGraph.Storage.Neo4j.Mapping;

/// <summary>Rows of <c>Read/GetClaims</c> as claims: roles in the claim's order, relations by key.</summary>
internal static class ClaimRows
{
    public static Claim ToClaim(Row row) => new(
        new ClaimId(row.String("id")),
        new ArticleId(row.String("article")),
        row.String("text"),
        new TextSpan(row.Int("start"), row.Int("length")),
        Enum.Parse<ClaimForm>(row.String("form")),
        row.OptionalEntity("speaker"),
        row.OptionalString("speakerDescription"),
        row.OptionalEntity("reportedBy"),
        row.Bool("hedged"),
        row.Bool("negated"),
        ByPosition(row.List("about")),
        ByPosition(row.List("places")),
        Assertions(row.List("relations")),
        row.Time("reportedAt"),
        row.Bool("retracted"),
        Assertions(row.List("denied")));

    /// <summary>[position, id] pairs in position order.</summary>
    private static List<EntityId> ByPosition(IReadOnlyList<object?> pairs) =>
        [.. pairs.Select(RowValues.ToList)
            .OrderBy(p => RowValues.ToInt(p[0], "position"))
            .Select(p => new EntityId(p[1] as string ?? throw new InvalidOperationException("A claim role without an entity id.")))];

    private static List<RelationAssertion> Assertions(IReadOnlyList<object?> values) =>
        [.. values.Select(RowValues.ToAssertion).Order(RelationKeyOrder.Instance)];
}
