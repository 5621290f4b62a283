namespace GeoGraph.Core.Model;

/// <summary>
/// A stable entity id: the kind's prefix and a slug of the canonical name (<c>group:al-qaeda</c>),
/// so that the same name imported twice lands on the same node.
/// </summary>
public readonly record struct EntityId(string Value)
{
    /// <summary>Builds the id of an entity of <paramref name="kind"/> named <paramref name="canonicalName"/>.</summary>
    public static EntityId For(EntityKind kind, string canonicalName) =>
        new($"{Prefix(kind)}:{Slug.Of(canonicalName)}");

    /// <summary>The kind this id was minted for, read from its prefix.</summary>
    public EntityKind? Kind => Value.IndexOf(':', StringComparison.Ordinal) is var i and > 0
        ? KindOfPrefix(Value[..i])
        : null;

    /// <summary>The prefix an id of <paramref name="kind"/> starts with.</summary>
    public static string Prefix(EntityKind kind) => kind switch
    {
        EntityKind.Organisation => "org",
        EntityKind.Group => "group",
        EntityKind.Official => "official",
        EntityKind.Country => "country",
        EntityKind.Province => "province",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, null),
    };

    private static EntityKind? KindOfPrefix(string prefix) => prefix switch
    {
        "org" => EntityKind.Organisation,
        "group" => EntityKind.Group,
        "official" => EntityKind.Official,
        "country" => EntityKind.Country,
        "province" => EntityKind.Province,
        _ => null,
    };

    /// <inheritdoc />
    public override string ToString() => Value;
}
