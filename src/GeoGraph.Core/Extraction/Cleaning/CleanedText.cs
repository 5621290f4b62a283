namespace GeoGraph.Core.Extraction.Cleaning;

/// <summary>The article body left after cleaning, and what cleaning had to say about the input.</summary>
internal sealed record CleanedText(string Body, IReadOnlyList<string> Warnings);
