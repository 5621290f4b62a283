using GeoGraph.Core.Model;

namespace GeoGraph.Storage.Neo4j.Parameters;

/// <summary>
/// The pairings <c>Read/GetContradictions</c> looks for, from the Core tables every store reads: an
/// assertion of each type against a denial of it (either order for a symmetric type), and an assertion
/// of each type in <see cref="RelationOpposites.All"/> against one of its opposite (either order unless
/// both types are directed).
/// </summary>
internal static class ContradictionRules
{
    public static List<object?> All { get; } = [.. Denials().Concat(Opposites())];

    private static IEnumerable<object?> Denials() =>
        Enum.GetValues<RelationType>().SelectMany(type => Directions(type.IsSymmetric())
            .Select(reversed => Rule("Denial", type, type, "DENIES", reversed)));

    private static IEnumerable<object?> Opposites() =>
        RelationOpposites.All.SelectMany(pair => Directions(!pair.SameDirectionOnly)
            .Select(reversed => Rule("Opposite", pair.Type, pair.Opposite, "ASSERTS", reversed)));

    private static bool[] Directions(bool eitherOrder) => eitherOrder ? [false, true] : [false];

    private static Dictionary<string, object?> Rule(string kind, RelationType asserted, RelationType opposed, string via, bool reversed) =>
        CypherParameters.Of(("kind", kind), ("asserted", asserted.Name()), ("opposed", opposed.Name()), ("via", via), ("reversed", reversed));
}
