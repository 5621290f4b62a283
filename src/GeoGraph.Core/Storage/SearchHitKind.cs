namespace GeoGraph.Core.Storage;

/// <summary>What a search hit is.</summary>
public enum SearchHitKind
{
    /// <summary>An entity, found by its name or an alias.</summary>
    Entity,

    /// <summary>A claim, found by its text.</summary>
    Claim,
}
