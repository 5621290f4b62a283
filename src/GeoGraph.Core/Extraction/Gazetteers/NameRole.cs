namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>How a listed phrase names its entry.</summary>
internal enum NameRole
{
    /// <summary>The name or one of its aliases: "Afghanistan", "U.S.".</summary>
    Name,

    /// <summary>A demonym or adjectival: "Afghan", "American".</summary>
    Demonym,
}
