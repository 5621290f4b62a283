using GeoGraph.Core.Model;

namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>One named thing a gazetteer lists: a country, province, organisation or group.</summary>
/// <param name="Category">"alliance", "news outlet", "armed group", or the subdivision type ("Province").</param>
/// <param name="Country">ISO 3166-1 alpha-2 of the country it belongs to, if any.</param>
/// <param name="PartOf">Canonical name of the organisation or group it belongs to, if any.</param>
/// <param name="IsoCode">ISO 3166-1 alpha-2 for a country, ISO 3166-2 for a province.</param>
internal sealed record GazetteerEntry(
    EntityKind Kind,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Category,
    string? Country,
    string? PartOf,
    string? IsoCode,
    EntryFlags Flags = EntryFlags.None)
{
    /// <summary>The entity id this entry becomes.</summary>
    public EntityId Id { get; } = EntityId.For(Kind, Name);

    /// <summary>The folded key of its name (<see cref="Fold.NameKey"/>), which every article that names it looks up.</summary>
    public string NameKey { get; } = Fold.NameKey(Name);
}
