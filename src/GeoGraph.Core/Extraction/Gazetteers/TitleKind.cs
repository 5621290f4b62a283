namespace GeoGraph.Core.Extraction.Gazetteers;

/// <summary>What sort of title a word is.</summary>
internal enum TitleKind
{
    /// <summary>A military or police rank: "Brigadier General", "Col.".</summary>
    Rank,

    /// <summary>An office or role: "spokesman", "secretary general".</summary>
    Office,

    /// <summary>A form of address: "Mr", "Dr", "Sheikh".</summary>
    Honorific,
}
