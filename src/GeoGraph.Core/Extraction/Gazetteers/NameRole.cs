namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>How a listed phrase names its entry.</summary>
internal enum NameRole
{
    /// <summary>The name or one of its aliases: "Afghanistan", "U.S.".</summary>
    Name,

    /// <summary>A demonym or adjectival: "Afghan", "American".</summary>
    Demonym,

    /// <summary>The country's capital, which stands for the state when it acts: "Moscow said", "Kigali rejects".</summary>
    Capital,
}
