using GeoGraph.Core.Extraction.Gazetteers;

namespace GeoGraph.Core.Extraction.Officials;

/// <summary>A run of title words: tokens [First, End), the listed titles in it, and its main kind.</summary>
internal sealed record TitleSpan(int First, int End, IReadOnlyList<TitleEntry> Titles)
{
    /// <summary>Whether it holds a rank or honorific (written before a name) rather than only offices.</summary>
    public bool IsRank => Titles.Any(t => t.Kind is TitleKind.Rank or TitleKind.Honorific);

    /// <summary>Whether it holds an office ("spokesman", "secretary general").</summary>
    public bool IsOffice => Titles.Any(t => t.Kind == TitleKind.Office);
}
