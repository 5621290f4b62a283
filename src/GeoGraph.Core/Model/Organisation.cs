namespace GeoGraph.Core.Model;

/// <summary>An alliance, mission, ministry, security force, news outlet, NGO or other state-side body.</summary>
/// <param name="Category">What sort of organisation: "alliance", "ministry", "news outlet"…</param>
/// <param name="PartOf">The organisation this one belongs to (a mission of an alliance).</param>
/// <param name="Country">The country it belongs to, when it is a national body.</param>
public sealed record Organisation(
    EntityId Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category = null,
    EntityId? PartOf = null,
    EntityId? Country = null) : Entity(Id, Name, Aliases)
{
    /// <inheritdoc />
    public override EntityKind Kind => EntityKind.Organisation;
}
