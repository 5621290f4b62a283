namespace GeoGraph.Core.Model;

/// <summary>A run of characters in an article's cleaned body.</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    /// <summary>The offset just past the span.</summary>
    public int End => Start + Length;
}
