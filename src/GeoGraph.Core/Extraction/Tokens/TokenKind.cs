namespace GeoGraph.Core.Extraction.Tokens;

/// <summary>What a token is made of.</summary>
internal enum TokenKind : byte
{
    /// <summary>A run of letters, possibly with digits ("Taliban", "M23").</summary>
    Word,

    /// <summary>A run of digits, possibly with inner separators ("1,200", "3.5").</summary>
    Number,

    /// <summary>One character that is neither letter, digit nor space.</summary>
    Punctuation,
}
