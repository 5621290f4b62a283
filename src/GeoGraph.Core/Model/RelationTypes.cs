using System.Collections.Frozen;

namespace GeoGraph.Core.Model;

/// <summary>The relation types' wire names (SEEKS_ALLIANCE_WITH) and what they connect.</summary>
public static class RelationTypes
{
    private static readonly FrozenDictionary<RelationType, string> Names = Enum.GetValues<RelationType>()
        .ToFrozenDictionary(t => t, ToScreamingSnake);

    private static readonly FrozenDictionary<string, RelationType> ByName = Names
        .ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.OrdinalIgnoreCase);

    /// <summary>The name used in RELATIONS.md, GraphQL and storage: <c>SEEKS_ALLIANCE_WITH</c>.</summary>
    public static string Name(this RelationType type) => Names[type];

    /// <summary>Parses a wire name, case-insensitively.</summary>
    public static bool TryParse(string name, out RelationType type) => ByName.TryGetValue(name, out type);

    /// <summary>Whether the object of this relation is a place (country or province) rather than an actor.</summary>
    public static bool TargetsPlace(this RelationType type) =>
        type is RelationType.PresentIn or RelationType.Controls;

    /// <summary>
    /// Whether the relation reads the same both ways (A allied with B is B allied with A), so that two claims
    /// about it agree or disagree whatever order they name the pair in.
    /// </summary>
    public static bool IsSymmetric(this RelationType type) =>
        type is RelationType.AlliedWith or RelationType.InContactWith or RelationType.CutTiesWith or RelationType.NegotiatesWith;

    private static string ToScreamingSnake(RelationType type)
    {
        var name = type.ToString();
        var chars = new List<char>(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (i > 0 && char.IsUpper(name[i]))
                chars.Add('_');
            chars.Add(char.ToUpperInvariant(name[i]));
        }
        return new string([.. chars]);
    }
}
