namespace GeoGraph.Core.Extraction.Sentences;

/// <summary>A sentence of the body: characters [Start, End) and tokens [FirstToken, EndToken).</summary>
internal readonly record struct Sentence(int Index, int Start, int End, int FirstToken, int EndToken)
{
    /// <summary>How many tokens the sentence has.</summary>
    public int TokenCount => EndToken - FirstToken;
}
