namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>What the matcher must know about a listed name before it trusts a match.</summary>
[Flags]
internal enum EntryFlags
{
    /// <summary>Nothing special.</summary>
    None = 0,

    /// <summary>The name is also an everyday English word: take it only next to a type word ("Delta State").</summary>
    CommonWord = 1,

    /// <summary>The name is also a country's: the country wins unless a type word follows.</summary>
    CountryName = 2,
}
