namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>How a word is capitalised.</summary>
internal enum TokenCase : byte
{
    /// <summary>No capital first letter (or not a word).</summary>
    Lower,

    /// <summary>A capital first letter: "Taliban", "McChrystal".</summary>
    Capitalised,

    /// <summary>Capitals only, two letters or more: "NATO", "US".</summary>
    AllCaps,
}
