namespace GeoGraph.Core.Storage;

/// <summary>
/// Orders of the entity list. "Mentioned" is as <see cref="EntityClaimRole.Mentioned"/> defines it. Every
/// order ends with the name key (name ignoring case, diacritics, hyphens and a leading "the") and then the id,
/// so equal entities always come in the same order.
/// </summary>
public enum EntitySort
{
    /// <summary>By name key, then id.</summary>
    Name,

    /// <summary>Most mentioned first (live claims).</summary>
    ClaimCount,

    /// <summary>Most recently mentioned first; entities no live claim mentions come last.</summary>
    Newest,

    /// <summary>Earliest first mention first; entities no live claim mentions come last.</summary>
    Oldest,
}
